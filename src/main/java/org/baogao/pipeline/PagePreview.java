package org.baogao.pipeline;

import java.util.List;

import org.baogao.content.Problem;

/**
 * A report's page rendered ahead of the build that publishes it (see {@link Builder#preview}).
 *
 * @param page     its path in the archive, {@code /2023/li-ming/index.html}
 * @param html     the page, in UTF-8
 * @param problems its warnings
 */
public record PagePreview(String page, byte[] html, List<Problem> problems) {

    public PagePreview {
        problems = List.copyOf(problems);
    }
}
