package org.baogao.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * Runs of punctuation set at half width ({@code span.run}, made by the Markdown stage) that the
 * renderer broke across two lines.
 *
 * <p>A run holds a character and the marks after it ("字。”"), with each mark to be set at half
 * width in a span of its own. OpenHTMLtoPDF may break a line at any element boundary (its issue
 * 39), so it can end a line with "字。" and start the next with "”". Such a run is found after
 * layout, by a line that starts inside it with a closing mark or after an opening one, and put back as plain text: at full width, one text the line
 * breaker will not split. Then the page is laid out again.
 */
final class BrokenRuns {

    /** Marks that may not start a line; those a run can hold. */
    private static final String CLOSING = "，。、；：）》」』】”’〕";
    /** Marks that may not end a line; a run starts with those before its character. */
    private static final String OPENING = "（《「『【“‘〔";

    private BrokenRuns() {}

    /** The runs broken by a line's end, in the order of the lines. */
    static List<Element> in(Box root) {
        Set<Element> broken = new LinkedHashSet<>();
        visit(root, broken);
        return new ArrayList<>(broken);
    }

    private static void visit(Box box, Set<Element> broken) {
        LineBox previous = null;
        for (Box child : box.getChildren()) {
            if (!(child instanceof LineBox line)) {
                visit(child, broken);
                previous = null;
                continue;
            }
            InlineText first = firstText(line);
            Element run = first == null ? null : runOf(first.getParent());
            if (run != null && (startsWith(first, CLOSING) || previous != null && endsWith(lastText(previous), OPENING))) {
                broken.add(run);
            }
            // a run that ends the line with a mark at half width: the mark would stick out half a character
            InlineText last = lastText(line);
            Element ending = last == null ? null : runOf(last.getParent());
            if (ending != null && endsHalfWidth(ending, last)) broken.add(ending);
            previous = line;
        }
    }

    /** Whether the text is the last mark of the run, and set at half width. */
    private static boolean endsHalfWidth(Element run, InlineText text) {
        Node last = run.getLastChild();
        Element holder = text.getParent().getElement();
        return last instanceof Element mark && mark == holder;
    }

    private static boolean startsWith(InlineText text, String marks) {
        String s = text.getSubstring();
        return !s.isEmpty() && marks.indexOf(s.charAt(0)) >= 0;
    }

    private static boolean endsWith(InlineText text, String marks) {
        String s = text == null ? "" : text.getSubstring().stripTrailing();
        return !s.isEmpty() && marks.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static InlineText firstText(Box box) {
        return edgeText(box, false);
    }

    private static InlineText lastText(Box box) {
        return edgeText(box, true);
    }

    /** The first (or last) text with characters in a line or inline box, however deep. */
    private static InlineText edgeText(Box box, boolean last) {
        List<?> children = box instanceof InlineLayoutBox inline ? inline.getInlineChildren() : box.getChildren();
        for (int k = 0; k < children.size(); k++) {
            Object child = children.get(last ? children.size() - 1 - k : k);
            if (child instanceof InlineText text) {
                if (!text.isEmpty()) return text;
            } else if (child instanceof Box b) {
                InlineText found = edgeText(b, last);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static Element runOf(Box box) {
        for (Box b = box; b != null; b = b.getParent()) {
            for (Node n = b.getElement(); n instanceof Element e; n = n.getParentNode()) {
                if (isRun(e)) return e;
                if (!"span".equals(e.getTagName())) break;
            }
            if (!(b instanceof InlineLayoutBox)) break;
        }
        return null;
    }

    private static boolean isRun(Element e) {
        return "span".equals(e.getTagName()) && (" " + e.getAttribute("class") + " ").contains(" run ");
    }

    /** Replaces each run by its text. */
    static void undo(List<Element> runs) {
        for (Element run : runs) {
            Node parent = run.getParentNode();
            if (parent == null) continue;
            parent.replaceChild(run.getOwnerDocument().createTextNode(run.getTextContent()), run);
            // one text with its neighbours, so that only the line breaker's rules decide where lines end
            parent.normalize();
        }
    }

    /** Every run of the page: when laying out again keeps breaking runs, they all go. */
    static List<Element> all(org.w3c.dom.Document page) {
        List<Element> runs = new ArrayList<>();
        var spans = page.getElementsByTagName("span");
        for (int i = 0; i < spans.getLength(); i++) {
            if (spans.item(i) instanceof Element e && isRun(e)) runs.add(e);
        }
        return runs;
    }
}
