package org.baogao.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntBiFunction;

import org.w3c.dom.Element;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
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
 */
final class LineEnds {

    /** Closing marks that may hang: those that may not start a line. */
    static final String HANGING = "，。、；：？！）》」』】”’〕";
    /** Opening marks, which stay with the character after them. */
    static final String OPENING = "（《「『【“‘〔";

    /** A change at a position in a block's text, as the DOM holds it: the same in every layout. */
    private record Spot(Element block, int offset, LinePlan.Kind kind) {}

    /** Changes made so far, each remembered when made: one taken out again is not made again. */
    private final Set<Spot> tried = new HashSet<>();
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
        List<Element> broken = BrokenRuns.in(block);
        if (!broken.isEmpty()) {
            BrokenRuns.undo(broken);
            changed[0] = true;
            return;
        }
        LaidOutParagraph p = new LaidOutParagraph(block);
        List<Element> stale = new ArrayList<>();
        for (int i = 0; i < p.lines.size(); i++) stale.addAll(stale(p, i));
        if (!stale.isEmpty()) {
            LineText.unwrap(stale);
            changed[0] = true;
            return;
        }
        if (!improve || !p.justified || p.lines.size() < 2 || !p.reachesEdge(right)) return;
        LinePlan.Input input = p.planInput(breaker, width, (kind, at) -> !tried.contains(new Spot(p.element, p.domOffset(at), kind)));
        for (LinePlan.Step step : LinePlan.plan(input)) {
            if (apply(p, step)) changed[1] = true;
        }
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

    private boolean apply(LaidOutParagraph p, LinePlan.Step step) {
        int offset = p.domOffset(step.at());
        if (offset < 0 || !tried.add(new Spot(p.element, offset, step.kind()))) return false;
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
