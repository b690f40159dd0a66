package org.baogao.fonts;

import java.io.IOException;
import java.util.Locale;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Where the page numbers go: GB/T 9704 7.5 puts the dashes of "— 1 —" 7 mm below the text block
 * ("一字线上距版心下边缘7mm"), the dashes themselves, not their line. A dash is drawn at the
 * height of the font's middle, so the padding above the number's line is 7 mm less the distance
 * from the line's top to the dash's upper edge, measured in the face that prints it.
 *
 * <p>The renderer puts a line's baseline at half the leading plus the ascent below its top, with
 * ascent and descent from the font's {@code hhea} (for a converted CFF face, its em box).
 */
final class PageNumberPlacement {

    static final float MM = 72f / 25.4f;
    /** 4号: the page numbers' size, and their line's height. */
    static final float SIZE = 14f;
    static final float BELOW_TEXT_BLOCK = 7 * MM;
    static final int DASH = '—';

    private PageNumberPlacement() {}

    /** The padding in points, or 7 mm when the face has no dash to measure. */
    static float padding(TrueTypeFont font) throws IOException {
        int gid = font.getUnicodeCmapLookup(false) == null ? 0 : font.getUnicodeCmapLookup(false).getGlyphId(DASH);
        GlyphData dash = gid == 0 ? null : font.getGlyph().getGlyph(gid);
        HorizontalHeaderTable hhea = font.getHorizontalHeader();
        if (dash == null || dash.getNumberOfContours() <= 0 || hhea == null) return BELOW_TEXT_BLOCK;
        float em = font.getUnitsPerEm();
        float ascent = hhea.getAscender() / em;
        float descent = -hhea.getDescender() / em;
        float baseline = (SIZE - (ascent + descent) * SIZE) / 2 + ascent * SIZE;
        float dashTop = baseline - dash.getYMaximum() / em * SIZE;
        return BELOW_TEXT_BLOCK - dashTop;
    }

    static String css(float points) {
        return String.format(Locale.ROOT, "%.2fpt", points);
    }
}
