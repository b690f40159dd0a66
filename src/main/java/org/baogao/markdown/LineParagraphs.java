package org.baogao.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.baogao.chinese.Numbering;

/**
 * Reports pasted from Word or a plain-text draft put one paragraph on each line, with no blank
 * line between: in Markdown they would all run together into one paragraph. This pass makes such
 * line breaks paragraph breaks before the Markdown is parsed:
 *
 * <ul>
 *   <li>everywhere, when the text has paragraph-long lines (a writer who wraps lines by hand
 *       never writes {@value #LONG_LINE} characters on one);
 *   <li>otherwise only before a line that starts with Chinese numbering ({@code 一、}, {@code （一）},
 *       {@code 1.}, {@code （1）}) and after a numbered heading line, which cannot be part of the
 *       paragraph above.
 * </ul>
 * Markdown's own block syntax (lists, quotes, tables, headings, code) is left alone.
 */
final class LineParagraphs {

    /** A line at least this long (in characters) is a paragraph, not a wrapped line. */
    static final int LONG_LINE = 100;

    private static final Pattern MARKDOWN_BLOCK = Pattern.compile("^\\s{0,3}([-*+>|#]|\\d{1,9}[.)]\\s|```|~~~)");
    private static final String SENTENCE_ENDS = "。！？!?：:；;…”";

    private LineParagraphs() {}

    /**
     * The Markdown with paragraph breaks made explicit, and for each of its lines the line of the
     * original (0-based) it came from, so that messages can still point at the author's line.
     */
    record Result(String text, int[] originalLine) {}

    static String apply(String markdown) {
        return prepare(markdown).text();
    }

    static Result prepare(String markdown) {
        String[] lines = markdown.split("\n", -1);
        boolean onePerLine = hasLongLinesInBlocks(lines);
        List<String> out = new ArrayList<>(lines.length + 16);
        List<Integer> from = new ArrayList<>(lines.length + 16);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) fenced = !fenced;
            if (i > 0 && !fenced && !t.isEmpty() && !out.isEmpty()) {
                String prev = lines[i - 1].strip();
                if (!prev.isEmpty() && isProse(prev) && isProse(t)
                        && (onePerLine || startsNumbered(t) || isHeadingLine(prev))) {
                    out.add("");
                    from.add(i);
                }
            }
            out.add(line);
            from.add(i);
        }
        return new Result(String.join("\n", out), from.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean hasLongLinesInBlocks(String[] lines) {
        for (int i = 0; i + 1 < lines.length; i++) {
            String a = lines[i].strip();
            String b = lines[i + 1].strip();
            if (a.isEmpty() || b.isEmpty() || !isProse(a) || !isProse(b)) continue;
            if (a.codePointCount(0, a.length()) >= LONG_LINE || b.codePointCount(0, b.length()) >= LONG_LINE) return true;
        }
        return false;
    }

    private static boolean isProse(String line) {
        return !MARKDOWN_BLOCK.matcher(line).find();
    }

    private static boolean startsNumbered(String line) {
        return Numbering.levelOf(stripBold(line)) > 0;
    }

    /** {@code 一、存在的主要问题}: numbered, and no sentence end. */
    private static boolean isHeadingLine(String line) {
        String t = stripBold(line);
        if (Numbering.levelOf(t) == 0) return false;
        for (int i = 0; i < t.length(); i++) {
            if (SENTENCE_ENDS.indexOf(t.charAt(i)) >= 0 && i < t.length() - 1) return false;
        }
        return true;
    }

    private static String stripBold(String line) {
        return line.startsWith("**") ? line.substring(2) : line;
    }
}
