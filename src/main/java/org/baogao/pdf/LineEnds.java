package org.baogao.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

import org.w3c.dom.Element;
import org.w3c.dom.Text;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.render.AnonymousBlockBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * Line ends as Word sets Chinese (允许标点溢出边界): where the renderer pulled a character down to the
 * next line because the closing mark after it did not fit ("……还有差" / "距。一是……"), the mark
 * hangs in the right margin instead and the character stays, so that the line keeps its 28
 * characters; where that is not enough, other marks of the line give up the empty half of their
 * square (挤进) so that the piece fits. {@link LinePlan} works out where, for each paragraph as a
 * whole.
 *
 * <p>The renderer's line breaker measures a character and the mark after it as one piece, and cannot
 * be told that the mark may stand outside or be narrower; so this works on a laid-out page, for the
 * next layout: a hanging mark goes into a {@code span.hang}, whose negative right margin, as wide as
 * the mark, lets it fit the line at no width; a squeezed mark into a {@code span.pc.squeeze}, as the
 * Markdown stage sets a mark before another, in a {@code span.run} with its character unless it
 * ends such a run already ("棋”，"). Latin is measured as the renderer measures it. After the next
 * layout the plan is checked line by line: a hang that no longer ends its line, or that the line
 * would hold at full width, and a squeeze the line does not need, are taken out and not tried again.
 * Each layout plans the paragraph again from the text as it would be without the plan (see {@link
 * LinePlan}), and the page is changed only where the new plan differs from what it holds: a
 * layout that bears its plan out gives the same plan, and the page is done.
 */
final class LineEnds {

    /** Closing marks that may hang: those that may not start a line. */
    static final String HANGING = "，。、；：？！）》」』】”’〕";
    /** Opening marks, which stay with the character after them. */
    static final String OPENING = "（《「『【“‘〔";

    /** A change at a position in a block's text, as the DOM holds it: the same in every layout. */
    private record Spot(Element block, int offset, LinePlan.Kind kind) {}

    /** Changes a layout showed wrong (or that could not be made), taken out: not made again. */
    private final Set<Spot> refused = new HashSet<>();
    /** Each paragraph as it was laid out when a look at it last changed nothing. */
    private final Map<Element, Looked> settled = new HashMap<>();
    private final LineBreaks breaker;

    private final ToIntBiFunction<InlineText, String> width;

    /**
     * @param limit  the page's time limit, which the line breaker checks as it does for the renderer
     * @param breaks the line breaks found so far for the renderer's line breaker
     * @param shared the renderer's, whose text renderer measures Latin as it does when it breaks lines
     */
    LineEnds(TimeLimit limit, KeptBreaks breaks, SharedContext shared) {
        this.breaker = new LineBreaks(limit, breaks);
        LayoutContext c = shared.newLayoutContextInstance();
        c.setFontContext(new PdfBoxFontContext());
        this.width = (text, s) -> shared.getTextRenderer().getWidth(c.getFontContext(), text.getParent().getStyle().getFSFont(c), s);
    }

    /** What one look at a layout changed. */
    record Changes(boolean repaired, boolean improved) {
        boolean any() {
            return repaired || improved;
        }
    }

    /**
     * Reads a layout and changes the page for the next one: runs the renderer broke (see
     * {@link BrokenRuns}), hangs that no longer end their line and squeezes a line does not need
     * are put back as text; when {@code improve}, lines that gave a character away get it back.
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
        // laid out as it was when a look at it changed nothing: nothing would change now
        Looked looked = Looked.of(block);
        if (looked != null && looked.equals(settled.get(block.getElement()))) return;
        boolean[] mine = new boolean[2];
        look(block, right, improve, mine);
        if (looked != null && !mine[0] && !mine[1]) settled.put(block.getElement(), looked);
        changed[0] |= mine[0];
        changed[1] |= mine[1];
    }

    /**
     * A paragraph as laid out, as far as {@link #look} reads it: its text, where its lines start
     * and how wide they are, and where the block is. The same for the same paragraph while nothing
     * changes it: a line's breaks and widths depend on its paragraph alone.
     */
    private record Looked(String text, List<Integer> lines) {
        /** Null for a block without an element of its own, which is not kept. */
        static Looked of(BlockBox block) {
            if (block.getElement() == null || block instanceof AnonymousBlockBox) return null;
            StringBuilder text = new StringBuilder();
            List<Integer> lines = new ArrayList<>();
            lines.add(block.getAbsX());
            lines.add(block.getContentWidth());
            for (Box child : block.getChildren()) {
                if (!(child instanceof LineBox line)) continue;
                lines.add(text.length());
                lines.add(line.getContentStart());
                lines.add(line.getContentWidth());
                for (InlineText t : LineText.all(line)) text.append(t.getSubstring());
            }
            return new Looked(text.toString(), lines);
        }
    }

