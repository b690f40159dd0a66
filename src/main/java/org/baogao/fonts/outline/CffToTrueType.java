package org.baogao.fonts.outline;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.baogao.text.Messages;

/**
 * Rewrites an OpenType font with CFF (PostScript) outlines as a TrueType font with {@code glyf}
 * outlines, which PDFBox can subset and embed. Glyph ids, the names and each glyph's advance stay
 * as they were; each left side bearing becomes the new outline's left edge, as readers of
 * {@code hmtx} assume.
 * The CFF table and the tables that only make sense with it (VORG) or that name glyphs by
 * position for shaping the renderer does not do (GSUB, GPOS) are left out.
 *
 * <p>The character map is written anew (see {@link UnicodeCmap}), and the ascent and descent are
 * the em box's (see {@link #hhea}).
 *
 * <p>Only the glyphs a character reaches are converted; the others, which the source reaches
 * only through shaping the renderer does not do (the Japanese, Korean and Traditional forms of a
 * Pan-CJK face, vertical forms), stay in the font as empty glyphs, so that every glyph id keeps
 * its meaning: of Noto Serif CJK SC Black's 65,535 glyphs 44,232 are drawn, and the converted file,
 * which every build reads and checks and every rendering thread parses, shrinks accordingly.
 *
 * <p>FontBox keeps every glyph it has read, outline and all; for a 65,535-glyph face that is
 * more than a gigabyte. So the CFF data is read afresh for each {@link #GLYPHS_PER_READING}
 * glyphs, which costs a few hundredths of a second each time and bounds the memory.
 */
public final class CffToTrueType {

    /** Changes whenever the output for the same font would change: a cache entry of another version is made again. */
    public static final int VERSION = 3;
    /** The private table that names the converter and the source of a converted font. */
    public static final String MARKER_TABLE = "bgao";
    static final int GLYPHS_PER_READING = 4096;

    private CffToTrueType() {}

    /** Raised when the font's outlines cannot be read at all. */
    public static final class ConversionException extends IOException {
        ConversionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The converted font and its number of glyphs. */
    /** The converted font, its number of glyphs, and how many of them are drawn (reached by a character). */
    public record Result(byte[] font, int glyphs, int drawn) {}

