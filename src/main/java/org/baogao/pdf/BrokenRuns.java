package org.baogao.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.render.Box;
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
    private static final String CLOSING = "，。、；：）》」』】”’〕？！";
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
            InlineText first = LineText.first(line);
            Element run = first == null ? null : runOf(first);
            if (run != null && (startsWith(first, CLOSING) || previous != null && endsWith(LineText.last(previous), OPENING))) {
                broken.add(run);
            }
            // a run that ends the line with a mark at half width: the mark would stick out half a character
            InlineText last = LineText.last(line);
            Element ending = last == null ? null : runOf(last);
            if (ending != null && endsHalfWidth(ending, last)) broken.add(ending);
            previous = line;
        }
    }

    /** Whether the text is the last mark of the run, and set at half width. */
    private static boolean endsHalfWidth(Element run, InlineText text) {
        Node last = run.getLastChild();
        Element holder = text.getParent().getElement();
        return last instanceof Element mark && mark == holder && LineText.isSpan(mark, "pc");
    }

    private static boolean startsWith(InlineText text, String marks) {
        String s = text.getSubstring();
        return !s.isEmpty() && marks.indexOf(s.charAt(0)) >= 0;
    }

    private static boolean endsWith(InlineText text, String marks) {
        String s = text == null ? "" : text.getSubstring().stripTrailing();
        return !s.isEmpty() && marks.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static Element runOf(InlineText text) {
        return LineText.span(text, "run");
    }

    /** Replaces each run by its text. */
    static void undo(List<Element> runs) {
        LineText.unwrap(runs);
    }
}
