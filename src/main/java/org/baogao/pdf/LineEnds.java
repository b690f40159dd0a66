package org.baogao.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.render.AnonymousBlockBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * Line ends as Word sets Chinese (允许标点溢出边界): where the renderer pulled a character down to the
 * next line because the closing mark after it did not fit ("……还有差" / "距。一是……"), the mark
 * hangs in the right margin instead and the character stays, so that the line keeps its 28
 * characters. Only the last mark of a piece hangs, one character wide at most ("办”，" hangs its
 * "，" when "办”" fits the line).
 *
 * <p>The renderer's line breaker measures a character and the mark after it as one piece, and cannot
 * be told that the mark may stand outside; so this works on a laid-out page, for the next layout:
 * the mark goes into a {@code span.hang}, whose negative right margin, as wide as the mark, lets it
 * fit the line at no width. The lines after a new hang flow anew, so a paragraph gets one new hang
 * per layout, the first from its top; a hang that no longer ends its line, or that the line would
 * hold at full width, is taken out and not tried again.
 */
final class LineEnds {

    /** Closing marks that may hang: those that may not start a line. */
    static final String HANGING = "，。、；：？！）》」』】”’〕";
    /** Opening marks, which stay with the character after them. */
    private static final String OPENING = "（《「『【“‘〔";

    /** A position in a block's text, as the DOM holds it: the same in every layout. */
    private record Spot(Element block, int offset) {}

    /** Hangs made so far: one taken out again is not made again. */
    private final Set<Spot> tried = new HashSet<>();

    /** What one look at a layout changed. */
    record Changes(boolean repaired, boolean improved) {
        boolean any() {
            return repaired || improved;
        }
    }

    /**
     * Reads a layout and changes the page for the next one: runs the renderer broke (see
     * {@link BrokenRuns}) and hangs that no longer end their line are put back as text; when
     * {@code improve}, lines that gave a character away get it back with a hanging mark.
     */
    Changes adjust(Box root, boolean improve) {
        int right = root.getAbsX() + root.getContentWidth();
        boolean[] changed = new boolean[2];
        visit(root, right, improve, changed);
        return new Changes(changed[0], changed[1]);
    }

    private void visit(Box box, int right, boolean improve, boolean[] changed) {
        boolean lines = false;
        for (Box child : box.getChildren()) {
            if (child instanceof LineBox) {
                lines = true;
            } else {
                visit(child, right, improve, changed);
            }
        }
        if (!lines || !(box instanceof BlockBox block)) return;
        List<Element> broken = BrokenRuns.in(block);
        if (!broken.isEmpty()) {
            BrokenRuns.undo(broken);
            changed[0] = true;
            return;
        }
        Paragraph p = Paragraph.of(block);
        for (int i = 0; i < p.lines.size(); i++) {
            List<Element> stale = staleHangs(p, i);
            if (!stale.isEmpty()) {
                LineText.unwrap(stale);
                changed[0] = true;
                return;
            }
            if (!improve || !p.justified || i + 1 == p.lines.size() || p.lines.get(i).isEndsOnNL()) continue;
            if (p.reachesEdge(right) && !endsWithHang(p.lines.get(i)) && pullUp(p, i, p.slack(i))) {
                // the lines after this one flow anew: they are read again after the next layout
                changed[1] = true;
                return;
            }
        }
    }

    private static boolean endsWithHang(LineBox line) {
        InlineText last = LineText.last(line);
        return last != null && LineText.span(last, "hang") != null;
    }

    /** The hangs of line {@code i} that do not end it, or that the line would hold at full width. */
    private static List<Element> staleHangs(Paragraph p, int i) {
        List<Element> stale = new ArrayList<>();
        LineBox line = p.lines.get(i);
        InlineText last = LineText.last(line);
        for (InlineText t : LineText.all(line)) {
            Element hang = LineText.span(t, "hang");
            if (hang == null) continue;
            if (t != last || p.slack(i) >= LineText.em(t)) stale.add(hang);
        }
        return stale;
    }

