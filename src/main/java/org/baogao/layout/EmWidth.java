package org.baogao.layout;

/**
 * Widths of text in ems, as Chinese typesetting counts them ("字"): a Chinese character or
 * full-width form is one, a Latin letter or digit half. Exact enough for the fonts of official
 * documents, whose Latin glyphs are half-width.
 */
public final class EmWidth {
    private EmWidth() {}

    public static double of(int codePoint) {
        return codePoint < 0x1100 || codePoint >= 0xFF61 && codePoint <= 0xFFDC ? 0.5 : 1.0;
    }

    public static double of(String text) {
        return text.codePoints().mapToDouble(EmWidth::of).sum();
    }
}
