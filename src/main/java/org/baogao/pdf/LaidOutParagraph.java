package org.baogao.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToIntBiFunction;

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
 * A block's lines and their text as laid out, the way from that text to the DOM's, and the
 * characters' advances as {@link LinePlan} needs them.
 */
final class LaidOutParagraph {

    /** Closing marks whose ink sits in the left half of their square, which a squeeze takes away. */
    private static final String SQUEEZABLE = "，。、；：）》」』】”’〕";

    final BlockBox block;
    /** The block's element; null for an anonymous block or a table cell, which get no hangs. */
    final Element element;
    final boolean justified;
    final List<LineBox> lines = new ArrayList<>();
    final List<InlineText> texts = new ArrayList<>();
    /** Where each text of {@link #texts} starts in {@link #text}, and its line. */
    private final int[] textStarts;
    private final int[] textLines;
    /** Where each line starts in {@link #text}. */
    final int[] starts;
    final String text;
    /** Where each character of {@link #text} is in the element's DOM text; -1 where it is not found. */
    private final int[] dom;

    LaidOutParagraph(BlockBox block) {
        this.block = block;
        this.element = block instanceof AnonymousBlockBox || block instanceof TableCellBox ? null : block.getElement();
        this.justified = element != null && block.getStyle().isIdent(CSSName.TEXT_ALIGN, IdentValue.JUSTIFY);
        StringBuilder s = new StringBuilder();
        for (Box child : block.getChildren()) {
            if (child instanceof LineBox line) lines.add(line);
        }
        starts = new int[lines.size()];
        List<Integer> at = new ArrayList<>();
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = s.length();
            for (InlineText t : LineText.all(lines.get(i))) {
                texts.add(t);
                at.add(s.length());
                in.add(i);
                s.append(t.getSubstring());
            }
        }
        textStarts = at.stream().mapToInt(Integer::intValue).toArray();
        textLines = in.stream().mapToInt(Integer::intValue).toArray();
        text = s.toString();
        dom = element == null ? new int[0] : domOffsets();
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

    /** The index in {@link #texts} of the text that holds character {@code at} of {@link #text}. */
    private int textIndex(int at) {
        int k = Arrays.binarySearch(textStarts, at);
        if (k < 0) k = -k - 2;
        // empty texts share a start with the next: the last of them holds the character
        while (k + 1 < textStarts.length && textStarts[k + 1] <= at) k++;
        return Math.max(k, 0);
    }

    /** The text that holds character {@code at} of {@link #text}. */
    InlineText textAt(int at) {
        return texts.get(textIndex(at));
    }

    /** Where character {@code at} of the laid-out text is in the block's DOM text, or -1. */
    int domOffset(int at) {
        return at < dom.length ? dom[at] : -1;
    }

    /**
     * Where the characters from {@code at} of the laid-out text start in the block's DOM text: the
     * DOM offset of the last mapped character before it, plus one; the whole DOM text at the end.
     */
    int domOffsetBefore(int at) {
        if (at >= text.length()) return Integer.MAX_VALUE;
        if (at < dom.length && dom[at] >= 0) return dom[at];
        for (int k = Math.min(at, dom.length) - 1; k >= 0; k--) {
            if (dom[k] >= 0) return dom[k] + 1;
        }
        return 0;
    }

    /** Where a node's text starts in an element's DOM text; -1 when it is not inside the element. */
    static int offsetOf(Element element, Node node) {
        int offset = 0;
        for (Text t : textNodes(element)) {
            for (Node n = t; n != null && n != element; n = n.getParentNode()) {
                if (n == node) return offset;
            }
            offset += t.getLength();
        }
        return -1;
    }

