package org.baogao.pipeline;

import java.util.List;

import org.baogao.content.Problem;
import org.baogao.layout.WebContext;

/**
 * What became of a report's Word document in this build.
 *
 * @param name     its file name beside the page, or "" when there is none to link
 * @param key      what the cache remembers of it (see {@link CachedReport#docxKey})
 * @param made     it was rendered by this build, not carried over from the last
 * @param problems what stopped it, when it could not be written
 */
record WordOutput(String name, String key, boolean made, List<Problem> problems) {

    /** None asked for. */
    static final WordOutput NONE = new WordOutput("", "", false, List.of());

    WordOutput {
        problems = List.copyOf(problems);
    }

    /** The page's place with a link to the document, when there is one. */
    WebContext link(WebContext place) {
        return place.withDocx(name.isEmpty() ? null : name);
    }
}
