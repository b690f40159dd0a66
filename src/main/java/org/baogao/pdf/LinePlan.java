package org.baogao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the lines of a paragraph end when closing marks may hang and be squeezed, as Word sets
 * Chinese: worked out from the advances of the laid-out characters, for the whole paragraph at
 * once, instead of laying the page out again after each change.
 *
 * <p>The plan is a function of the paragraph alone: its input is the paragraph as it would be set
 * without any of the plan's hangs and squeezes, so that the layout a plan gives, read again, gives
 * the same plan, and a page settles in the layout after its plan is made. (Planned on the laid-out
 * page instead, a line that gave its last mark to the margin had room to take the next character
 * too, once that mark was taken for nothing: the next layout moved every line after it.)
 *
 * <p>Line by line from the top, the line takes what fits, as the renderer's breaker does. When the
 * next piece no line break may part (a character and the marks after it, "差距。"; an opening mark
 * and its character, "“一"; a paragraph's last two characters, kept together) does not fit, the
 * line takes it all the same where it can, the way Word and clreq ("Requirements for Chinese Text
 * Layout", 3.5, line adjustment: reduce before expanding) do it:
 * <ol>
 * <li>its last mark hangs in the margin (允许标点溢出边界), if the rest fits; but where that
 * leaves the line short (the renderer would spread it, its characters off the grid's columns),
 * squeezes as below that hold the whole piece inside are taken instead, when they leave less room;
 * <li>else marks of the line set at a full character lose the empty half of their square (挤进),
 * at most {@link #MOST_SQUEEZES} of them, the nearest the line's end first, with the last mark
 * hanging if it is one; the line's last character inside the block is never squeezed, as it would
 * end the line short.
 * </ol>
 * Otherwise the piece starts the next line, and the renderer spreads the line to both edges.
 */
final class LinePlan {

    /**
     * Marks a line may squeeze: each gives half a character, two a character, which is what
     * an opening mark and its character, or a character and two marks, need beyond a line's
     * room. More would crowd a line visibly.
     */
    static final int MOST_SQUEEZES = 2;
    /** Widths are the renderer's whole units; this absorbs the float sums. */
    private static final float EPSILON = 0.5f;

    enum Kind { HANG, SQUEEZE }

    /** A change to one character: hang it, or squeeze it to half its width. */
    record Step(Kind kind, int at) {}

    /**
     * The steps for the lines the input describes, and how far that is: the start of the first line
     * not planned (the paragraph's length when all of it is), which the next layout may show more of.
     */
    record Plan(List<Step> steps, int through) {}

    /**
     * A paragraph's characters (UTF-16 units) as the planner sees them.
     *
     * @param advance each one's advance as set without the plan's steps (a mark the plan hangs or
     *                squeezes at its full width; one set at half width before another mark half);
     *                NaN where it is not known (a Latin word split across texts, an image)
     * @param squeeze how much narrower each may be set; 0 where it may not
     * @param hang    whether each may hang in the margin when it ends a line
     * @param breaks  whether a line may end before each one
     * @param first   the width of the first line, after its indent
     * @param rest    the width of the others
     * @param known   how many characters from the start the layout bears the advances out for:
     *                lines are planned only as far as that
     */
    record Input(float[] advance, float[] squeeze, boolean[] hang, boolean[] breaks, float first, float rest, int known) {
        int length() {
            return advance.length;
        }
    }

    private LinePlan() {}

    /** Where each line ends, as the renderer breaks them with the input's advances: the start of each line after the first. */
    static List<Integer> lineStarts(Input in) {
        List<Integer> starts = new ArrayList<>();
        int s = 0;
        for (int line = 0; ; line++) {
            int e = fill(in, in.advance, s, width(in, line)).end;
            if (e >= in.length() || e == s) return starts;
            starts.add(e);
            s = e;
        }
    }

    /** The steps that give each line of the paragraph all it can hold, top to bottom. */
    static Plan plan(Input in) {
        List<Step> steps = new ArrayList<>();
        float[] advance = in.advance.clone();
        boolean[] squeezed = new boolean[in.length()];
        int s = 0;
        for (int line = 0; s < in.length(); line++) {
            float width = width(in, line);
            Fill f = fill(in, advance, s, width);
            int e = f.end;
            if (e >= in.length()) return new Plan(steps, in.length());
            // a piece wider than a line: the renderer breaks it as it can, which the plan does not know
            if (e == s) return new Plan(steps, s);
            int q = nextBreak(in, e);
            if (q > in.known) return new Plan(steps, s);
            float piece = sum(advance, e, q);
            if (Float.isNaN(piece) || Float.isNaN(f.width)) return new Plan(steps, s);
            float room = width - f.width;
            // a full line keeps what it holds (the block is a little wider than its characters):
            // hangs and squeezes only make up for a character or half of one the line gave away
            if (room < advance[e] / 4) {
                s = e;
                continue;
            }
            int last = q - 1;
            boolean hang = in.hang[last] && advance[last] > 0;
            List<Integer> squeezes = null;
            if (hang) squeezes = pick(in, advance, squeezed, s, last - 1, piece - advance[last] - room);
            float left = squeezes == null ? 0 : room + saved(in, squeezes) - (piece - advance[last]);
            if (squeezes != null && left >= advance[e] / 4) {
                // the mark would hang from a line that is not full: spread to the edge, its characters
                // leave the grid's columns; squeezed in, it fills the line, if that leaves less room
                List<Integer> inside = pick(in, advance, squeezed, s, last, piece - room);
                if (inside != null && room + saved(in, inside) - piece < left) {
                    squeezes = inside;
                    hang = false;
                } else if (q == in.length()) {
                    // the paragraph's last line is not spread to the edge: a mark hangs there only if the line is full
                    squeezes = null;
                }
            }
            if (squeezes == null) {
                hang = false;
                squeezes = pick(in, advance, squeezed, s, last, piece - room);
            }
            if (squeezes != null) {
                for (int k : squeezes) {
                    steps.add(new Step(Kind.SQUEEZE, k));
                    advance[k] -= in.squeeze[k];
                    squeezed[k] = true;
                }
                if (hang) {
                    steps.add(new Step(Kind.HANG, last));
                    advance[last] = 0;
                }
                e = q;
            }
            s = e;
        }
        return new Plan(steps, in.length());
    }

    private static float saved(Input in, List<Integer> squeezes) {
        float saved = 0;
        for (int k : squeezes) saved += in.squeeze[k];
        return saved;
    }

    private static float width(Input in, int line) {
        return line == 0 ? in.first : in.rest;
    }

    /**
     * The marks before {@code end} (the line's last character inside the block, never squeezed)
     * and from {@code from} that give {@code need} when squeezed, the nearest the end first; none
     * when nothing is needed, null when they cannot.
     */
    private static List<Integer> pick(Input in, float[] advance, boolean[] squeezed, int from, int end, float need) {
        List<Integer> out = new ArrayList<>();
        float saved = 0;
        for (int k = end - 1; k >= from && saved < need - EPSILON; k--) {
            if (in.squeeze[k] <= 0 || squeezed[k] || Float.isNaN(advance[k])) continue;
            if (out.size() == MOST_SQUEEZES) return null;
            out.add(k);
            saved += in.squeeze[k];
        }
        return saved >= need - EPSILON ? out : null;
    }

    private record Fill(int end, float width) {}

    /** What a line starting at {@code s} holds: the pieces that fit, as the renderer's breaker takes them. */
    private static Fill fill(Input in, float[] advance, int s, float width) {
        int e = s;
        float w = 0;
        while (e < in.length()) {
            int q = nextBreak(in, e);
            float piece = sum(advance, e, q);
            if (Float.isNaN(piece) || w + piece > width + EPSILON) break;
            w += piece;
            e = q;
        }
        return new Fill(e, w);
    }

    private static int nextBreak(Input in, int from) {
        int q = from + 1;
        while (q < in.length() && !in.breaks[q]) q++;
        return q;
    }

    private static float sum(float[] advance, int from, int to) {
        float w = 0;
        for (int k = from; k < to; k++) w += advance[k];
        return w;
    }
}
