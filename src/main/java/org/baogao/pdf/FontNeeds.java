package org.baogao.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import org.baogao.fonts.FontCache;
import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontRole;

/**
 * Which faces a print page can draw with. The renderer loads every face of every font stack it
 * meets, to measure it, though a page draws with three or four; embedding a face costs PDFBox a
 * walk over all its glyphs (50,000 in WenQuanYi Micro Hei or Droid Sans Fallback), and that was
 * 44 % of a build's CPU, measured with JFR. The faces a page cannot draw with are given to the
 * renderer as stand-ins with their metrics and no glyphs.
 *
 * <p>A face can draw a character when it is the first face in some role's chain that has it: the
 * renderer falls back glyph by glyph along the chain. The characters are every character of the
 * page's text, style sheets and attribute values, a superset of what is drawn, and those that
 * generated content (page numbers, list markers) draws.
 */
final class FontNeeds {

    /** Drawn by generated content, which is not in the page's text: page numbers, list numbers and markers. */
    private static final String GENERATED = "0123456789— -–.()（）、•◦▪·";

    /** For each face the page can draw with, the characters it can draw. */
    private final Map<FontFace, Set<Integer>> drawn = new HashMap<>();

    FontNeeds(FontRegistry fonts, FontCache cache, org.jsoup.nodes.Document page) {
        Set<Integer> chars = charsOf(page);
        for (FontRole role : FontRole.values()) {
            List<FontFace> chain = fonts.chain(role);
            for (int cp : chars) {
                if (Character.isWhitespace(cp)) continue;
                for (FontFace f : chain) {
                    if (cache.covers(f, cp)) {
                        drawn.computeIfAbsent(f, k -> new HashSet<>()).add(cp);
                        break;
                    }
                }
            }
        }
        // white space takes the face of the text around it (the 全角 space of a 落款 among it)
        for (int cp : chars) {
            if (!Character.isWhitespace(cp)) continue;
            drawn.forEach((f, set) -> {
                if (cache.covers(f, cp)) set.add(cp);
            });
        }
    }

    boolean needs(FontFace face) {
        return drawn.containsKey(face);
    }

    /** The characters of the page that {@code face} is the first in some font stack to have: all it can be asked to draw. */
    Set<Integer> drawnWith(FontFace face) {
        return drawn.getOrDefault(face, Set.of());
    }

    static Set<Integer> charsOf(org.jsoup.nodes.Document page) {
        Set<Integer> out = new HashSet<>();
        GENERATED.codePoints().forEach(out::add);
        page.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) t.getWholeText().codePoints().forEach(out::add);
                else if (node instanceof DataNode d) d.getWholeData().codePoints().forEach(out::add);
                else if (node instanceof Element e) {
                    for (Attribute a : e.attributes()) a.getValue().codePoints().forEach(out::add);
                }
            }
        });
        out.removeIf(cp -> cp < 0x20);
        return out;
    }
}