    /**
     * @param marker written into the {@link #MARKER_TABLE}, to be found again by {@link #marker}
     */
    public static Result convert(TrueTypeFont source, String marker) throws IOException {
        TTFTable cffTable = source.getTableMap().get("CFF ");
        if (cffTable == null) throw new ConversionException(Messages.get("font.detail.no-cff"), null);
        byte[] cff = source.getTableBytes(cffTable);
        int glyphs = source.getNumberOfGlyphs();
        HorizontalMetricsTable hmtx = source.getHorizontalMetrics();
        CmapLookup unicode = source.getUnicodeCmapLookup(false);
        if (unicode == null) throw new ConversionException(Messages.get("font.detail.no-unicode"), null);
        Map<Integer, Integer> characters = UnicodeCmap.mappings(unicode, glyphs);
        BitSet drawn = new BitSet(glyphs);
        drawn.set(0); // .notdef, which a reader draws for a character the font lacks
        characters.values().forEach(drawn::set);
        int unitsPerEm = source.getUnitsPerEm();
        ByteArrayOutputStream glyf = new ByteArrayOutputStream(glyphs * 200);
        int[] loca = new int[glyphs + 1];
        TrueTypeFile.Table hmtxOut = new TrueTypeFile.Table();
        int xMin = Integer.MAX_VALUE, yMin = Integer.MAX_VALUE, xMax = Integer.MIN_VALUE, yMax = Integer.MIN_VALUE;
        int maxPoints = 0, maxContours = 0, advanceMax = 0, unreadable = 0;
        int minLsb = Integer.MAX_VALUE, minRsb = Integer.MAX_VALUE, maxExtent = Integer.MIN_VALUE;
        CFFFont font = null;
        AffineTransform scale = null;
        for (int gid = 0; gid < glyphs; gid++) {
            if (gid % GLYPHS_PER_READING == 0) {
                font = read(cff);
                scale = toUnits(font, unitsPerEm);
            }
            SimpleGlyph g;
            try {
                g = drawn.get(gid) ? SimpleGlyph.of(QuadraticContours.of(outline(font, gid, scale))) : SimpleGlyph.EMPTY;
            } catch (IOException | RuntimeException e) {
                // a glyph drawn as nothing would be a hole in the page where the source has a character
                g = SimpleGlyph.EMPTY;
                unreadable++;
            }
            loca[gid] = glyf.size();
            glyf.writeBytes(g.bytes());
            int advance = hmtx == null ? unitsPerEm : hmtx.getAdvanceWidth(gid);
            hmtxOut.u16(advance).u16(g.xMin());
            advanceMax = Math.max(advanceMax, advance);
            if (g.points() > 0) {
                xMin = Math.min(xMin, g.xMin());
                yMin = Math.min(yMin, g.yMin());
                xMax = Math.max(xMax, g.xMax());
                yMax = Math.max(yMax, g.yMax());
                minLsb = Math.min(minLsb, g.xMin());
                minRsb = Math.min(minRsb, advance - g.xMax());
                maxExtent = Math.max(maxExtent, g.xMax());
                maxPoints = Math.max(maxPoints, g.points());
                maxContours = Math.max(maxContours, g.contours());
            }
        }
        loca[glyphs] = glyf.size();
        if (xMin == Integer.MAX_VALUE) throw new ConversionException(Messages.get("font.detail.no-outline"), null);
        if (unreadable > 0) {
            throw new ConversionException(Messages.get("font.detail.unreadable-glyphs", unreadable, glyphs), null);
        }

        TrueTypeFile out = new TrueTypeFile();
        out.put("glyf", glyf.toByteArray());
        TrueTypeFile.Table locaOut = new TrueTypeFile.Table();
        for (int offset : loca) locaOut.u32(offset);
        out.put("loca", locaOut.done());
        out.put("hmtx", hmtxOut.done());
        out.put("head", head(required(source, "head"), xMin, yMin, xMax, yMax));
        out.put("hhea", hhea(required(source, "hhea"), source.getOS2Windows(), advanceMax, minLsb, minRsb, maxExtent, glyphs));
        out.put("maxp", maxp(glyphs, maxPoints, maxContours));
        out.put("post", post(source));
        out.put("cmap", UnicodeCmap.table(characters));
        for (String kept : List.of("name", "OS/2")) {
            TTFTable t = source.getTableMap().get(kept);
            if (t != null) out.put(kept, source.getTableBytes(t));
        }
        out.put(MARKER_TABLE, marker.getBytes(StandardCharsets.UTF_8));
        return new Result(out.bytes(), glyphs, drawn.cardinality());
    }

