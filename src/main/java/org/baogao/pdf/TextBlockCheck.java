package org.baogao.pdf;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;

/**
 * After layout: no text may lie beyond the right edge of the text block. A run the line breaker
 * could not break (a title line kept whole, a cell too narrow) would otherwise be drawn into the
 * margin and off the paper while the build says {@code ok}.
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
        InlineText off = find(root, right + tolerance);
        if (off != null) throw new TextOffPageException(off.getSubstring().strip());
    }

    private static InlineText find(Box box, int right) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    if (!text.isEmpty() && !text.getSubstring().isBlank()
                            && inline.getAbsX() + text.getX() + text.getWidth() > right) {
                        return text;
                    }
                } else if (child instanceof Box b) {
                    InlineText found = find(b, right);
                    if (found != null) return found;
                }
            }
            return null;
        }
        for (Box child : box.getChildren()) {
            InlineText found = find(child, right);
            if (found != null) return found;
        }
        return null;
    }
}
