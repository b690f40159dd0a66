package org.baogao.fonts.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;

/**
 * A face read straight from its tables against FontBox's parse of it: every character's glyph the
 * same, and the cut of a page's characters and of two thousand spread over the face the same file
 * byte for byte, for the TrueType faces of {@code .ci/run}, a face of a collection and a converted
 * CFF face; a face FontBox would read otherwise is left to FontBox.
 */
class SfntFaceTest {

    static final Path KAI = Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");

    static void sameAsFontBox(byte[] file, int at, TrueTypeFont parsed) throws IOException {
        SfntFace plain = SfntFace.read(file, at).orElseThrow(() -> new AssertionError("not read plainly"));
        CmapLookup cmap = parsed.getUnicodeCmapLookup();
        for (int c = 0; c <= 0x10FFFF; c++) {
            if (plain.glyphId(c) != cmap.getGlyphId(c)) {
                assertThat(plain.glyphId(c)).as("glyph of U+%04X", c).isEqualTo(cmap.getGlyphId(c));
            }
        }
        for (Set<Integer> chars : List.of(GlyphCutTest.page(), GlyphCutTest.spread(parsed, 2000))) {
            assertThat(GlyphCut.of(plain, chars, GlyphCutTest.TABLES)).isEqualTo(GlyphCut.of(parsed, chars, GlyphCutTest.TABLES));
        }
    }

    @Test
    void theTrueTypeFacesReadAsFontBoxReadsThem() throws IOException {
        for (Path path : List.of(GlyphCutTest.SONG, KAI, GlyphCutTest.WENKAI, GlyphCutTest.DROID)) {
            byte[] file = Files.readAllBytes(path);
            sameAsFontBox(file, 0, new TTFParser().parse(new RandomAccessReadBuffer(file)));
        }
    }

    @Test
    void theFacesOfACollectionReadAsFontBoxReadsThem() throws IOException {
        byte[] file = Files.readAllBytes(GlyphCutTest.MICROHEI);
        try (TrueTypeCollection ttc = new TrueTypeCollection(GlyphCutTest.MICROHEI.toFile())) {
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            assertThat(faces).hasSizeGreaterThan(1);
            for (int i = 0; i < faces.size(); i++) sameAsFontBox(file, ByteBuffer.wrap(file).getInt(12 + 4 * i), faces.get(i));
        }
    }

    @Test
    void aConvertedFaceReadsAsFontBoxReadsIt() throws IOException {
        byte[] converted = CffToTrueType.convert(new OTFParser().parse(
                new RandomAccessReadBufferedFile(GlyphCutTest.BRAILLE.toFile())), "test").font();
        sameAsFontBox(converted, 0, new TTFParser().parse(new RandomAccessReadBuffer(converted)));
    }

    /** A damaged face (glyph locations running backwards, a file cut short) is FontBox's to parse, and to say what is wrong. */
    @Test
    void aDamagedFaceIsNotReadPlainly() throws IOException {
        byte[] file = Files.readAllBytes(GlyphCutTest.SONG);
        TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBuffer(file));
        int gid = whole.getUnicodeCmapLookup().getGlyphId('一');
        long loca = whole.getTableMap().get("loca").getOffset();
        boolean shortFormat = whole.getHeader().getIndexToLocFormat() == 0;
        assertThat(SfntFace.read(file)).isPresent();
        int entry = (int) loca + (gid + 1) * (shortFormat ? 2 : 4);
        byte[] damaged = file.clone();
        java.util.Arrays.fill(damaged, entry, entry + (shortFormat ? 2 : 4), (byte) 0);
        assertThat(SfntFace.read(damaged)).isEmpty();
        assertThat(SfntFace.read(java.util.Arrays.copyOf(file, file.length / 2))).isEmpty();
        assertThat(SfntFace.read(java.util.Arrays.copyOf(file, 100))).isEmpty();
    }
}