    /**
     * Pulls the first piece of line {@code i + 1} that no line break may part, opening marks, a
     * character and the closing marks after it ("差距。", "“好”、"), up to the end of line {@code i}
     * with its last mark hanging, when the rest fits the line's room. Each piece is pulled up once.
     *
     * @return whether the page changed
     */
    private boolean pullUp(Paragraph p, int i, int room) {
        String s = p.text;
        int start = p.starts[i + 1];
        int end = i + 2 < p.starts.length ? p.starts[i + 2] : s.length();
        int j = start;
        while (j < end && OPENING.indexOf(s.charAt(j)) >= 0) j++;
        if (j >= end || Character.UnicodeScript.of(s.codePointAt(j)) != Character.UnicodeScript.HAN) return false;
        float em = LineText.em(p.textAt(j));
        j += Character.charCount(s.codePointAt(j));
        // the opening marks and the character at full width, the marks after it at their width but the last, which hangs
        float need = s.codePointCount(start, j) * em;
        int marks = j;
        while (j < end && HANGING.indexOf(s.charAt(j)) >= 0) j++;
        if (j == marks) return false;
        int hang = j - 1;
        for (int k = start; k < j; k++) {
            if (nowrap(p.textAt(k))) return false;
            if (k >= marks && k != hang) need += LineText.span(p.textAt(k), "pc") != null ? em / 2 : em;
        }
        if (need > room) return false;
        int at = p.domOffset(start);
        int mark = p.domOffset(hang);
        if (at < 0 || mark < 0 || !tried.add(new Spot(p.element, at))) return false;
        // a mark set at half width before an opening mark ("，“") hangs at its full width
        Element half = LineText.span(p.textAt(hang), "pc");
        if (half != null) LineText.unwrap(List.of(half));
        Paragraph.wrap(p.element, mark, "hang");
        return true;
    }

    private static boolean nowrap(InlineText t) {
        return t.getParent().getStyle().getWhitespace() == IdentValue.NOWRAP;
    }

    /** A block's lines and their text, as laid out, and the way from that text to the DOM's. */
    static final class Paragraph {
        final BlockBox block;
        final Element element;
        final boolean justified;
        final List<LineBox> lines = new ArrayList<>();
        final List<InlineText> texts = new ArrayList<>();
        /** Where each text of {@link #texts} starts in {@link #text}. */
        final List<Integer> textStarts = new ArrayList<>();
        /** Where each line starts in {@link #text}. */
        final int[] starts;
        final String text;

        private Paragraph(BlockBox block) {
            this.block = block;
            this.element = block instanceof AnonymousBlockBox || block instanceof TableCellBox ? null : block.getElement();
            this.justified = element != null && block.getStyle().isIdent(CSSName.TEXT_ALIGN, IdentValue.JUSTIFY);
            StringBuilder s = new StringBuilder();
            for (Box child : block.getChildren()) {
                if (child instanceof LineBox line) lines.add(line);
            }
            starts = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                starts[i] = s.length();
                for (InlineText t : LineText.all(lines.get(i))) {
                    texts.add(t);
                    textStarts.add(s.length());
                    s.append(t.getSubstring());
                }
            }
            text = s.toString();
        }

        static Paragraph of(BlockBox block) {
            return new Paragraph(block);
        }

        /** How much wider line {@code i} could be, in the renderer's units. */
        int slack(int i) {
            LineBox line = lines.get(i);
            return block.getContentWidth() - line.getContentStart() - line.getContentWidth();
        }

        /** Whether the lines end at the right edge of the text block, where a mark may hang. */
        boolean reachesEdge(int right) {
            return block.getAbsX() + block.getContentWidth() == right;
        }

        /** The text that holds character {@code at} of {@link #text}. */
        InlineText textAt(int at) {
            int k = texts.size() - 1;
            while (k > 0 && textStarts.get(k) > at) k--;
            return texts.get(k);
        }

        /**
         * Where character {@code at} of the laid-out text is in the block's DOM text: the two are the
         * same characters but for white space the renderer collapsed. -1 when they differ otherwise.
         */
        int domOffset(int at) {
            int i = 0;
            int offset = 0;
            for (Text node : textNodes(element)) {
                String d = node.getData();
                for (int k = 0; k < d.length(); k++, offset++) {
                    char c = d.charAt(k);
                    while (i < at && c != text.charAt(i) && Character.isWhitespace(text.charAt(i))) i++;
                    if (c == text.charAt(i)) {
                        if (i == at) return offset;
                        i++;
                    } else if (!Character.isWhitespace(c)) {
                        return -1;
                    }
                }
            }
            return -1;
        }

        /** Puts the character at {@code offset} of an element's DOM text into a span of its own. */
        static void wrap(Element element, int offset, String name) {
            int before = 0;
            for (Text node : textNodes(element)) {
                int length = node.getLength();
                if (offset < before + length) {
                    Text mark = node.splitText(offset - before);
                    mark.splitText(1);
                    Element span = element.getOwnerDocument().createElement("span");
                    span.setAttribute("class", name);
                    mark.getParentNode().replaceChild(span, mark);
                    span.appendChild(mark);
                    return;
                }
                before += length;
            }
        }

        static List<Text> textNodes(Node node) {
            List<Text> out = new ArrayList<>();
            collect(node, out);
            return out;
        }

        private static void collect(Node node, List<Text> out) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Text t) out.add(t);
                else collect(c, out);
            }
        }
    }
}
