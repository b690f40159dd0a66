package org.baogao.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CFF faces of the packages in {@code .ci/run}, converted to TrueType outlines, against their
 * originals: sampled glyphs rasterised from both at 256 pixels per em, the metrics the line grid
 * and the line's length depend on, and the side bearings.
 *
 * <p>Tolerance: a pixel may differ only where the original's edge passes through it or a
 * neighbour (the quadratics stay within a font unit, a quarter of a pixel at this size), and over
 * all the samples at most 0.5 % of the ink pixels of the Chinese faces differ (3 % for the
 * braille dots, whose ink is mostly edge).
 */
class CffConversionTest {

    static final Path FANDOL = Path.of("/usr/local/share/fonts/fandol/FandolFang-Regular.otf");
    static final Path BRAILLE = Path.of("/usr/local/share/fonts/fandol/FandolBraille-Regular.otf");
    static final Path NOTO_BLACK = Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Black.ttc");
    static final int PX = 256;
    /** Common characters and the marks of a report: what the samples are drawn from. */
    static final String SAMPLE = "一人立用生言" + "根据县委关于召开年度民主生活会的通知要求本人围绕深入学习贯彻新时代中国特色社会主义思想"
            + "，。、；：？！“”‘’（）《》—…0123456789ABCxyz镕堃喆";