    private void look(BlockBox block, int right, boolean improve, boolean[] changed) {
        List<Element> broken = BrokenRuns.in(block);
        if (!broken.isEmpty()) {
            // a squeeze the renderer broke from its character goes with the run
            for (Element run : broken) {
                for (Element squeeze : LineText.spans(run, "squeeze")) refuse(block.getElement(), squeeze);
            }
            BrokenRuns.undo(broken);
            changed[0] = true;
            return;
        }
        LaidOutParagraph p = new LaidOutParagraph(block);
        List<Element> stale = new ArrayList<>();
        for (int i = 0; i < p.lines.size(); i++) stale.addAll(stale(p, i));
        if (!stale.isEmpty()) {
            for (Element e : stale) refuse(p.element, e);
            LineText.unwrap(stale);
            changed[0] = true;
            return;
        }
        if (!improve || !p.justified || p.lines.size() < 2 || !p.reachesEdge(right)) return;
        LinePlan.Input input = p.planInput(breaker, width, (kind, at) -> !refused.contains(new Spot(p.element, p.domOffset(at), kind)));
        if (follow(p, LinePlan.plan(input))) changed[1] = true;
    }

    /**
     * Makes the paragraph hold what the plan says, as far as the plan goes: the steps it does not
     * hold yet made, the plan's steps of an earlier layout it no longer has taken out.
     *
     * @return whether the paragraph changed
     */
    private boolean follow(LaidOutParagraph p, LinePlan.Plan plan) {
        Map<Spot, Element> made = made(p.element);
        Set<Spot> wanted = new HashSet<>();
        for (LinePlan.Step step : plan.steps()) {
            int offset = p.domOffset(step.at());
            if (offset >= 0) wanted.add(new Spot(p.element, offset, step.kind()));
        }
        int through = p.domOffsetBefore(plan.through());
        List<Element> dropped = new ArrayList<>();
        Set<Integer> droppedAt = new HashSet<>();
        made.forEach((spot, span) -> {
            if (spot.offset() < through && !wanted.contains(spot)) {
                dropped.add(span);
                droppedAt.add(spot.offset());
            }
        });
        LineText.unwrap(dropped);
        boolean changed = !dropped.isEmpty();
        for (LinePlan.Step step : plan.steps()) {
            int offset = p.domOffset(step.at());
            if (offset < 0 || made.containsKey(new Spot(p.element, offset, step.kind()))) continue;
            // a mark that changes from hanging to squeezed, or back, is put back first and changed after the next layout
            if (droppedAt.contains(offset)) continue;
            if (apply(p, step, offset)) {
                changed = true;
            } else {
                refused.add(new Spot(p.element, offset, step.kind()));
            }
        }
        return changed;
    }

    /** The hangs and squeezes the plans of earlier layouts put into a paragraph, by where they are. */
    private static Map<Spot, Element> made(Element block) {
        Map<Spot, Element> made = new HashMap<>();
        int offset = 0;
        for (Text node : LaidOutParagraph.textNodes(block)) {
            if (node.getParentNode() instanceof Element span && "span".equals(span.getTagName())
                    && span.getFirstChild() == node) {
                for (LinePlan.Kind kind : kinds(span)) made.put(new Spot(block, offset, kind), span);
            }
            offset += node.getLength();
        }
        return made;
    }

    /** Remembers a hang or squeeze of the block's that is taken out, so that no plan makes it again. */
    private void refuse(Element block, Element span) {
        if (block == null) return;
        int offset = LaidOutParagraph.offsetOf(block, span);
        if (offset < 0) return;
        for (LinePlan.Kind kind : kinds(span)) refused.add(new Spot(block, offset, kind));
    }

    /** The plan's changes a span holds, by its classes: a hang, a squeeze, or (a squeezed mark hanging) both. */
    private static List<LinePlan.Kind> kinds(Element span) {
        List<LinePlan.Kind> kinds = new ArrayList<>(2);
        if (LineText.hasClass(span, "hang")) kinds.add(LinePlan.Kind.HANG);
        if (LineText.hasClass(span, "squeeze")) kinds.add(LinePlan.Kind.SQUEEZE);
        return kinds;
    }

    /**
     * The hangs of line {@code i} that do not end it, or that the line would hold at full width;
     * its squeezes beyond what the line needs to hold what it holds.
     */
    private static List<Element> stale(LaidOutParagraph p, int i) {
        List<Element> stale = new ArrayList<>();
        LineBox line = p.lines.get(i);
        InlineText last = LineText.last(line);
        List<Element> squeezes = new ArrayList<>();
        float half = 0;
        for (InlineText t : LineText.all(line)) {
            Element hang = LineText.span(t, "hang");
            if (hang != null && (t != last || p.slack(i) >= LineText.em(t))) stale.add(hang);
            Element squeeze = LineText.span(t, "squeeze");
            if (squeeze != null && !squeezes.contains(squeeze)) {
                squeezes.add(squeeze);
                half = LineText.em(t) / 2;
            }
        }
        int spare = half == 0 ? 0 : (int) ((p.slack(i) + 0.5f) / half);
        stale.addAll(squeezes.subList(0, Math.min(spare, squeezes.size())));
        return stale;
    }

    /** Makes one step at {@code offset} of the paragraph's DOM text; false when it cannot be made. */
    private static boolean apply(LaidOutParagraph p, LinePlan.Step step, int offset) {
        if (step.kind() == LinePlan.Kind.SQUEEZE) {
            return LaidOutParagraph.squeeze(p.element, offset, LineText.span(p.textAt(step.at()), "run") != null);
        }
        // a mark set at half width before an opening mark ("，“") hangs at its full width
        Element half = LineText.span(p.textAt(step.at()), "pc");
        if (half != null) LineText.unwrap(List.of(half));
        LaidOutParagraph.wrap(p.element, offset, "hang");
        return true;
    }
}
