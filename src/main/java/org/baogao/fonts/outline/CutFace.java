package org.baogao.fonts.outline;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What {@link GlyphCut} reads of a face, as FontBox gives it: read from FontBox's parse of the face
 * ({@link FontBoxFace}), or straight from the file's tables ({@link SfntFace}) for a face laid out
 * plainly, which needs no parse of the whole face first.
 */
public interface CutFace {

    /** The glyph of a character in the Unicode character map FontBox would use; 0 when none. */
    int glyphId(int codePoint);

    int numberOfGlyphs();

    /** The {@code loca} offsets into {@code glyf}, one more than the glyphs. */
    long[] glyphOffsets() throws IOException;

    /** Where {@code glyf} starts in {@link #data}. */
    long glyphTable() throws IOException;

    /** The face's file from its start, for reading glyphs in ascending order. */
    InputStream data() throws IOException;

    /** {@code hhea}'s numberOfHMetrics. */
    int horizontalMetrics();

    int advanceWidth(int gid);

    int leftSideBearing(int gid);

    /** A table's bytes as in the file; null when the face has none. */
    byte[] table(String tag) throws IOException;

    /** {@code maxp}'s fields after the glyph count, version 1.0 on; null for version 0.5. */
    int[] maximumProfile();

    /** The fields of {@code OS/2} the cut writes; null when the face has none. */
    Os2 os2();

    /** The name records, their strings decoded as FontBox decodes them; null when the face has no names. */
    List<Name> names();

    /** Whether {@code post} names the glyphs. */
    boolean namesGlyphs();

    /** A glyph's PostScript name, when {@link #namesGlyphs}. */
    String glyphName(int gid);

    /** One name record. */
    record Name(int platform, int encoding, int language, int id, String string) {}

    /**
     * The {@code OS/2} fields up to winDescent, but the Unicode ranges and character indexes,
     * which the cut writes as its own.
     */
    record Os2(int version, int averageCharWidth, int weightClass, int widthClass, int fsType, int[] scripts,
            int strikeoutSize, int strikeoutPosition, int familyClass, byte[] panose, String vendor, int fsSelection,
            int typoAscender, int typoDescender, int typoLineGap, int winAscent, int winDescent) {}
}
