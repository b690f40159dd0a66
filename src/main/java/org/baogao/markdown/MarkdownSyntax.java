package org.baogao.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;

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

    /**
     * A report body parsed, after the same linear scan of its limits as the renderer makes: the
     * parser's time and stack grow much faster than the nesting, so nothing parses a body unscanned.
     *
     * @throws LimitExceededException naming the line of {@code body}
     */
    public static Document parse(Parser parser, String body) {
        LimitScan.check(body, new int[0], Limits.DEFAULTS);
        return parser.parse(body);
    }
}
