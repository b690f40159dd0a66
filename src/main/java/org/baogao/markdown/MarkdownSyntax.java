package org.baogao.markdown;

import com.vladsch.flexmark.parser.Parser;

/**
 * The Markdown dialect of reports, for code that reads a report's source rather than rendering it
 * (the linter): the same parser settings as {@link MarkdownRenderer}, so that both see the same
 * paragraphs, headings, lists and emphasis.
 */
public final class MarkdownSyntax {

    private MarkdownSyntax() {}

    /** A parser for report bodies. Parsers are immutable and may be shared between threads. */
    public static Parser parser() {
        return Parser.builder(MarkdownRenderer.OPTIONS).build();
    }
}