    /** The marker a converted font was written with, or null when it has none (not ours, or damaged). */
    public static String marker(byte[] font) {
        return TrueTypeFile.table(font, MARKER_TABLE).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    /** What is wrong with a converted font's file, or null when it is whole. */
    public static String damage(byte[] font) {
        return TrueTypeFile.damage(font).orElse(null);
    }

    private static CFFFont read(byte[] cff) throws IOException {
        List<CFFFont> fonts = new CFFParser().parse(new RandomAccessReadBuffer(cff));
        if (fonts.isEmpty()) throw new ConversionException(Messages.get("font.detail.empty-cff"), null);
        return fonts.get(0);
    }

    /** From the CFF's own units (its FontMatrix) to the font's units per em, when they differ. */
    private static AffineTransform toUnits(CFFFont font, int unitsPerEm) {
        List<Number> m = font.getFontMatrix();
        if (m == null || m.size() < 4) return null;
        double sx = m.get(0).doubleValue() * unitsPerEm;
        double sy = m.get(3).doubleValue() * unitsPerEm;
        if (Math.abs(sx - 1) < 1e-9 && Math.abs(sy - 1) < 1e-9) return null;
        return AffineTransform.getScaleInstance(sx, sy);
    }

    /** The outline of a glyph: a CID-keyed font names its glyphs by CID, through the charset. */
    private static GeneralPath outline(CFFFont font, int gid, AffineTransform scale) throws IOException {
        int selector = font instanceof CFFCIDFont ? font.getCharset().getCIDForGID(gid) : gid;
        GeneralPath path = font.getType2CharString(selector).getPath();
        if (scale != null) {
            path = (GeneralPath) path.clone();
            path.transform(scale);
        }
        return path;
    }

    private static byte[] required(TrueTypeFont source, String tag) throws IOException {
        TTFTable t = source.getTableMap().get(tag);
        if (t == null) throw new ConversionException(Messages.get("font.detail.no-table", tag), null);
        return source.getTableBytes(t);
    }

    /** The source's header with the new bounds and long glyph offsets; the dates stay, so the output is the same every time. */
    private static byte[] head(byte[] source, int xMin, int yMin, int xMax, int yMax) throws ConversionException {
        if (source.length < 54) throw new ConversionException(Messages.get("font.detail.short-table", "head"), null);
        byte[] t = source.clone();
        ByteBuffer.wrap(t).putShort(36, (short) xMin).putShort(38, (short) yMin).putShort(40, (short) xMax)
                .putShort(42, (short) yMax).putShort(50, (short) 1).putShort(52, (short) 0);
        return java.util.Arrays.copyOf(t, 54);
    }

    /**
     * The ascent and descent of the ideographic em box (OS/2's typographic ones, 880 and −120 in
     * Noto and Fandol), where the renderer reads hhea's: the renderer places a line's baseline by
     * them, and Noto's hhea (1160 and −288, room for Vietnamese stacks) would move every title
     * and heading line off the grid the TrueType faces keep.
     */
    private static byte[] hhea(byte[] source, OS2WindowsMetricsTable os2, int advanceMax, int minLsb, int minRsb,
            int maxExtent, int glyphs) throws ConversionException {
        if (source.length < 36) throw new ConversionException(Messages.get("font.detail.short-table", "hhea"), null);
        byte[] t = java.util.Arrays.copyOf(source, 36);
        ByteBuffer b = ByteBuffer.wrap(t);
        if (os2 != null && os2.getTypoAscender() > 0 && os2.getTypoAscender() - os2.getTypoDescender() > 0) {
            b.putShort(4, (short) os2.getTypoAscender()).putShort(6, (short) os2.getTypoDescender())
                    .putShort(8, (short) os2.getTypoLineGap());
        }
        b.putShort(10, (short) advanceMax).putShort(12, (short) minLsb).putShort(14, (short) minRsb)
                .putShort(16, (short) maxExtent).putShort(34, (short) glyphs);
        return t;
    }

    private static byte[] maxp(int glyphs, int maxPoints, int maxContours) {
        TrueTypeFile.Table t = new TrueTypeFile.Table().u32(0x00010000L).u16(glyphs).u16(maxPoints).u16(maxContours)
                .u16(0).u16(0) // no composite glyphs
                .u16(2); // zones: the twilight zone and the glyph's, as without instructions
        for (int i = 0; i < 8; i++) t.u16(0); // no hinting: no storage, functions, stack or components
        return t.done();
    }

    /** Version 3: the same italic angle and underline, no glyph names (a CJK font's are only CIDs). */
    private static byte[] post(TrueTypeFont source) throws IOException {
        TTFTable t = source.getTableMap().get("post");
        byte[] head = t == null ? new byte[16] : java.util.Arrays.copyOf(source.getTableNBytes(t, 16), 16);
        ByteBuffer.wrap(head).putInt(0, 0x00030000);
        return new TrueTypeFile.Table().bytes(head).bytes(new byte[16]).done();
    }
}
