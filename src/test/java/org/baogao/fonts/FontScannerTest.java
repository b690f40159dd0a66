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
