package org.baogao.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Typographic repairs that Chinese text needs and neither Markdown nor the PDF renderer does:
 * ASCII double quotes paired into “…”; adjacent full-width punctuation set at half width, as
 * GB/T 15834 and every typesetter do ("。”" and "”、" would otherwise leave a gap of half a
 * character); and no paragraph ending on a line with a single character.
 */
final class ChineseTypography {

    static final String BLOCKS = "p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd";
    // the selectors parsed once: jsoup parses a query given as a string at every call, which was
    // a twentieth of an HTML-only build when done for every element of every report
    private static final Evaluator BLOCK = QueryParser.parse(BLOCKS);
    private static final Evaluator CODE = QueryParser.parse("code, pre, kbd, samp");
    private static final Evaluator LAST_LINES = QueryParser.parse("p, h2, h3, h4, h5");

    /** Marks whose ink sits in the left half of their square: the right half can go. */
    static final String CLOSING = "，。、；：）》」』】”’〕";
    /** Marks that may not start a line either, but whose ink is centred: never narrowed. */
    static final String CENTRED = "？！";
    /** Marks whose ink sits in the right half: the left half can go. */
    static final String OPENING = "（《「『【“‘〔";

    private ChineseTypography() {}

    /** Quotes; before the structure pass, so that headings carry the right quotes. */
    static void apply(Element root) {
        for (Element block : root.select(BLOCK)) {
            List<TextNode> texts = new ArrayList<>();
            collect(block, block, texts);
            if (texts.stream().noneMatch(t -> hasHan(t.getWholeText()))) continue;
            pairQuotes(texts);
        }
    }

    /** Text nodes that belong to {@code block} itself: not to a nested block, not to code. */
    private static void collect(Element block, Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else if (child instanceof Element e) {
                if (e.is(CODE) || e != block && e.is(BLOCK)) continue;
                collect(block, e, out);
            }
        }
    }

    private static void pairQuotes(List<TextNode> texts) {
        int count = 0;
        for (TextNode t : texts) count += t.getWholeText().chars().filter(c -> c == '"').count();
        // an odd count cannot be paired safely; leave it for the author (lint reports it)
        if (count == 0 || count % 2 != 0) return;
        boolean open = true;
        for (TextNode t : texts) {
            String s = t.getWholeText();
            if (s.indexOf('"') < 0) continue;
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    b.append(open ? '“' : '”');
                    open = !open;
                } else {
                    b.append(c);
                }
            }
            t.text(b.toString());
        }
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Sets adjacent full-width marks at half width: in a run of closing marks ("。”", "”、",
     * "”，“", "”！"), every mark but the last, and the last too when an opening mark follows;
     * "？" and "！", whose ink is centred, end a run but keep their width. Each mark
     * set at half width goes into a {@code span.pc} whose negative right margin takes back the
     * mark's empty right half.
     *
     * <p>The PDF renderer may break a line at any element boundary (OpenHTMLtoPDF issue 39), which
     * would start a line with the second mark of "。”". So the run, with the character before it,
     * goes into a {@code span.run}, which the PDF stage puts back as plain text wherever the
     * renderer broke it. After the structure pass, which counts characters in text nodes.
     */
    static void compressPunctuation(Element root) {
        for (Element block : root.select(BLOCK)) {
            List<TextNode> texts = new ArrayList<>();
            collect(block, block, texts);
            for (TextNode t : texts) compress(t);
        }
    }

    private static void compress(TextNode t) {
        String s = t.getWholeText();
        for (int i = 1; i < s.length(); i++) {
            if (!inRun(s.charAt(i))) continue;
            int end = i;
            while (end < s.length() && inRun(s.charAt(end))) end++;
            boolean opening = end < s.length() && OPENING.indexOf(s.charAt(end)) >= 0;
            int halves = 0;
            for (int k = i; k < end; k++) if (narrowed(s, k, end, opening)) halves++;
            char before = s.charAt(i - 1);
            // the character before must stay with the run: a line never starts with a closing mark
            if (halves == 0 || Character.isWhitespace(before) || CLOSING.indexOf(before) >= 0
                    || OPENING.indexOf(before) >= 0 || Character.isSurrogate(before)) {
                i = end;
                continue;
            }
            // and so must the opening marks before it: a line never ends with one
            int start = i - 1;
            while (start > 0 && OPENING.indexOf(s.charAt(start - 1)) >= 0) start--;
            TextNode run = start == 0 ? t : t.splitText(start);
            TextNode rest = end < s.length() ? run.splitText(end - start) : null;
            Element span = new Element("span").addClass("run");
            run.before(span);
            run.remove();
            span.appendText(s.substring(start, i));
            for (int k = i; k < end; k++) {
                String mark = String.valueOf(s.charAt(k));
                if (narrowed(s, k, end, opening)) span.appendElement("span").addClass("pc").text(mark);
                else span.appendText(mark);
            }
            if (rest != null) compress(rest);
            return;
        }
    }

    /** Whether a mark belongs to a run: it may not start a line. */
    private static boolean inRun(char c) {
        return CLOSING.indexOf(c) >= 0 || CENTRED.indexOf(c) >= 0;
    }

    /** Whether the mark at {@code k} in the run that ends at {@code end} is set at half width. */
    private static boolean narrowed(String s, int k, int end, boolean openingAfter) {
        return CLOSING.indexOf(s.charAt(k)) >= 0 && (k + 1 < end || openingAfter);
    }

    /**
     * Keeps the last two characters of each paragraph together, with the punctuation that ends
     * it, so that the last line never holds a single character: the line before gives one up.
     */
    static void keepLastLines(Element root) {
        for (Element p : root.select(LAST_LINES)) {
            Node last = p.childNodeSize() == 0 ? null : p.childNode(p.childNodeSize() - 1);
            if (!(last instanceof TextNode t)) continue;
            String s = t.getWholeText().stripTrailing();
            int chars = 0;
            int i = s.length();
            while (i > 0 && chars < 2) {
                int cp = s.codePointBefore(i);
                if (!Character.isHighSurrogate((char) cp) && !isPunctuation(cp)) chars++;
                i -= Character.charCount(cp);
            }
            if (chars < 2 || i == 0 || !hasHan(s.substring(i))) continue;
            TextNode tail = t.splitText(i);
            Element keep = new Element("span").addClass("keep");
            tail.before(keep);
            keep.appendChild(tail);
        }
    }

    private static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
