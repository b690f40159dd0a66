package org.baogao.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * The text after a table goes back onto the line grid. A table's rows are a line pitch each plus
 * their borders, so the text after a table of five rows stood 3 pt below the grid, and the page's
 * last line no longer fitted: the page ended a line short, which a page of Word's does not (its rows
 * keep to the grid). The table's bottom margin takes the difference: up into the half-leading above
 * the next line when it is small (the text's ink stays clear of the border), else down to the next
 * grid line.
 */
final class GridSnap {

    /** Up to this share of a pitch the text after the table is pulled up; beyond, pushed down a line. */
    static final float PULL_UP = 0.25f;
    /**
     * Layouts that may change the margins: a table across pages repeats its border at the new page's
     * top, and the margin that snaps its end moves where it breaks, so a second look is sometimes needed.
     */
    static final int ROUNDS = 3;

    private final float dotsPerPixel;
    /** The bottom margin given to each table, in document order, in the renderer's dots. */
    private final List<Integer> margins = new ArrayList<>();
    private int rounds;

    GridSnap(float dotsPerPixel) {
        this.dotsPerPixel = dotsPerPixel;
    }

    /**
     * Reads a layout and gives each table after which the text is off the grid the bottom margin that
     * puts it back.
     *
     * @return whether the page changed
     */
    boolean adjust(Box root) {
        if (rounds++ == ROUNDS) return false;
        Layer layer = root.getLayer();
        if (layer == null) return false;
        Walk walk = new Walk(layer.getPages());
        walk.visit(root);
        return walk.changed;
    }

    /** Document order: the last line before each table and the first after it. */
    private final class Walk {
        private final List<PageBox> pages;
        private LineBox before;
        private TableBox pending;
        private LineBox pendingBefore;
        private int tables;
        boolean changed;

        Walk(List<PageBox> pages) {
            this.pages = pages;
        }

        void visit(Box box) {
            if (box instanceof TableBox table) {
                // a table in a table (or one right after another) is measured from the outer one
                if (pending == null) {
                    pending = table;
                    pendingBefore = before;
                }
                return;
            }
            for (Box child : box.getChildren()) {
                if (child instanceof LineBox line) {
                    if (pending != null) {
                        snap(pending, pendingBefore, line);
                        pending = null;
                    }
                    before = line;
                } else {
                    visit(child);
                }
            }
        }

        private void snap(TableBox table, LineBox above, LineBox below) {
            int k = tables++;
            if (margins.size() == k) margins.add(0);
            // the grid as the line above the table keeps it; nothing to go by without one of the same pitch
            if (above == null || above.getHeight() != below.getHeight() || above.getHeight() <= 0) return;
            Element element = table.getElement();
            if (element == null) return;
            int pitch = above.getHeight();
            int off = Math.floorMod(onPage(below) - onPage(above), pitch);
            // a dot is a twentieth of a pixel: what rounding leaves
            if (off <= 1 || off >= pitch - 1) return;
            int margin = margins.get(k);
            if (margin == 0) {
                margin = off <= PULL_UP * pitch ? -off : pitch - off;
            } else {
                margin -= off <= pitch / 2 ? off : off - pitch;
            }
            margins.set(k, margin);
            Restyled.withStyle(element, "margin-bottom: " + margin / dotsPerPixel + "px");
            changed = true;
        }

        /** A line's top from the top of its page's text block. */
        private int onPage(LineBox line) {
            int y = line.getAbsY();
            for (PageBox page : pages) {
                if (y < page.getBottom()) return y - page.getTop();
            }
            return y;
        }
    }
}