    static TrueTypeFont converted(FontFace face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(ConvertedFonts.shared().bytes(face, m -> { })));
    }

    static FontFace face(Path file, String name) {
        return new FontFace(file, name, List.of(name), 400, FontFace.Outlines.CFF, true);
    }

    @Test
    void fandolFangConvertedDrawsLikeTheOriginal() throws IOException {
        try (OpenTypeFont source = (OpenTypeFont) new OTFParser().parse(new RandomAccessReadBufferedFile(FANDOL.toFile()));
             TrueTypeFont out = converted(face(FANDOL, "FandolFang-Regular"))) {
            compare(source, out, SAMPLE, 60, 0.005);
        }
    }

    @Test
    void aFontThatIsNotCidKeyedConvertedDrawsLikeTheOriginal() throws IOException {
        StringBuilder braille = new StringBuilder();
        for (int cp = 0x2801; cp < 0x2900; cp += 3) braille.appendCodePoint(cp);
        try (OpenTypeFont source = (OpenTypeFont) new OTFParser().parse(new RandomAccessReadBufferedFile(BRAILLE.toFile()));
             TrueTypeFont out = converted(face(BRAILLE, "FandolBraille-Regular"))) {
            assertThat(source.getCFF().getFont()).isNotInstanceOf(CFFCIDFont.class);
            compare(source, out, braille.toString(), 60, 0.03);
        }
    }

    @Test
    void aFaceOfACollectionConvertedDrawsLikeTheOriginal() throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(NOTO_BLACK.toFile());
             TrueTypeFont out = converted(face(NOTO_BLACK, "NotoSerifCJKsc-Black"))) {
            compare((OpenTypeFont) ttc.getFontByName("NotoSerifCJKsc-Black"), out, SAMPLE, 60, 0.005);
        }
    }

    static void compare(OpenTypeFont source, TrueTypeFont out, String sample, int atLeast, double share) throws IOException {
        assertThat(out.getTableMap()).containsKeys("glyf", "loca", "hmtx", "cmap").doesNotContainKey("CFF ");
        assertThat(out.getNumberOfGlyphs()).isEqualTo(source.getNumberOfGlyphs());
        assertThat(out.getUnitsPerEm()).isEqualTo(source.getUnitsPerEm());
        // the line grid: the renderer places baselines by hhea's ascent and descent, which are the em box's
        assertThat((int) out.getHorizontalHeader().getAscender()).isEqualTo((int) source.getOS2Windows().getTypoAscender());
        assertThat((int) out.getHorizontalHeader().getDescender()).isEqualTo((int) source.getOS2Windows().getTypoDescender());
        assertThat(out.getOS2Windows().getTypoAscender()).isEqualTo(source.getOS2Windows().getTypoAscender());
        CFFFont cff = source.getCFF().getFont();
        CmapLookup cmap = source.getUnicodeCmapLookup();
        CmapLookup outCmap = out.getUnicodeCmapLookup();
        long ink = 0;
        long differ = 0;
        int compared = 0;
        for (int cp : sample.codePoints().toArray()) {
            int gid = cmap.getGlyphId(cp);
            if (gid == 0) continue;
            assertThat(outCmap.getGlyphId(cp)).as("U+%04X keeps its glyph", cp).isEqualTo(gid);
            // the PDF's ToUnicode map takes a glyph's first character: the ideograph, not a radical drawn alike
            assertThat(outCmap.getCharCodes(gid).get(0)).as("U+%04X is the first character of its glyph", cp).isEqualTo(cp);
            assertThat(out.getAdvanceWidth(gid)).as("U+%04X advance", cp).isEqualTo(source.getAdvanceWidth(gid));
            int selector = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            GeneralPath original = cff.getType2CharString(selector).getPath();
            GlyphData glyph = out.getGlyph().getGlyph(gid);
            GeneralPath path = glyph == null ? new GeneralPath() : glyph.getPath();
            if (glyph != null && glyph.getNumberOfContours() > 0) {
                // the left side bearing is the outline's left edge, or readers shift the glyph sideways
                assertThat(out.getHorizontalMetrics().getLeftSideBearing(gid)).as("U+%04X side bearing", cp)
                        .isEqualTo(Math.round(glyph.getBoundingBox().getLowerLeftX()));
            }
            boolean[] a = raster(original, out.getUnitsPerEm());
            boolean[] b = raster(path, out.getUnitsPerEm());
            long inkHere = 0;
            long differHere = 0;
            long offEdge = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i]) inkHere++;
                if (a[i] != b[i]) {
                    differHere++;
                    if (!nearEdge(a, i)) offEdge++;
                }
            }
            // a pixel may flip where the original's edge passes through it or its neighbour, nowhere else
            assertThat(offEdge).as("U+%04X %s: pixels that differ away from an edge", cp, new String(Character.toChars(cp)))
                    .isZero();
            ink += inkHere;
            differ += differHere;
            compared++;
        }
        assertThat(compared).as("sampled glyphs").isGreaterThan(atLeast);
        assertThat((double) differ / ink).as("ink pixels that differ over %d glyphs", compared).isLessThanOrEqualTo(share);
    }

    /** Whether a pixel or one of its eight neighbours lies on the other side of the original's edge. */
    static boolean nearEdge(boolean[] ink, int i) {
        int x = i % PX;
        int y = i / PX;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= PX || ny >= PX) continue;
                if (ink[ny * PX + nx] != ink[i]) return true;
            }
        }
        return false;
    }

    /** The outline filled at {@link #PX} pixels per em, without anti-aliasing: each pixel ink or not. */
    static boolean[] raster(GeneralPath path, int unitsPerEm) {
        BufferedImage img = new BufferedImage(PX, PX, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PX, PX);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double s = (double) PX / unitsPerEm;
        // font units are y-up from the baseline; the em box's descent is about an eighth of it
        AffineTransform t = new AffineTransform(s, 0, 0, -s, 0, PX * 0.88);
        g.setColor(Color.BLACK);
        g.fill(path.createTransformedShape(t));
        g.dispose();
        boolean[] ink = new boolean[PX * PX];
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < ink.length; i++) ink[i] = (data[i] & 0xFF) < 128;
        return ink;
    }

    @Test
    void theConversionIsTheSameEveryTime(@TempDir Path dir) throws IOException {
        FontFace face = face(BRAILLE, "FandolBraille-Regular");
        byte[] first = new ConvertedFonts(new ConversionCache(dir.resolve("a"))).bytes(face, m -> { });
        byte[] second = new ConvertedFonts(new ConversionCache(dir.resolve("b"))).bytes(face, m -> { });
        assertThat(second).isEqualTo(first);
    }
}
