package org.baogao.fonts.outline;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A glyph of the TrueType {@code glyf} table written from its contours: no instructions, each
 * coordinate stored in one byte where it fits, as the format allows.
 *
 * @param bytes  the glyph's entry, empty for a glyph without contours (a space)
 * @param xMin   the left edge of its outline: its left side bearing in {@code hmtx}
 * @param points how many points, for {@code maxp}
 */
record SimpleGlyph(byte[] bytes, int xMin, int yMin, int xMax, int yMax, int points, int contours) {

    private static final int ON_CURVE = 0x01;
    private static final int X_SHORT = 0x02;
    private static final int Y_SHORT = 0x04;
    private static final int X_SAME_OR_POSITIVE = 0x10;
    private static final int Y_SAME_OR_POSITIVE = 0x20;

    static final SimpleGlyph EMPTY = new SimpleGlyph(new byte[0], 0, 0, 0, 0, 0, 0);

    static SimpleGlyph of(List<QuadraticContours.Contour> contours) {
        int total = 0;
        for (QuadraticContours.Contour c : contours) total += c.size();
        if (total == 0) return EMPTY;
        int[] xs = new int[total];
        int[] ys = new int[total];
        boolean[] on = new boolean[total];
        int[] ends = new int[contours.size()];
        int k = 0;
        for (int i = 0; i < contours.size(); i++) {
            QuadraticContours.Contour c = contours.get(i);
            System.arraycopy(c.x(), 0, xs, k, c.size());
            System.arraycopy(c.y(), 0, ys, k, c.size());
            System.arraycopy(c.on(), 0, on, k, c.size());
            k += c.size();
            ends[i] = k - 1;
        }
        int xMin = Integer.MAX_VALUE, yMin = Integer.MAX_VALUE, xMax = Integer.MIN_VALUE, yMax = Integer.MIN_VALUE;
        for (int i = 0; i < total; i++) {
            xMin = Math.min(xMin, xs[i]);
            xMax = Math.max(xMax, xs[i]);
            yMin = Math.min(yMin, ys[i]);
            yMax = Math.max(yMax, ys[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + total * 5);
        short16(out, contours.size());
        short16(out, xMin);
        short16(out, yMin);
        short16(out, xMax);
        short16(out, yMax);
        for (int e : ends) short16(out, e);
        short16(out, 0); // no instructions
        byte[] flags = new byte[total];
        ByteArrayOutputStream xBytes = new ByteArrayOutputStream(total * 2);
        ByteArrayOutputStream yBytes = new ByteArrayOutputStream(total * 2);
        int px = 0, py = 0;
        for (int i = 0; i < total; i++) {
            int f = on[i] ? ON_CURVE : 0;
            f |= coordinate(xs[i] - px, X_SHORT, X_SAME_OR_POSITIVE, xBytes);
            f |= coordinate(ys[i] - py, Y_SHORT, Y_SAME_OR_POSITIVE, yBytes);
            flags[i] = (byte) f;
            px = xs[i];
            py = ys[i];
        }
        out.writeBytes(flags);
        out.writeBytes(xBytes.toByteArray());
        out.writeBytes(yBytes.toByteArray());
        // entries are kept to even lengths, so that every offset in loca is even as readers expect
        if (out.size() % 2 != 0) out.write(0);
        return new SimpleGlyph(out.toByteArray(), xMin, yMin, xMax, yMax, total, contours.size());
    }

    /** Writes one delta and returns its flag bits: none for a zero ("same"), one byte up to 255, else two. */
    private static int coordinate(int delta, int shortBit, int sameOrPositiveBit, ByteArrayOutputStream out) {
        if (delta == 0) return sameOrPositiveBit;
        if (delta >= -255 && delta <= 255) {
            out.write(Math.abs(delta));
            return shortBit | (delta > 0 ? sameOrPositiveBit : 0);
        }
        short16(out, delta);
        return 0;
    }

    private static void short16(ByteArrayOutputStream out, int v) {
        out.write((v >> 8) & 0xFF);
        out.write(v & 0xFF);
    }
}
