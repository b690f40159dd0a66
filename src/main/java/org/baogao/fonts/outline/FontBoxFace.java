package org.baogao.fonts.outline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.MaximumProfileTable;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/** A face as FontBox parsed it, whole. */
public final class FontBoxFace implements CutFace {

    private final TrueTypeFont face;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable metrics;
    private final int horizontalMetrics;

    public FontBoxFace(TrueTypeFont face) throws IOException {
        this.face = face;
        this.cmap = face.getUnicodeCmapLookup();
        this.metrics = face.getHorizontalMetrics();
        this.horizontalMetrics = face.getHorizontalHeader().getNumberOfHMetrics();
    }

    @Override
    public int glyphId(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    @Override
    public int numberOfGlyphs() {
        try {
            return face.getNumberOfGlyphs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long[] glyphOffsets() throws IOException {
        return face.getIndexToLocation().getOffsets();
    }

    @Override
    public long glyphTable() throws IOException {
        return face.getGlyph().getOffset();
    }

    @Override
    public InputStream data() throws IOException {
        return face.getOriginalData();
    }

    @Override
    public int horizontalMetrics() {
        return horizontalMetrics;
    }

    @Override
    public int advanceWidth(int gid) {
        return metrics.getAdvanceWidth(gid);
    }

    @Override
    public int leftSideBearing(int gid) {
        return metrics.getLeftSideBearing(gid);
    }

    @Override
    public byte[] table(String tag) throws IOException {
        TTFTable t = face.getTableMap().get(tag);
        return t == null ? null : face.getTableBytes(t);
    }

    @Override
    public int[] maximumProfile() {
        try {
            MaximumProfileTable p = face.getMaximumProfile();
            if (p.getVersion() < 1.0f) return null;
            return new int[] {p.getMaxPoints(), p.getMaxContours(), p.getMaxCompositePoints(), p.getMaxCompositeContours(),
                    p.getMaxZones(), p.getMaxTwilightPoints(), p.getMaxStorage(), p.getMaxFunctionDefs(),
                    p.getMaxInstructionDefs(), p.getMaxStackElements(), p.getMaxSizeOfInstructions(),
                    p.getMaxComponentElements(), p.getMaxComponentDepth()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Os2 os2() {
        try {
            OS2WindowsMetricsTable o = face.getOS2Windows();
            if (o == null) return null;
            return new Os2(o.getVersion(), o.getAverageCharWidth(), o.getWeightClass(), o.getWidthClass(), o.getFsType(),
                    new int[] {o.getSubscriptXSize(), o.getSubscriptYSize(), o.getSubscriptXOffset(), o.getSubscriptYOffset(),
                            o.getSuperscriptXSize(), o.getSuperscriptYSize(), o.getSuperscriptXOffset(), o.getSuperscriptYOffset()},
                    o.getStrikeoutSize(), o.getStrikeoutPosition(), o.getFamilyClass(), o.getPanose(), o.getAchVendId(),
                    o.getFsSelection(), o.getTypoAscender(), o.getTypoDescender(), o.getTypoLineGap(), o.getWinAscent(),
                    o.getWinDescent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Name> names() {
        try {
            NamingTable naming = face.getNaming();
            if (naming == null) return null;
            return naming.getNameRecords().stream()
                    .map(r -> new Name(r.getPlatformId(), r.getPlatformEncodingId(), r.getLanguageId(), r.getNameId(), r.getString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean namesGlyphs() {
        try {
            PostScriptTable post = face.getPostScript();
            return post != null && post.getGlyphNames() != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String glyphName(int gid) {
        try {
            return face.getPostScript().getName(gid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
