package org.baogao.lint;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.markdown.MarkdownSyntax;
import org.baogao.markdown.ParsedBody;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;

/**
 * One report file as the rules see it: its text, where its front matter and body are, the report
 * as the build would read it, and the body's Markdown tree. Positions are offsets into the text;
 * {@link #line} and {@link #column} turn them into what an editor shows.
 */
public final class LintDocument {

    private static final Parser PARSER = MarkdownSyntax.parser();

    private final Source source;
    private final String text;
    private final int[] lineStarts;
    private final int frontMatterEnd;
    private final Report report;
    private final ReportException frontMatterError;
    private final int bodyOffset;
    private Document body;

    public LintDocument(Source source) {
        this(source, null);
    }

    /**
     * The document of a report the build has read already: its front matter is not parsed again
     * (the build reads it with the same parser, so the report is the one this would make).
     */
    public LintDocument(Report report) {
        this(report.source(), report);
    }

    private LintDocument(Source source, Report read) {
        this.source = source;
        this.text = source.text();
        this.lineStarts = lineStarts(text);
        this.frontMatterEnd = frontMatterEnd(text);
        Report parsed = read;
        ReportException error = null;
        if (parsed == null) {
            try {
                parsed = new FrontMatterParser().parse(source);
            } catch (ReportException e) {
                error = e;
            }
        }
        this.report = parsed;
        this.frontMatterError = error;
        // the parser's body is always a suffix of the text: after the front matter, and after a
        // title line it took from the body
        this.bodyOffset = parsed != null ? text.length() - parsed.body().length()
                : frontMatterEnd >= 0 ? Math.min(text.length(), text.indexOf('\n', frontMatterEnd) + 1) : 0;
    }

    public Path file() {
        return source.file();
    }

    public Source source() {
        return source;
    }

    public String text() {
        return text;
    }

    /** Whether the file starts with a front matter block. */
    public boolean hasFrontMatter() {
        return frontMatterEnd >= 0;
    }

    /** The offset of the closing {@code ---} line of the front matter; -1 without front matter. */
    public int frontMatterEnd() {
        return frontMatterEnd;
    }

    /** The report as the build reads it; null when its front matter cannot be read. */
    public Report report() {
        return report;
    }

    public ReportException frontMatterError() {
        return frontMatterError;
    }

    /** The offset where the body the renderer sees begins. */
    public int bodyOffset() {
        return bodyOffset;
    }

    /** The body's Markdown tree; its node offsets are relative to {@link #bodyOffset()}. */
    public Document body() {
        if (body == null) body = MarkdownSyntax.parse(PARSER, bodyText());
        return body;
    }

    /** The body's text, as the renderer gets it: the report's body when the build read it. */
    private String bodyText() {
        return report != null ? report.body() : text.substring(bodyOffset);
    }

    /** The body's tree, if a check has asked for it: for the renderer, which need not parse it again. */
    public Optional<ParsedBody> parsedBody() {
        return body == null ? Optional.empty() : Optional.of(new ParsedBody(bodyText(), body));
    }

    /** The 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of an offset, counting characters (a Han character is one column). */
    public int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** The offset at which a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
        return starts;
    }

    /** Mirrors the front matter parser: a {@code ---} first line, closed by {@code ---} or {@code ...}. */
    private static int frontMatterEnd(String text) {
        if (!text.startsWith("---\n")) return -1;
        int i = 4;
        while (i < text.length() && i <= FrontMatterParser.MAX_FRONT_MATTER_CHARS) {
            int end = text.indexOf('\n', i);
            String line = (end < 0 ? text.substring(i) : text.substring(i, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) return i;
            if (end < 0) return -1;
            i = end + 1;
        }
        return -1;
    }
}
