package org.baogao.pdf;

import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.render.AnonymousBlockBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * The 落款 never opens a page alone: a page that holds nothing but the issuer and the date is the
 * flaw every office sends back (GB/T 9704 7.3.5 has the typist change the spacing rather than let it
 * happen). Where the body ends at a page's foot and the 落款 went on to the next page, the body's
 * last paragraph is split before its last line, which then starts the next page and takes the 落款
 * along, as Word's 与下段同页 (keep with next) does; a one-line paragraph goes over whole.
 *
 * <p>CSS can ask for this ({@code page-break-before: avoid} on the 落款), but the renderer keeps an
 * avoided break by moving the whole run of boxes before it to a new page, and that run starts at the
 * body's block: the body went on to page 2 and page 1 held the title alone.
 */
final class SignatureKeep {

    /** The class of a paragraph that starts a page to stay with the 落款. */
    static final String CARRIED = "carried";
    /** The class of the part of a paragraph split off after its first part: it starts without indent. */
    static final String CONTINUED = "continued";

    private boolean done;

    /**
     * Reads a layout and, the first time the 落款 opens a page, changes the page for the next one.
     *
     * @return whether the page changed
     */
    boolean adjust(Box root) {
        if (done) return false;
        LineBox[] lines = new LineBox[2];
        if (!find(root, lines) || lines[0] == null || lines[1] == null) return false;
        LineBox bodyEnd = lines[0];
        Layer layer = root.getLayer();
        if (layer == null || page(layer, bodyEnd) == page(layer, lines[1])) return false;
        BlockBox block = bodyEnd.getParent();
        if (block == null || block instanceof AnonymousBlockBox
                || block instanceof TableCellBox || block.getElement() == null
                || !"p".equals(block.getElement().getTagName())) {
            return false;
        }
        done = true;
        LaidOutParagraph p = new LaidOutParagraph(block);
        int last = p.lines.size() - 1;
        int offset = last == 0 ? 0 : p.domOffset(p.starts[last]);
        if (offset < 0) return false;
        if (offset == 0) {
            Restyled.withClass(block.getElement(), CARRIED);
        } else {
            // the rest is a new element: styled as such by the next layout
            Element rest = split(block.getElement(), offset);
            Restyled.addClass(rest, CARRIED);
            Restyled.addClass(rest, CONTINUED);
        }
        return true;
    }

    /**
     * Walks the boxes in document order: {@code lines[0]} the last line before the 落款, {@code
     * lines[1]} the 落款's first line. False when there is no 落款.
     */
    private static boolean find(Box box, LineBox[] lines) {
        if (box.getElement() != null && box instanceof BlockBox && isSignature(box.getElement())) {
            lines[1] = firstLine(box);
            return true;
        }
        for (Box child : box.getChildren()) {
            if (child instanceof LineBox line) {
                lines[0] = line;
            } else if (find(child, lines)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSignature(Element e) {
        return LineText.hasClass(e, "signature");
    }

    private static LineBox firstLine(Box box) {
        for (Box child : box.getChildren()) {
            if (child instanceof LineBox line) return line;
            LineBox inner = firstLine(child);
            if (inner != null) return inner;
        }
        return null;
    }

    private static int page(Layer layer, LineBox line) {
        int y = line.getAbsY();
        List<PageBox> pages = layer.getPages();
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) return i;
        }
        return pages.size();
    }

    /**
     * Splits {@code p} at {@code offset} of its DOM text into two elements of the same name and
     * classes, the inline elements around the offset copied into both; returns the second, which
     * follows the first.
     */
    static Element split(Element p, int offset) {
        LaidOutParagraph.TextAt t = LaidOutParagraph.textAt(p, offset);
        if (t == null) throw new IllegalArgumentException("offset " + offset + " beyond the text of " + p.getTagName());
        Node first = t.at() == 0 ? t.node() : t.node().splitText(t.at());
        Node parent = first.getParentNode();
        while (parent != p) {
            Element copy = copy((Element) parent);
            moveFrom(first, copy);
            parent.getParentNode().insertBefore(copy, parent.getNextSibling());
            first = copy;
            parent = copy.getParentNode();
        }
        Element rest = copy(p);
        moveFrom(first, rest);
        p.getParentNode().insertBefore(rest, p.getNextSibling());
        return rest;
    }

    private static Element copy(Element e) {
        Element copy = (Element) e.cloneNode(false);
        // an id names one element
        copy.removeAttribute("id");
        return copy;
    }

    /** Moves {@code first} and the siblings after it to the end of {@code to}. */
    private static void moveFrom(Node first, Element to) {
        for (Node n = first; n != null; ) {
            Node next = n.getNextSibling();
            to.appendChild(n);
            n = next;
        }
    }
}
