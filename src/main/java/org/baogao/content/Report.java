package org.baogao.content;

import java.util.List;

/**
 * One report ready for rendering: its source, typed metadata and the Markdown of its body.
 *
 * @param source    where it came from
 * @param meta      its front matter, with inferred values filled in
 * @param body      the Markdown after the front matter (and after an inferred title line)
 * @param bodyLine  the 1-based line of the source at which {@code body} starts, for messages
 * @param warnings  what was inferred or ignored while reading it
 */
public record Report(Source source, FrontMatter meta, String body, int bodyLine, List<Problem> warnings) {

    public Report {
        warnings = List.copyOf(warnings);
    }

    /** The output path below the site root, without extension: {@code 2023/li-ming}. */
    public String path() {
        return source.stem();
    }

    /** Where its page and PDF are in the site. */
    public ReportFiles files() {
        return new ReportFiles(path());
    }
}
