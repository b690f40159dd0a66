package org.baogao.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The font search on a folder of bad fonts: damaged files, a font without Chinese characters, a
 * collection whose faces share one name, CFF faces. Each bad file is one line naming it and what
 * was done; nothing else is printed or logged.
 */
class FontScannerTest {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void badFontsAreOneLineEachAndNoNoise() throws IOException {
        byte[] otf = Files.readAllBytes(CffConversionTest.BRAILLE);
        Files.write(dir.resolve("cut.otf"), java.util.Arrays.copyOf(otf, 40));
        Files.write(dir.resolve("noise.ttf"), "not a font at all".getBytes());
        Files.copy(CffConversionTest.BRAILLE, dir.resolve("braille.otf"));
        Files.copy(DEJAVU, dir.resolve("latin.ttf"));
        Files.write(dir.resolve("twins.ttc"), collectionOfTwice(Files.readAllBytes(DEJAVU)));

        List<LogRecord> logged = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(catcher);
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FontScanner scanner = new FontScanner();
        try {
            System.setErr(new PrintStream(printed, true));
            System.setOut(new PrintStream(printed, true));
            scanner.scan(dir);
        } finally {
            System.setErr(err);
            System.setOut(out);
            root.removeHandler(catcher);
        }
        assertThat(printed.toString()).isEmpty();
        assertThat(logged).isEmpty();

        assertThat(scanner.skipped()).hasSize(3);
        assertThat(scanner.skipped()).anySatisfy(s -> assertThat(s).startsWith(dir.resolve("cut.otf") + ": damaged or not a font").endsWith("skipped"));
        assertThat(scanner.skipped()).anySatisfy(s -> assertThat(s).startsWith(dir.resolve("noise.ttf") + ": damaged or not a font"));
        assertThat(scanner.skipped()).anySatisfy(s -> assertThat(s).startsWith(dir.resolve("twins.ttc") + " (DejaVuSans)")
                .contains("a second face under the same name, skipped"));
        assertThat(scanner.faces()).extracting(FontFace::name).containsExactlyInAnyOrder("FandolBraille-Regular", "DejaVuSans", "DejaVuSans");
        assertThat(scanner.faces()).filteredOn(f -> f.name().startsWith("Fandol")).singleElement()
                .satisfies(f -> assertThat(f.outlines()).isEqualTo(FontFace.Outlines.CFF));
        assertThat(scanner.faces()).allSatisfy(f -> assertThat(f.chinese()).as("%s has Chinese", f.file()).isFalse());
    }

    @Test
    void theSystemsCjkFontsAreReadWithTheirOutlines() {
        FontScanner scanner = new FontScanner();
        scanner.scan(Path.of("/usr/local/share/fonts/fandol"));
        assertThat(scanner.faces()).filteredOn(f -> f.name().equals("FandolFang-Regular")).singleElement()
                .satisfies(f -> assertThat(f.outlines()).isEqualTo(FontFace.Outlines.CFF))
                .satisfies(f -> assertThat(f.chinese()).isTrue())
                .satisfies(f -> assertThat(f.answersTo("FandolFang")).isTrue());
    }

    /**
     * The quick read of the faces' headers finds what FontBox's whole parse finds: the same faces
     * (names, families, weights, outlines, Chinese or not) and the same files skipped, on the CI's
     * fonts of each kind: TrueType files with Chinese and without, a TrueType collection, CFF
     * OpenType files, CFF collections of the heavy Noto Serif; and on the bad files above.
     */
    @Test
    void theQuickReadFindsWhatTheWholeParseFinds() throws IOException {
        byte[] otf = Files.readAllBytes(Path.of("/usr/local/share/fonts/fandol/FandolFang-Regular.otf"));
        Files.write(dir.resolve("cut.otf"), java.util.Arrays.copyOf(otf, 40));
        Files.write(dir.resolve("half.otf"), java.util.Arrays.copyOf(otf, otf.length / 2));
        Files.write(dir.resolve("noise.ttf"), "not a font at all".getBytes());
        Files.write(dir.resolve("twins.ttc"), collectionOfTwice(Files.readAllBytes(DEJAVU)));
        List<Path> folders = List.of(dir, Path.of("/usr/share/fonts/truetype"), Path.of("/usr/local/share/fonts/fandol"));
        FontScanner quick = new FontScanner(true);
        FontScanner whole = new FontScanner(false);
        for (Path folder : folders) {
            quick.scan(folder);
            whole.scan(folder);
        }
        for (String name : List.of("NotoSerifCJK-Black.ttc", "NotoSansCJK-Regular.ttc")) {
            quick.read(Path.of("/usr/share/fonts/opentype/noto", name));
            whole.read(Path.of("/usr/share/fonts/opentype/noto", name));
        }
        assertThat(quick.faces()).hasSizeGreaterThan(40).isEqualTo(whole.faces());
        assertThat(quick.faces()).filteredOn(f -> f.outlines() == FontFace.Outlines.CFF && f.chinese()).hasSizeGreaterThan(10);
        assertThat(quick.faces()).filteredOn(f -> f.outlines() == FontFace.Outlines.TRUETYPE && f.chinese()).hasSizeGreaterThan(5);
        assertThat(quick.skipped()).hasSize(4).isEqualTo(whole.skipped());
        // and the quick read did read them: only the bad files were left to FontBox
        assertThat(SfntHeaders.read(Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Black.ttc"), true, false)).get()
                .asList().hasSize(5).contains(new FaceHeader("NotoSerifCJKsc-Black", List.of("Noto Serif CJK SC Black", "Noto Serif CJK SC"),
                        FontFace.Outlines.CFF, false, 900, true));
        assertThat(SfntHeaders.read(Path.of("/usr/local/share/fonts/fandol/FandolFang-Regular.otf"), false, true)).isPresent();
        assertThat(SfntHeaders.read(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), true, false)).isPresent();
        assertThat(SfntHeaders.read(Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"), false, false)).isPresent();
        for (String bad : List.of("cut.otf", "half.otf", "noise.ttf")) {
            assertThat(SfntHeaders.read(dir.resolve(bad), false, bad.endsWith(".otf"))).as(bad).isEmpty();
        }
    }

    /** A .ttc holding the same font twice: two faces, one name. */
    static byte[] collectionOfTwice(byte[] ttf) {
        int header = 20;
        ByteBuffer font = ByteBuffer.wrap(ttf.clone());
        int tables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i + 8;
            font.putInt(at, font.getInt(at) + header);
        }
        return ByteBuffer.allocate(header + ttf.length).putInt(0x74746366).putInt(0x00010000).putInt(2)
                .putInt(header).putInt(header).put(font.array()).array();
    }
}
