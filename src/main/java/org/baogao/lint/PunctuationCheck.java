package org.baogao.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.chinese.Numbering;
import org.baogao.text.Messages;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Latin punctuation in Chinese text: ASCII quotes (paired into “…” when they pair), quotes of both
 * styles in one paragraph, quotes that do not balance, ASCII {@code , ; : ? !} next to Chinese, and
 * half-width parentheses around Chinese. Only the text a reader sees is checked: not code, not link
 * targets, not the front matter.
 */
final class PunctuationCheck implements Check {

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()\\n]{1,200})\\)");
    private static final String ASCII_MARKS = ",;:?!";
    private static final String WIDE_MARKS = "，；：？！";

    @Override
    public void check(LintDocument doc, Findings out) {
        List<Node> blocks = new ArrayList<>();
        collectBlocks(doc.body(), blocks);
        for (Node block : blocks) {
            Span span = Span.of(block, doc.bodyOffset());
            if (!hasHan(span.text)) continue;
            quotes(span, out);
            marks(span, out);
            parentheses(span, out);
        }
    }

    private static void collectBlocks(Node node, List<Node> out) {
        for (Node child : node.getChildren()) {
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) out.add(child);
            else collectBlocks(child, out);
        }
    }

    /** The visible text of one block, and the document offset of each of its characters. */
    private record Span(String text, int[] offsets) {

        static Span of(Node block, int base) {
            StringBuilder text = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            collect(block, base, text, offsets);
            return new Span(text.toString(), offsets.stream().mapToInt(Integer::intValue).toArray());
        }

        private static void collect(Node node, int base, StringBuilder text, List<Integer> offsets) {
            for (Node child : node.getChildren()) {
                if (child instanceof Code || child instanceof HtmlInline) {
                    // a gap, so that text on either side is not taken as adjacent
                    text.append('\u0000');
                    offsets.add(-1);
                } else if (child instanceof Text t) {
                    String s = t.getChars().toString();
                    int start = base + t.getStartOffset();
                    for (int i = 0; i < s.length(); i++) {
                        text.append(s.charAt(i));
                        offsets.add(start + i);
                    }
                } else {
                    collect(child, base, text, offsets);
                }
            }
        }

        boolean escaped(int i) {
            return i > 0 && text.charAt(i - 1) == '\\';
        }
    }

    private static void quotes(Span span, Findings out) {
        String s = span.text;
        List<Integer> ascii = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"' && !span.escaped(i)) ascii.add(i);
        }
        int open = s.indexOf('“');
        int close = s.indexOf('”');
        if (!ascii.isEmpty() && (open >= 0 || close >= 0)) {
            out.add(Rule.MIXED_QUOTES, span.offsets[ascii.get(0)],
                    Messages.get("lint.quotes.mixed"));
        }
        if (ascii.size() % 2 != 0) {
            out.add(Rule.UNBALANCED_QUOTES, span.offsets[ascii.get(ascii.size() - 1)],
                    Messages.get("lint.quotes.odd", ascii.size()));
        } else {
            for (int i = 0; i < ascii.size(); i += 2) {
                int a = ascii.get(i);
                int b = ascii.get(i + 1);
                String inner = s.substring(a + 1, b).replace("\u0000", "");
                out.add(Rule.ASCII_QUOTES, span.offsets[a], Messages.get("lint.quotes.ascii", shorten(inner)),
                        List.of(new Edit(span.offsets[a], span.offsets[a] + 1, "“"),
                                new Edit(span.offsets[b], span.offsets[b] + 1, "”")));
            }
        }
        chineseBalance(span, out);
    }

    /** “ and ” alternate; nesting uses ‘ ’, so a second “ before a ” is a missing ”. */
    private static void chineseBalance(Span span, Findings out) {
        String s = span.text;
        int openAt = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                if (openAt >= 0) {
                    out.add(Rule.UNBALANCED_QUOTES, span.offsets[openAt], Messages.get("lint.quotes.open-twice"));
                }
                openAt = i;
            } else if (c == '”') {
                if (openAt < 0) {
                    out.add(Rule.UNBALANCED_QUOTES, span.offsets[i], Messages.get("lint.quotes.not-opened"));
                }
                openAt = -1;
            }
        }
        if (openAt >= 0) out.add(Rule.UNBALANCED_QUOTES, span.offsets[openAt], Messages.get("lint.quotes.not-closed"));
    }

    private static void marks(Span span, Findings out) {
        String s = span.text;
        for (int i = 1; i < s.length(); i++) {
            int k = ASCII_MARKS.indexOf(s.charAt(i));
            if (k < 0 || !isChinese(s.charAt(i - 1)) || span.offsets[i] < 0) continue;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
            boolean closes = (Character.isWhitespace(next) || next == '"' || next == '\u0000' || i + 1 == s.length());
            if (!isChinese(next) && !closes) continue;
            char wide = WIDE_MARKS.charAt(k);
            out.add(Rule.ASCII_PUNCTUATION, span.offsets[i], Messages.get("lint.punctuation.ascii", s.charAt(i), wide), List.of(new Edit(span.offsets[i], span.offsets[i] + 1, String.valueOf(wide))));
        }
    }

    private static void parentheses(Span span, Findings out) {
        String s = span.text;
        // a level-2 or level-4 number such as (一) is the numbering rule's
        int from = Numbering.parse(s.strip()).filter(m -> m.text().startsWith("(")).isPresent()
                ? s.indexOf(')') + 1 : 0;
        Matcher m = PARENTHESES.matcher(s);
        m.region(from, s.length());
        while (m.find()) {
            if (!hasHan(m.group(1)) || span.offsets[m.start()] < 0 || span.offsets[m.end() - 1] < 0) continue;
            int a = span.offsets[m.start()];
            int b = span.offsets[m.end() - 1];
            out.add(Rule.HALF_WIDTH_PARENTHESES, a, Messages.get("lint.parentheses", shorten(m.group(1))),
                    List.of(new Edit(a, a + 1, "（"), new Edit(b, b + 1, "）")));
        }
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Han, and the Chinese punctuation that ends or opens a clause. */
    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "。，、；：？！”’）》」』…—".indexOf(c) >= 0
                || c == '“' || c == '（' || c == '《';
    }

    private static String shorten(String s) {
        return s.length() <= 12 ? s : s.substring(0, 11) + "…";
    }
}
