package org.baogao.pdf;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * After layout: no text may lie beyond the right edge of the text block, but for a closing mark
 * hanging at the end of its line (see {@link LineEnds}), at most one character wide; a mark set at
 * half width reaches as far as its advance. A run the line
 * breaker could not break (a title line kept whole, a cell too narrow) would otherwise be drawn into
 * the margin and off the paper while the build says {@code ok}.
 */
final class TextBlockCheck {

    /** The grid's characters per line (GB/T 9704: 28), to measure the tolerance in. */
    private static final int CHARACTERS_PER_LINE = 28;

    private TextBlockCheck() {}

    /** @throws TextOffPageException naming the first text that runs off */
    static void check(Box root) throws TextOffPageException {
        int right = root.getAbsX() + root.getContentWidth();
        // the renderer lets a justified line end up to a point past the edge (measured on the samples:
        // at most 0.06 of a character, inside the glyph's side bearing): a quarter of a grid character
        int tolerance = root.getContentWidth() / (CHARACTERS_PER_LINE * 4);
        InlineText off = find(root, null, right + tolerance);
        if (off != null) throw new TextOffPageException(off.getSubstring().strip());
    }

    private static InlineText find(Box box, LineBox line, int right) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    int start = inline.getAbsX() + text.getX();
                    if (!text.isEmpty() && !text.getSubstring().isBlank() && start + advance(text) > right
                            && !hangs(text, line, start, right)) {
                        return text;
                    }
                } else if (child instanceof Box b) {
                    InlineText found = find(b, line, right);
                    if (found != null) return found;
                }
            }
            return null;
        }
        for (Box child : box.getChildren()) {
            InlineText found = find(child, child instanceof LineBox l ? l : line, right);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * How far a text reaches: its width, but for a mark set at half width, whose empty right half the
     * next glyph takes ("味”" before a hanging "，").
     */
    private static int advance(InlineText text) {
        return LineText.span(text, "pc") != null ? text.getWidth() - Math.round(LineText.em(text) / 2) : text.getWidth();
    }

    /** Whether a text is one closing mark that ends its line, starting inside the edge and at most a character wide. */
    private static boolean hangs(InlineText text, LineBox line, int start, int right) {
        String s = text.getSubstring().strip();
        return s.length() == 1 && LineEnds.HANGING.contains(s) && line != null && LineText.last(line) == text
                && start <= right && start + text.getWidth() <= right + LineText.em(text);
    }
}
