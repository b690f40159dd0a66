package org.baogao.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Typographic repairs that Chinese text needs and neither Markdown nor the PDF renderer does:
 * ASCII double quotes paired into “…”; adjacent full-width punctuation set at half width, as
 * GB/T 15834 and every typesetter do ("。”" and "”、" would otherwise leave a gap of half a
 * character); and no paragraph ending on a line with a single character.
 */
final class ChineseTypography {

    static final String BLOCKS = "p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd";

    /** Marks whose ink sits in the left half of their square: the right half can go. */
    static final String CLOSING = "，。、；：）》」』】”’〕";
    /** Marks whose ink sits in the right half: the left half can go. */
    static final String OPENING = "（《「『【“‘〔";

    private ChineseTypography() {}

    /** Quotes; before the structure pass, so that headings carry the right quotes. */
    static void apply(Element root) {
        for (Element block : root.select(BLOCKS)) {
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
                if (e.is("code, pre, kbd, samp") || e != block && e.is(BLOCKS)) continue;
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
     * Sets a closing mark followed by an opening one ("，“", "》《", "）（") at half width: the
     * closing mark, with the character before it, goes into a span whose right margin takes back
     * the mark's empty right half.
     *
     * <p>Only that pair: the PDF renderer may break a line at any element boundary (OpenHTMLtoPDF
     * issue 39), and between a closing and an opening mark a break is allowed anyway. Between two
     * closing marks ("。”", "”、") it is not, so those stay at full width rather than risk a line
     * that starts with "、". After the structure pass, which counts characters in text nodes.
     */
    static void compressPunctuation(Element root) {
        for (Element block : root.select(BLOCKS)) {
            List<TextNode> texts = new ArrayList<>();
            collect(block, block, texts);
            for (TextNode t : texts) compress(t);
        }
    }

    private static void compress(TextNode t) {
        String s = t.getWholeText();
        for (int i = 1; i + 1 < s.length(); i++) {
            char before = s.charAt(i - 1);
            if (CLOSING.indexOf(s.charAt(i)) < 0 || OPENING.indexOf(s.charAt(i + 1)) < 0) continue;
            // the character before must stay with the mark: a line never starts with a closing mark
            if (Character.isWhitespace(before) || CLOSING.indexOf(before) >= 0 || OPENING.indexOf(before) >= 0) continue;
            TextNode pair = i - 1 == 0 ? t : t.splitText(i - 1);
            TextNode rest = pair.splitText(2);
            Element span = new Element("span").addClass("pc");
            pair.before(span);
            span.appendChild(pair);
            compress(rest);
            return;
        }
    }

    /**
     * Keeps the last two characters of each paragraph together, with the punctuation that ends
     * it, so that the last line never holds a single character: the line before gives one up.
     */
    static void keepLastLines(Element root) {
        for (Element p : root.select("p, h2, h3, h4, h5")) {
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
