package org.baogao.fonts.outline;

import java.awt.geom.PathIterator;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A glyph's PostScript outline (lines and cubic curves, in font units) as TrueType contours:
 * integer points, on or off the curve, each cubic replaced by quadratics that stay within
 * {@link #TOLERANCE} of it, and the contours turned clockwise as TrueType wants them.
 */
final class QuadraticContours {

    /**
     * How far a quadratic may stray from the cubic it replaces, in font units, before rounding
     * to the integer grid adds at most half a unit: within one unit in all.
     */
    static final double TOLERANCE = 0.5;
    /** √3 / 36: the distance between a cubic and the one quadratic through its end points, per unit of its third difference. */
    private static final double ERROR_PER_THIRD_DIFFERENCE = Math.sqrt(3) / 36;
    /** A cubic is never cut into more pieces than this, whatever the numbers say (a degenerate curve). */
    private static final int MAX_PIECES = 64;

    /** One contour: x, y and whether each point is on the curve. */
    record Contour(int[] x, int[] y, boolean[] on) {
        int size() {
            return x.length;
        }
    }

    private QuadraticContours() {}

    static List<Contour> of(Path2D path) {
        List<Contour> contours = new ArrayList<>();
        Builder current = null;
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    if (current != null) current.finish(contours);
                    current = new Builder();
                    current.on(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    if (current == null) current = startAt(lastX, lastY);
                    current.on(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    if (current == null) current = startAt(lastX, lastY);
                    current.off(c[0], c[1]);
                    current.on(c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    if (current == null) current = startAt(lastX, lastY);
                    cubic(current, lastX, lastY, c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> {
                    if (current != null) current.finish(contours);
                    current = null;
                }
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        if (current != null) current.finish(contours);
        return contours;
    }

    private static Builder startAt(double x, double y) {
        Builder b = new Builder();
        b.on(x, y);
        return b;
    }

    /**
     * Cuts the cubic into n equal pieces of its parameter, n the fewest whose single quadratics
     * stay within the tolerance: the error of one quadratic falls with the cube of n.
     */
    private static void cubic(Builder out, double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        double dx = x3 - 3 * x2 + 3 * x1 - x0;
        double dy = y3 - 3 * y2 + 3 * y1 - y0;
        double error = ERROR_PER_THIRD_DIFFERENCE * Math.hypot(dx, dy);
        int n = error <= TOLERANCE ? 1 : (int) Math.min(MAX_PIECES, Math.ceil(Math.cbrt(error / TOLERANCE)));
        for (int i = 0; i < n; i++) {
            double t0 = (double) i / n;
            double t1 = (double) (i + 1) / n;
            // the piece's own control points, by evaluating the cubic and its derivative at both ends
            double ax = at(x0, x1, x2, x3, t0);
            double ay = at(y0, y1, y2, y3, t0);
            double bx = at(x0, x1, x2, x3, t1);
            double by = at(y0, y1, y2, y3, t1);
            double h = (t1 - t0) / 3;
            double c1x = ax + h * slope(x0, x1, x2, x3, t0);
            double c1y = ay + h * slope(y0, y1, y2, y3, t0);
            double c2x = bx - h * slope(x0, x1, x2, x3, t1);
            double c2y = by - h * slope(y0, y1, y2, y3, t1);
            // the quadratic nearest to that cubic piece: its control point from both ends' tangents, averaged
            out.off((3 * (c1x + c2x) - (ax + bx)) / 4, (3 * (c1y + c2y) - (ay + by)) / 4);
            if (i == n - 1) out.on(x3, y3);
            else out.on(bx, by);
        }
    }

    private static double at(double p0, double p1, double p2, double p3, double t) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }

    private static double slope(double p0, double p1, double p2, double p3, double t) {
        double u = 1 - t;
        return 3 * (u * u * (p1 - p0) + 2 * u * t * (p2 - p1) + t * t * (p3 - p2));
    }

    /** The points of one contour as they come, rounded to the grid. */
    private static final class Builder {
        private final List<int[]> points = new ArrayList<>();

        void on(double x, double y) {
            add(x, y, 1);
        }

        void off(double x, double y) {
            add(x, y, 0);
        }

        private void add(double x, double y, int on) {
            int ix = (int) Math.round(x);
            int iy = (int) Math.round(y);
            if (!points.isEmpty()) {
                int[] last = points.get(points.size() - 1);
                // a line of zero length adds nothing
                if (on == 1 && last[2] == 1 && last[0] == ix && last[1] == iy) return;
            }
            points.add(new int[] {ix, iy, on});
        }

        /**
         * Ends the contour: the closing point that repeats the first goes, the order is reversed
         * (PostScript outer contours run anticlockwise, TrueType's clockwise), and an on-curve
         * point exactly midway between two off-curve ones is left implied.
         */
        void finish(List<Contour> contours) {
            if (points.size() > 1) {
                int[] first = points.get(0);
                int[] last = points.get(points.size() - 1);
                if (last[2] == 1 && last[0] == first[0] && last[1] == first[1]) points.remove(points.size() - 1);
            }
            if (points.size() < 2) return; // a lone point draws nothing
            List<int[]> reversed = new ArrayList<>(points.size());
            reversed.add(points.get(0));
            for (int i = points.size() - 1; i > 0; i--) reversed.add(points.get(i));
            List<int[]> kept = new ArrayList<>(reversed.size());
            int n = reversed.size();
            for (int i = 0; i < n; i++) {
                int[] p = reversed.get(i);
                if (i > 0 && p[2] == 1) {
                    int[] before = reversed.get(i - 1);
                    int[] after = reversed.get((i + 1) % n);
                    if (before[2] == 0 && after[2] == 0 && before[0] + after[0] == 2 * p[0] && before[1] + after[1] == 2 * p[1]) {
                        continue;
                    }
                }
                kept.add(p);
            }
            int[] x = new int[kept.size()];
            int[] y = new int[kept.size()];
            boolean[] on = new boolean[kept.size()];
            for (int i = 0; i < kept.size(); i++) {
                x[i] = kept.get(i)[0];
                y[i] = kept.get(i)[1];
                on[i] = kept.get(i)[2] == 1;
            }
            contours.add(new Contour(x, y, on));
        }
    }
}
