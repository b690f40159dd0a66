package org.baogao.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.baogao.fonts.outline.CffToTrueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion cache on bad days: an entry damaged on disk, one from another version of the
 * converter, a folder that cannot be written, a font that cannot be converted. Each is said in one
 * line naming the file and what was done, and no damaged font is ever used.
 */
class ConversionCacheTest {

    static final Path BRAILLE = CffConversionTest.BRAILLE;
    static final FontFace FACE = CffConversionTest.face(BRAILLE, "FandolBraille-Regular");

    @TempDir
    Path dir;

    final List<String> notices = new ArrayList<>();

    @Test
    void aFontIsConvertedOnceAndThenReadFromTheCache() throws IOException {
        ConversionCache cache = new ConversionCache(dir.resolve("fonts"));
        byte[] first = new ConvertedFonts(cache).bytes(FACE, notices::add);
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0)).contains(BRAILLE.toString(), "CFF outlines, converting to TrueType once");
        assertThat(notices.get(1)).contains(BRAILLE.toString(), "glyphs converted in");
        assertThat(CffToTrueType.damage(first)).isNull();

        notices.clear();
        ConvertedFonts later = new ConvertedFonts(cache);
        assertThat(later.ready(FACE)).isTrue();
        assertThat(later.bytes(FACE, notices::add)).isEqualTo(first);
        assertThat(notices).as("a whole entry is used without a word").isEmpty();
        // nothing half-written is left beside the entries
        try (var files = Files.list(cache.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".ttf");
        }
    }

    @Test
    void aDamagedEntryIsConvertedAgainNeverUsed() throws IOException {
        ConversionCache cache = new ConversionCache(dir.resolve("fonts"));
        byte[] good = new ConvertedFonts(cache).bytes(FACE, m -> { });
        Path entry = cache.entry(FACE);
        for (byte[] damaged : List.of(flipped(good, good.length / 2), java.util.Arrays.copyOf(good, good.length / 3))) {
            Files.write(entry, damaged);
            notices.clear();
            ConvertedFonts fonts = new ConvertedFonts(cache);
            assertThat(fonts.ready(FACE)).isFalse();
            assertThat(fonts.bytes(FACE, notices::add)).isEqualTo(good);
            assertThat(notices.get(0)).startsWith("font cache entry of " + BRAILLE).contains("converting again");
            assertThat(Files.readAllBytes(entry)).as("the entry is made again").isEqualTo(good);
        }
    }

    /**
     * The check of an entry walks its bytes once: any changed byte is found, and so is damage that
     * keeps the whole file's sum (two words of two tables swapped), by the tables' own sums.
     */
    @Test
    void everyDamageIsFoundInOneWalk() throws IOException {
        byte[] good = new ConvertedFonts(new ConversionCache(dir.resolve("fonts"))).bytes(FACE, m -> { });
        for (int at = 0; at < good.length; at += Math.max(1, good.length / 300)) {
            assertThat(CffToTrueType.damage(flipped(good, at))).as("a byte changed at %d", at).isNotNull();
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(good);
        int tables = b.getShort(4) & 0xFFFF;
        int first = b.getInt(12 + 8);
        int last = b.getInt(12 + 16 * (tables - 1) + 8);
        byte[] swapped = good.clone();
        java.nio.ByteBuffer s = java.nio.ByteBuffer.wrap(swapped);
        assertThat(s.getInt(first)).isNotEqualTo(s.getInt(last));
        s.putInt(first, b.getInt(last)).putInt(last, b.getInt(first));
        assertThat(CffToTrueType.damage(swapped)).contains("table", "damaged");
    }

    @Test
    void anEntryOfAnotherVersionIsConvertedAgain() throws IOException {
        ConversionCache cache = new ConversionCache(dir.resolve("fonts"));
        String older = ConversionCache.marker(FACE).replaceFirst("TrueType \\d+", "TrueType 0");
        try (TrueTypeFont source = new OTFParser().parse(new RandomAccessReadBufferedFile(BRAILLE.toFile()))) {
            Files.createDirectories(cache.folder());
            Files.write(cache.entry(FACE), CffToTrueType.convert(source, older).font());
        }
        byte[] font = new ConvertedFonts(cache).bytes(FACE, notices::add);
        assertThat(notices.get(0)).contains(BRAILLE.toString(), "made by baogao cff to truetype 0", "converting again");
        assertThat(CffToTrueType.marker(font)).isEqualTo(ConversionCache.marker(FACE));
    }

    @Test
    void anUnwritableCacheFolderCostsOnlyTheCache() throws IOException {
        // a file where the folder should be: not writable, even by root
        Path blocked = Files.writeString(dir.resolve("cache"), "not a folder");
        ConversionCache cache = new ConversionCache(blocked.resolve("fonts"));
        byte[] font = new ConvertedFonts(cache).bytes(FACE, notices::add);
        assertThat(CffToTrueType.damage(font)).isNull();
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith("font cache " + cache.folder() + " cannot be written")
                .contains(BRAILLE.toString(), "converted for this run only"));
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            assertThat(parsed.getNumberOfGlyphs()).isGreaterThan(200);
        }
    }

    @Test
    void aFontThatCannotBeConvertedLeavesItsRoleToTheNextFace() throws IOException {
        // the first half of the file: its tables are listed, its outlines are cut off
        byte[] whole = Files.readAllBytes(CffConversionTest.FANDOL);
        Path damaged = Files.write(dir.resolve("FandolFang-Regular.otf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        FontFace broken = new FontFace(damaged, "FandolFang-Regular", List.of("FandolFang"), 400, FontFace.Outlines.CFF, true);
        FontFace sung = new FontFace(Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"), "BousungEG-Light-GB",
                List.of("AR PL SungtiL GB"), 400);
        ConvertedFonts.share(new ConvertedFonts(new ConversionCache(dir.resolve("fonts"))));
        try {
            FontRegistry r = FontRegistry.of(List.of(broken, sung), List.of());
            assertThat(r.face(FontRole.BODY)).contains(broken);
            FontRegistry prepared = r.prepared(notices::add);
            assertThat(prepared.face(FontRole.BODY)).contains(sung);
            assertThat(notices).last().asString().startsWith("font " + damaged).contains("cannot be converted", "not used");
            assertThat(prepared.skipped()).anySatisfy(s -> assertThat(s).contains(damaged.toString()));
        } finally {
            ConvertedFonts.share(new ConvertedFonts(ConversionCache.user()));
        }
    }

    @Test
    void facesPreparedAtOnceSayTheirLinesInTheOrderOfTheFaces() throws IOException {
        // three faces converted on the machine's cores at once: each face's lines together, in the order of the roles
        byte[] whole = Files.readAllBytes(CffConversionTest.FANDOL);
        Path damaged = Files.write(dir.resolve("FandolFang-Regular.otf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        FontFace title = new FontFace(damaged, "FandolFang-Regular", List.of("方正小标宋简体"), 700, FontFace.Outlines.CFF, true);
        Path display = BRAILLE.resolveSibling("FandolBraille-Display.otf");
        FontFace body = new FontFace(BRAILLE, "FandolBraille-Regular", List.of("FandolFang"), 400, FontFace.Outlines.CFF, true);
        FontFace heiti = new FontFace(display, "FandolBraille-Display", List.of("FandolHei"), 400, FontFace.Outlines.CFF, true);
        ConvertedFonts.share(new ConvertedFonts(new ConversionCache(dir.resolve("fonts"))));
        try {
            FontRegistry prepared = FontRegistry.of(List.of(title, body, heiti), List.of()).prepared(notices::add);
            assertThat(prepared.face(FontRole.TITLE)).isEmpty();
            assertThat(prepared.face(FontRole.BODY)).contains(body);
            assertThat(prepared.face(FontRole.HEITI)).contains(heiti);
            assertThat(notices).hasSize(6);
            assertThat(notices.get(0)).contains(damaged.toString(), "converting to TrueType once");
            assertThat(notices.get(1)).contains(damaged.toString(), "cannot be converted");
            assertThat(notices.get(2)).contains(BRAILLE.toString(), "converting to TrueType once");
            assertThat(notices.get(3)).contains(BRAILLE.toString(), "glyphs converted in");
            assertThat(notices.get(4)).contains(display.toString(), "converting to TrueType once");
            assertThat(notices.get(5)).contains(display.toString(), "glyphs converted in");
        } finally {
            ConvertedFonts.share(new ConvertedFonts(ConversionCache.user()));
        }
    }

    static byte[] flipped(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x5A;
        return c;
    }

    @Test
    void theUsersCacheFolderIsWhereEachSystemKeepsCaches() {
        assertThat(UserCacheFolder.of("Linux", java.util.Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u"))
                .isEqualTo(Path.of("/var/cache/u/baogao"));
        assertThat(UserCacheFolder.of("Linux", java.util.Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/baogao"));
        assertThat(UserCacheFolder.of("Mac OS X", java.util.Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/baogao"));
        assertThat(UserCacheFolder.of("Windows 11", java.util.Map.of("LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local"), "C:\\Users\\u")
                .toString()).contains("baogao").endsWith("cache");
    }
}