    /**
     * The laid-out text and the block's DOM text are the same characters but for white space the
     * renderer collapsed; from the first other difference on, nothing is mapped.
     */
    private int[] domOffsets() {
        int[] out = new int[text.length()];
        Arrays.fill(out, -1);
        int i = 0;
        int offset = 0;
        for (Text node : textNodes(element)) {
            String d = node.getData();
            for (int k = 0; k < d.length(); k++, offset++) {
                char c = d.charAt(k);
                while (i < text.length() && c != text.charAt(i) && Character.isWhitespace(text.charAt(i))) i++;
                if (i >= text.length()) return out;
                if (c == text.charAt(i)) {
                    out[i++] = offset;
                } else if (!Character.isWhitespace(c)) {
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * The paragraph as {@link LinePlan} sees it (see {@link #measure}): as it is set without the
     * plan's hangs and squeezes, which are planned again from it, each where it was, unless the
     * layout showed it wrong. A line whose laid-out advances do not add up to its width, or that
     * the plan would not break where the renderer did, ends what is known: what comes after it is
     * planned after the next layout.
     *
     * @param breaker the renderer's line breaker
     * @param width   a string's width in a text's font, as the renderer measures it
     * @param may     whether a step may be taken at a character (not taken and undone before)
     */
    LinePlan.Input planInput(LineBreaks breaker, ToIntBiFunction<InlineText, String> width, BiPredicate<LinePlan.Kind, Integer> may) {
        int n = text.length();
        float[] laidOut = new float[n];
        float[] advance = new float[n];
        float[] squeeze = new float[n];
        boolean[] hang = new boolean[n];
        boolean[] breaks = new boolean[n];
        Object[] group = new Object[n];
        for (int k = 0; k < texts.size(); k++) {
            InlineText t = texts.get(k);
            int from = textStarts[k];
            String s = t.getSubstring();
            measure(t, lines.get(textLines[k]), s, laidOut, advance, from, breaker, width);
            float em = LineText.em(t);
            Element run = LineText.span(t, "run");
            Element hung = LineText.span(t, "hang");
            Element pc = LineText.span(t, "pc");
            // a mark the plan squeezed or hung is planned as it was before
            boolean free = LineText.span(t, "keep") == null && (pc == null || LineText.hasClass(pc, "squeeze"));
            // what no line break may part: a run of marks with its character, a span kept whole
            Object whole = run != null ? run : nowrap(t) ? t.getParent().getElement() : null;
            for (int j = 0; j < s.length(); j++) {
                int at = from + j;
                group[at] = whole;
                char c = s.charAt(j);
                hang[at] = LineEnds.HANGING.indexOf(c) >= 0 && domOffset(at) >= 0 && may.test(LinePlan.Kind.HANG, at);
                // a mark at full width before a character: the last of a run ("棋”，"), or a lone one
                // after a character of the same DOM text, side by side (a hanging mark was split
                // from that text into its span)
                boolean sameText = j > 0 || hung != null && hung.getPreviousSibling() instanceof Text before && before.getLength() > 0;
                boolean lone = run == null && sameText && at > 0 && Character.UnicodeScript.of(text.codePointAt(at - 1)) == Character.UnicodeScript.HAN
                        && domOffset(at - 1) == domOffset(at) - 1;
                if (free && SQUEEZABLE.indexOf(c) >= 0 && (lone || run != null) && at + 1 < n && !isMark(text.charAt(at + 1))
                        && domOffset(at) >= 0 && may.test(LinePlan.Kind.SQUEEZE, at)) {
                    squeeze[at] = em / 2;
                }
            }
        }
        breaker.setText(text);
        for (int b = breaker.next(); b != BreakIterator.DONE && b < n; b = breaker.next()) {
            if (b > 0 && (group[b] == null || group[b] != group[b - 1])) breaks[b] = true;
        }
        int contentWidth = block.getContentWidth();
        float first = lines.isEmpty() ? contentWidth : contentWidth - lines.get(0).getContentStart();
        float rest = lines.size() < 2 ? first : contentWidth - lines.get(1).getContentStart();
        LinePlan.Input asLaidOut = new LinePlan.Input(laidOut, squeeze, hang, breaks, first, rest, n);
        return new LinePlan.Input(advance, squeeze, hang, breaks, first, rest, known(asLaidOut));
    }

    private static boolean isMark(char c) {
        return LineEnds.HANGING.indexOf(c) >= 0 || LineEnds.OPENING.indexOf(c) >= 0;
    }

    /**
     * Each character's advance in the line as laid out, before the line was spread to both edges (a
     * hanging mark none, a mark at half width half), into {@code laidOut}, and as set without the
     * plan's hangs and squeezes, into {@code advance}; a run of Latin letters, digits or spaces as
     * the renderer measures it, piece by piece between its breaks, on the first character of each
     * piece. NaN for the whole text when they do not add up to its width.
     */
    private static void measure(InlineText t, LineBox line, String s, float[] laidOut, float[] advance, int from,
            LineBreaks breaker, ToIntBiFunction<InlineText, String> width) {
        float em = LineText.em(t);
        float[] a = new float[s.length()];
        float sum = 0;
        int pieces = 0;
        for (int j = 0; j < s.length(); ) {
            if (square(s.codePointAt(j))) {
                a[j] = em;
                sum += em;
                j += Character.charCount(s.codePointAt(j));
                continue;
            }
            int r = j;
            while (r < s.length() && !square(s.codePointAt(r))) r += Character.charCount(s.codePointAt(r));
            String run = s.substring(j, r);
            breaker.setText(run);
            int previous = 0;
            for (int b = breaker.next(); b != BreakIterator.DONE && previous < run.length(); b = breaker.next()) {
                int w = width.applyAsInt(t, run.substring(previous, b));
                a[j + previous] = w;
                sum += w;
                pieces++;
                previous = b;
            }
            j = r;
        }
        // justifying widened the text by what it added between its characters, rounded down
        float spread = line.getJustificationInfo() == null ? 0 : t.calcTotalAdjustment(line.getJustificationInfo());
        boolean known = Math.abs(t.getWidth() - spread - sum) < 1.5f + pieces;
        Element pc = LineText.span(t, "pc");
        boolean hung = LineText.span(t, "hang") != null;
        float factor = hung ? 0 : pc != null ? 0.5f : 1;
        // a mark the plan hung or squeezed is at its full width without the plan
        float unplanned = hung || pc != null && LineText.hasClass(pc, "squeeze") ? 1 : factor;
        for (int j = 0; j < s.length(); j++) {
            laidOut[from + j] = known ? a[j] * factor : Float.NaN;
            advance[from + j] = known ? a[j] * unplanned : Float.NaN;
        }
    }

    /** Whether a character takes a square of the Chinese font: a Han character or a full-width mark. */
    private static boolean square(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || isMark((char) cp) && cp < 0x10000
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF5E || cp == '…' || cp == '—';
    }

    /**
     * How far the advances describe the paragraph: up to the first line whose advances do not add
     * up to its width, that does not break where the plan would, or that a forced break ends.
     */
    private int known(LinePlan.Input draft) {
        List<Integer> planned = LinePlan.lineStarts(draft);
        for (int i = 0; i < lines.size(); i++) {
            int end = i + 1 < starts.length ? starts[i + 1] : text.length();
            float sum = 0;
            for (int k = starts[i]; k < end; k++) sum += draft.advance()[k];
            boolean breaksAlike = i + 1 < starts.length ? i < planned.size() && planned.get(i) == end : planned.size() == i;
            if (Float.isNaN(sum) || Math.abs(sum - lines.get(i).getContentWidth()) > 2 || !breaksAlike || lines.get(i).isEndsOnNL()) {
                return starts[i];
            }
        }
        return text.length();
    }

    private static boolean nowrap(InlineText t) {
        return t.getParent().getStyle().getWhitespace() == IdentValue.NOWRAP;
    }

    /** A DOM text node of an element and a position in it. */
    record TextAt(Text node, int at) {}

    /** The text node that holds character {@code offset} of an element's DOM text, and where; null beyond its end. */
    static TextAt textAt(Element element, int offset) {
        int before = 0;
        for (Text node : textNodes(element)) {
            int length = node.getLength();
            if (offset < before + length) return new TextAt(node, offset - before);
            before += length;
        }
        return null;
    }

    /** Puts the character at {@code offset} of an element's DOM text into a span of its own. */
    static void wrap(Element element, int offset, String name) {
        TextAt t = textAt(element, offset);
        if (t == null) return;
        Text mark = t.node().splitText(t.at());
        mark.splitText(1);
        Element span = element.getOwnerDocument().createElement("span");
        span.setAttribute("class", name);
        mark.getParentNode().replaceChild(span, mark);
        span.appendChild(mark);
    }

    /**
     * Sets the mark at {@code offset} of an element's DOM text at half width as the Markdown stage
     * sets a mark before another: in a {@code span.pc} (here also {@code squeeze}), which, when the
     * mark is not in a run already, goes into a run with the character before it that no line
     * break may part ({@code span.run}).
     *
     * @param inRun whether the mark ends a run of the Markdown stage
     * @return whether it could: a lone mark and its character are side by side in one DOM text
     */
    static boolean squeeze(Element element, int offset, boolean inRun) {
        if (inRun) {
            wrap(element, offset, "pc squeeze");
            return true;
        }
        TextAt t = textAt(element, offset - 1);
        // the character and its mark side by side in one text
        if (t == null || t.at() + 1 >= t.node().getLength()) return false;
        Text pair = t.node().splitText(t.at());
        pair.splitText(2);
        org.w3c.dom.Document doc = element.getOwnerDocument();
        Element run = doc.createElement("span");
        run.setAttribute("class", "run");
        Element pc = doc.createElement("span");
        pc.setAttribute("class", "pc squeeze");
        String str = pair.getData();
        run.appendChild(doc.createTextNode(str.substring(0, 1)));
        pc.appendChild(doc.createTextNode(str.substring(1)));
        run.appendChild(pc);
        pair.getParentNode().replaceChild(run, pair);
        return true;
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
