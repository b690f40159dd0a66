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

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds font files and reads their faces' names, weights and outline formats. Faces with CFF
 * outlines (the Noto, Source Han and Fandol fonts) are kept as such: they are converted to
 * TrueType outlines only if a role takes them. What cannot be used (a damaged file, an oblique
 * face, a second face of a collection under the same name) is listed with the reason, one line
 * a file.
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
            skipped.add(FontNotices.folderUnlisted(folder, e));
            return;
        }
        for (Path f : files) read(f);
    }

    static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf") || n.endsWith(".otc");
    }

    private void read(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".ttc") || n.endsWith(".otc")) {
                Set<String> names = new java.util.HashSet<>();
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(ttf -> {
                        // a face is found again by its name: a second face under a name already seen could not be
                        if (names.add(String.valueOf(ttf.getName()))) add(file, ttf);
                        else skipped.add(FontNotices.sameName(file, ttf.getName()));
                    });
                }
            } else {
                TTFParser parser = n.endsWith(".otf") ? new OTFParser() : new TTFParser();
                try (TrueTypeFont ttf = parser.parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    add(file, ttf);
                }
            }
        } catch (IOException | RuntimeException e) {
            skipped.add(FontNotices.damagedFile(file, e));
        }
    }

    private void add(Path file, TrueTypeFont ttf) throws IOException {
        FontFace.Outlines outlines;
        if (ttf.getTableMap().containsKey("glyf")) outlines = FontFace.Outlines.TRUETYPE;
        else if (ttf.getTableMap().containsKey("CFF ")) outlines = FontFace.Outlines.CFF;
        else {
            skipped.add(FontNotices.noOutlines(file, ttf.getName()));
            return;
        }
        if (ttf.getName() == null || ttf.getName().isBlank()) {
            skipped.add(FontNotices.nameless(file));
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
        faces.add(new FontFace(file, ttf.getName(), List.copyOf(families), weight, outlines, hasChinese(ttf)));
    }

    /** Characters every Chinese text has: a face without them cannot set a report, whatever it is called. */
    private static final String CHINESE_PROBE = "中国的，";

    private static boolean hasChinese(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        return cmap != null && CHINESE_PROBE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) != 0);
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
