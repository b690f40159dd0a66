package org.baogao.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;

/**
 * The texts of a laid-out line, however deep in inline boxes, and the spans of the Markdown stage they
 * sit in: what {@link BrokenRuns}, {@link LineEnds} and {@link TextBlockCheck} read of a line.
 */
final class LineText {

    private LineText() {}

    /** The first text with characters in a line or inline box. */
    static InlineText first(Box box) {
        return edge(box, false);
    }

    /** The last text with characters in a line or inline box. */
    static InlineText last(Box box) {
        return edge(box, true);
    }

    private static InlineText edge(Box box, boolean last) {
        List<?> children = children(box);
        for (int k = 0; k < children.size(); k++) {
            Object child = children.get(last ? children.size() - 1 - k : k);
            if (child instanceof InlineText text) {
                if (!text.isEmpty()) return text;
            } else if (child instanceof Box b) {
                InlineText found = edge(b, last);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** Every text with characters of a line or inline box, left to right. */
    static List<InlineText> all(Box box) {
        List<InlineText> out = new ArrayList<>();
        collect(box, out);
        return out;
    }

    private static void collect(Box box, List<InlineText> out) {
        for (Object child : children(box)) {
            if (child instanceof InlineText text) {
                if (!text.isEmpty()) out.add(text);
            } else if (child instanceof Box b) {
                collect(b, out);
            }
        }
    }

    private static List<?> children(Box box) {
        return box instanceof InlineLayoutBox inline ? inline.getInlineChildren() : box.getChildren();
    }

    /** The size of a text's font, in the renderer's units: one em, the width of a Chinese character. */
    static float em(InlineText text) {
        return text.getParent().getStyle().getFontSpecification().size;
    }

    /**
     * The nearest span of class {@code name} that a text sits in, through nested spans only (a
     * span.pc in a span.run), or null.
     */
    static Element span(InlineText text, String name) {
        for (Box b = text.getParent(); b != null; b = b.getParent()) {
            for (Node n = b.getElement(); n instanceof Element e; n = n.getParentNode()) {
                if (isSpan(e, name)) return e;
                if (!"span".equals(e.getTagName())) break;
            }
            if (!(b instanceof InlineLayoutBox)) break;
        }
        return null;
    }

    static boolean isSpan(Element e, String name) {
        return "span".equals(e.getTagName()) && hasClass(e, name);
    }

    /** Whether {@code name} is one of the element's classes. */
    static boolean hasClass(Element e, String name) {
        return (" " + e.getAttribute("class") + " ").contains(" " + name + " ");
    }

    /** Every span of the page with one of the classes, in document order. */
    static List<Element> spans(org.w3c.dom.Document page, String... names) {
        return spans(page.getElementsByTagName("span"), names);
    }

    /** Every span inside an element with one of the classes, in document order. */
    static List<Element> spans(Element inside, String... names) {
        return spans(inside.getElementsByTagName("span"), names);
    }

    private static List<Element> spans(org.w3c.dom.NodeList spans, String... names) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            if (!(spans.item(i) instanceof Element e)) continue;
            for (String name : names) {
                if (isSpan(e, name)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** Replaces each span by its text, one text with its neighbours again. */
    static void unwrap(List<Element> spans) {
        for (Element span : spans) {
            Node parent = span.getParentNode();
            if (parent == null) continue;
            parent.replaceChild(span.getOwnerDocument().createTextNode(span.getTextContent()), span);
            // one text with its neighbours, so that only the line breaker's rules decide where lines end
            parent.normalize();
        }
    }
}
