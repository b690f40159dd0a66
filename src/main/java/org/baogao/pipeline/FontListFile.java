package org.baogao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;

/**
 * The faces the font search found, kept in the build cache ({@code .baogao/fonts.tsv}) under the
 * key of the font files' names, sizes and dates: parsing every font of the system took a second
 * and a half of a one-report rebuild, reading this list a few milliseconds.
 */
final class FontListFile {

    static final String FILE = BuildCache.FOLDER + "/fonts.tsv";
    private static final String HEADER = "baogao fonts\t2\t";
    /** Separates a face's family names within their field. */
    private static final String NAMES = "\u001f";

    private FontListFile() {}

    /** The registry stored in {@code file} under {@code key}, or null when there is none for that key. */
    static FontRegistry read(Path file, String key) {
        try {
            if (!Files.isRegularFile(file)) return null;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + key)) return null;
            List<FontFace> faces = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) f[i] = BuildCache.unescape(f[i]);
                switch (f[0]) {
                    case "face" -> faces.add(new FontFace(Path.of(f[1]), f[2],
                            f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(NAMES, -1)), Integer.parseInt(f[3]),
                            FontFace.Outlines.valueOf(f[5]), Boolean.parseBoolean(f[6])));
                    case "skipped" -> skipped.add(f[1]);
                    default -> throw new IllegalArgumentException("unknown row " + f[0]);
                }
            }
            return FontRegistry.of(faces, skipped);
        } catch (IOException | RuntimeException e) {
            // damaged: scan the fonts again
            return null;
        }
    }

    static byte[] bytes(FontRegistry fonts, String key) {
        StringBuilder s = new StringBuilder(HEADER).append(key).append('\n');
        for (FontFace f : fonts.faces()) {
            s.append("face\t").append(BuildCache.escape(f.file().toString())).append('\t').append(BuildCache.escape(f.name()))
                    .append('\t').append(f.weight()).append('\t').append(BuildCache.escape(String.join(NAMES, f.families())))
                    .append('\t').append(f.outlines()).append('\t').append(f.chinese()).append('\n');
        }
        for (String k : fonts.skipped()) s.append("skipped\t").append(BuildCache.escape(k)).append('\n');
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
