package org.baogao.markdown;

import org.baogao.text.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One linear pass over the Markdown, before it is parsed, that refuses what would make parsing
 * or layout take minutes: blocks nested far too deep (the parser's time grows much faster than
 * the depth: 1,000 nested list levels took 25 s, 2,000 took 229 s) and a paragraph too long to
 * lay out (the renderer's line breaking grows with its square).
 *
 * <p>The nesting a line opens is estimated from its prefix: each quote mark and list marker is a
 * level, and an indented list item counts a level per two columns of indentation. That can
 * overcount a list indented generously, so this pass refuses only beyond twice the limit; the
 * exact count is made on the parsed tree ({@link MarkdownRenderer}).
 */
final class LimitScan {

    private static final Pattern LIST_MARKER = Pattern.compile("[-*+]|\\d{1,9}[.)]");
    private static final Pattern BLOCK = Pattern.compile("^\\s{0,3}([-*+>|#]|\\d{1,9}[.)]\\s|```|~~~)");

    private LimitScan() {}

    /**
     * @param originalLine for each line of {@code markdown}, the 0-based line of the author's text it came from
     * @throws LimitExceededException naming the line
     */
    static void check(String markdown, int[] originalLine, Limits limits) {
        int lineNo = 0;
        int start = 0;
        boolean fenced = false;
        long paragraph = 0;
        int paragraphLine = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = markdown.length();
            String line = markdown.substring(start, end);
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) fenced = !fenced;
            if (!fenced) {
                int depth = depth(line);
                if (depth > 2 * limits.maxNesting()) {
                    throw new LimitExceededException(Messages.get("limit.nesting", depth, limits.maxNesting()),
                            line(originalLine, lineNo));
                }
            }
            if (t.isEmpty() || BLOCK.matcher(line).find()) {
                paragraph = 0;
                paragraphLine = lineNo;
            }
            if (!t.isEmpty()) {
                if (paragraph == 0) paragraphLine = lineNo;
                paragraph += t.codePointCount(0, t.length());
                if (paragraph > limits.maxParagraphChars()) {
                    throw new LimitExceededException(Messages.get("limit.paragraph", limits.maxParagraphChars()),
                            line(originalLine, paragraphLine));
                }
            }
            start = end + 1;
            lineNo++;
        }
    }

    /** The levels a line's prefix opens: quote marks, list markers, and an indented item's indentation. */
    static int depth(String line) {
        int depth = 0;
        int i = 0;
        int n = line.length();
        int indent = 0;
        boolean first = true;
        while (i < n) {
            int column = 0;
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                column += line.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            if (first) indent = column;
            first = false;
            if (i < n && line.charAt(i) == '>') {
                depth++;
                i++;
                continue;
            }
            Matcher m = LIST_MARKER.matcher(line).region(i, Math.min(n, i + 10));
            if (m.lookingAt() && m.end() < n && (line.charAt(m.end()) == ' ' || line.charAt(m.end()) == '\t')) {
                depth++;
                i = m.end();
                continue;
            }
            break;
        }
        // an indented line nests by its indentation only when it opens a block
        return depth == 0 ? 0 : depth + indent / 2;
    }

    private static int line(int[] originalLine, int lineNo) {
        return (lineNo < originalLine.length ? originalLine[lineNo] : lineNo) + 1;
    }
}
