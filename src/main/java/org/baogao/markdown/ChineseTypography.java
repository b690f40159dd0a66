package org.baogao.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Typographic repairs that Chinese text needs and Markdown does not do: ASCII double quotes
 * between Han characters become “…”, paired within each paragraph.
 */
final class ChineseTypography {

    static final String BLOCKS = "p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd";

    private ChineseTypography() {}

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
}
