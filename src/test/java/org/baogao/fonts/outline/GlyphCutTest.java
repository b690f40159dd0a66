package org.baogao.fonts.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;

/**
 * The cut of a face against FontBox's subsetter, which PDFBox embedded the page's faces with
 * before: for the TrueType faces of the packages in {@code .ci/run} and a converted CFF face, the
 * same file byte for byte, for the characters of a page and for two thousand spread over the face.
 */
class GlyphCutTest {

    /** What the build cuts for PDFBox: the tables it embeds and those it reads. */
    static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
            "gasp", "name", "OS/2", "cmap", "post");
    static final String PAGE = "根据县委关于召开年度民主生活会的通知要求本人围绕深入学习贯彻新时代中国特色社会主义思想"
            + "，。、；：？！“”‘’（）《》—…0123456789ABCxyz镕堃喆 Hx　éàüÅçñ";

    static final Path SONG = Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
    static final Path WENKAI = Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    /** A CFF face of few glyphs, converted in a moment: a converted face's tables (a format 12 map, no glyph names). */
    static final Path BRAILLE = Path.of("/usr/local/share/fonts/fandol/FandolBraille-Regular.otf");

    static TrueTypeFont parse(Path file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }

    static byte[] subsetter(TrueTypeFont face, Set<Integer> chars) throws IOException {
        TTFSubsetter s = new TTFSubsetter(face, TABLES);
        s.addAll(chars);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeToStream(out);
        return out.toByteArray();
    }

    static Set<Integer> page() {
        Set<Integer> chars = new LinkedHashSet<>();
        PAGE.codePoints().forEach(chars::add);
        return chars;
    }

    /** About {@code count} characters spread evenly over the face's BMP map, and the page's. */
    static Set<Integer> spread(TrueTypeFont face, int count) throws IOException {
        CmapLookup cmap = face.getUnicodeCmapLookup();
        List<Integer> mapped = new ArrayList<>();
        for (int c = 0x20; c < 0xFFFF; c++) if (cmap.getGlyphId(c) != 0) mapped.add(c);
        Set<Integer> chars = page();
        int step = Math.max(1, mapped.size() / count);
        for (int i = 0; i < mapped.size(); i += step) chars.add(mapped.get(i));
        return chars;
    }

    static void sameAsTheSubsetter(TrueTypeFont face, Set<Integer> chars) throws IOException {
        byte[] cut = GlyphCut.of(face, chars, TABLES);
        assertThat(cut).isEqualTo(subsetter(face, chars));
        // and FontBox reads it as a font of those glyphs
        TrueTypeFont read = new TTFParser(true).parse(new RandomAccessReadBuffer(cut));
        CmapLookup before = face.getUnicodeCmapLookup(), after = read.getUnicodeCmapLookup();
        for (int c : chars) {
            int gid = before.getGlyphId(c);
            if (gid == 0) continue;
            assertThat(read.getAdvanceWidth(after.getGlyphId(c))).as("width of U+%04X", c).isEqualTo(face.getAdvanceWidth(gid));
            GlyphData g = face.getGlyph().getGlyph(gid);
            if (g != null) {
                assertThat(read.getGlyph().getGlyph(after.getGlyphId(c)).getPath().getBounds2D())
                        .as("outline of U+%04X", c).isEqualTo(g.getPath().getBounds2D());
            }
        }
    }

    @Test
    void theTrueTypeFacesAreCutAsTheSubsetterCutsThem() throws IOException {
        for (Path file : List.of(SONG, WENKAI, DROID)) {
            TrueTypeFont face = parse(file);
            sameAsTheSubsetter(face, page());
            sameAsTheSubsetter(face, spread(face, 2000));
        }
    }

    @Test
    void aFaceOfACollectionIsCutAsTheSubsetterCutsIt() throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(MICROHEI.toFile())) {
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            assertThat(faces).hasSizeGreaterThan(1);
            for (TrueTypeFont face : faces) {
                sameAsTheSubsetter(face, page());
                sameAsTheSubsetter(face, spread(face, 2000));
            }
        }
    }

    @Test
    void aConvertedFaceIsCutAsTheSubsetterCutsIt() throws IOException {
        byte[] converted = CffToTrueType.convert(new org.apache.fontbox.ttf.OTFParser().parse(
                new RandomAccessReadBufferedFile(BRAILLE.toFile())), "test").font();
        TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(converted));
        sameAsTheSubsetter(face, spread(face, 2000));
    }

    /** The composite glyphs (accented letters built of a letter and an accent) keep their parts, renumbered. */
    @Test
    void compositeGlyphsKeepTheGlyphsTheyAreMadeOf() throws IOException {
        TrueTypeFont face = parse(WENKAI);
        CmapLookup cmap = face.getUnicodeCmapLookup();
        Set<Integer> composites = new LinkedHashSet<>();
        for (int c : spread(face, Integer.MAX_VALUE)) {
            int gid = cmap.getGlyphId(c);
            GlyphData g = gid == 0 ? null : face.getGlyph().getGlyph(gid);
            if (g != null && g.getDescription().isComposite()) composites.add(c);
        }
        assertThat(composites).as("composite glyphs in " + WENKAI).hasSizeGreaterThanOrEqualTo(3);
        sameAsTheSubsetter(face, composites);
        TrueTypeFont read = new TTFParser(true).parse(new RandomAccessReadBuffer(GlyphCut.of(face, composites, TABLES)));
        assertThat(read.getNumberOfGlyphs()).as("the composites and their parts").isGreaterThan(composites.size() + 1);
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsRefused() throws IOException {
        TrueTypeFont face = parse(DROID);
        int beyond = -1;
        CmapLookup cmap = face.getUnicodeCmapLookup();
        for (int c = 0x10000; c < 0x30000 && beyond < 0; c++) if (cmap.getGlyphId(c) != 0) beyond = c;
        assertThat(beyond).as("a character beyond the BMP in " + DROID).isPositive();
        Set<Integer> chars = Set.of(beyond, (int) '一');
        assertThatThrownBy(() -> GlyphCut.of(face, chars, TABLES)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A face whose glyph locations run backwards (a damaged file) is said to be damaged, not cut into nonsense. */
    @Test
    void aDamagedGlyphLocationIsSaidAsSuch() throws IOException {
        byte[] file = Files.readAllBytes(SONG);
        TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBuffer(file));
        int gid = whole.getUnicodeCmapLookup().getGlyphId('一');
        long loca = whole.getTableMap().get("loca").getOffset();
        boolean shortFormat = whole.getHeader().getIndexToLocFormat() == 0;
        // the glyph after 一 starts at the glyph table's start: 一 would end before it begins
        int entry = (int) loca + (gid + 1) * (shortFormat ? 2 : 4);
        java.util.Arrays.fill(file, entry, entry + (shortFormat ? 2 : 4), (byte) 0);
        TrueTypeFont damaged = new TTFParser().parse(new RandomAccessReadBuffer(file));
        assertThatThrownBy(() -> GlyphCut.of(damaged, Set.of((int) '一'), TABLES))
                .isInstanceOf(IOException.class).hasMessageContaining("loca");
    }
}
