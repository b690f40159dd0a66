package org.baogao.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds font files and reads the faces PDFBox can embed. Faces with CFF outlines (the Noto and
 * Source Han CJK fonts as Linux distributions ship them) are skipped and counted: PDFBox cannot
 * subset them, and a render with them prints {@code #} for every character.
 */
final class FontScanner {

    /** Fonts deeper than this below a font folder are not looked for. */
    static final int MAX_DEPTH = 6;

    private final List<FontFace> faces = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** The folders where each operating system keeps fonts, in the order they are searched. */
    static List<Path> systemFolders() {
        String home = System.getProperty("user.home", "");
        List<Path> dirs = new ArrayList<>();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            dirs.add(Paths.get(windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) dirs.add(Paths.get(local, "Microsoft", "Windows", "Fonts"));
        } else if (os.contains("mac")) {
            dirs.add(Paths.get(home, "Library", "Fonts"));
            dirs.add(Paths.get("/Library/Fonts"));
            dirs.add(Paths.get("/System/Library/Fonts"));
        } else {
            dirs.add(Paths.get(home, ".local", "share", "fonts"));
            dirs.add(Paths.get(home, ".fonts"));
            dirs.add(Paths.get("/usr/local/share/fonts"));
            dirs.add(Paths.get("/usr/share/fonts"));
        }
        return dirs;
    }

    void scan(Path folder) {
        if (!Files.isDirectory(folder)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile).filter(FontScanner::isFontFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            skipped.add(folder + ": cannot list folder (" + e.getMessage() + ")");
            return;
        }
        for (Path f : files) read(f);
    }

    static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf");
    }

    private void read(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".ttc")) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(ttf -> add(file, ttf));
                }
            } else {
                TTFParser parser = n.endsWith(".otf") ? new OTFParser() : new TTFParser();
                try (TrueTypeFont ttf = parser.parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    add(file, ttf);
                }
            }
        } catch (IOException | RuntimeException e) {
            skipped.add(file + ": unreadable (" + e.getMessage() + ")");
        }
    }

    private void add(Path file, TrueTypeFont ttf) throws IOException {
        if (!ttf.getTableMap().containsKey("glyf")) {
            skipped.add(file + " (" + ttf.getName() + "): CFF outlines, which PDFBox cannot embed");
            return;
        }
        Set<String> families = new LinkedHashSet<>();
        NamingTable naming = ttf.getNaming();
        if (naming != null) {
            // typographic family (16) first: it groups weights the way people name the font
            for (int id : new int[] {NameRecord.NAME_FONT_FAMILY_NAME, 16, NameRecord.NAME_FULL_FONT_NAME}) {
                for (NameRecord r : naming.getNameRecords()) {
                    String s = r.getString();
                    if (r.getNameId() == id && s != null && !s.isBlank() && isText(s)) families.add(s.strip());
                }
            }
        }
        boolean italic = ttf.getOS2Windows() != null ? (ttf.getOS2Windows().getFsSelection() & 1) != 0
                : ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 2) != 0;
        if (italic) return; // Chinese documents have no italics; an oblique face must not be picked for text
        int weight = ttf.getOS2Windows() != null ? ttf.getOS2Windows().getWeightClass()
                : ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 1) != 0 ? 700 : 400;
        faces.add(new FontFace(file, ttf.getName(), List.copyOf(families), weight));
    }

    /** Mac-platform names in legacy Chinese encodings decode to garbage; keep only clean text. */
    private static boolean isText(String s) {
        return s.codePoints().noneMatch(c -> c == 0xFFFD || Character.isISOControl(c));
    }

    List<FontFace> faces() {
        return faces;
    }

    List<String> skipped() {
        return skipped;
    }
}
