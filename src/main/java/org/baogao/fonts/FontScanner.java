package org.baogao.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

    private final boolean quick;
    private final List<FontFace> faces = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    FontScanner() {
        this(true);
    }

    /** @param quick whether to read the faces' headers only ({@link SfntHeaders}), or have FontBox parse every file whole */
    FontScanner(boolean quick) {
        this.quick = quick;
    }

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

    /** Reads one font file's faces. */
    void read(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean collection = n.endsWith(".ttc") || n.endsWith(".otc");
        Optional<List<FaceHeader>> headers = quick ? SfntHeaders.read(file, collection, n.endsWith(".otf")) : Optional.empty();
        if (headers.isPresent()) {
            Set<String> names = new HashSet<>();
            for (FaceHeader h : headers.get()) {
                if (!collection || names.add(String.valueOf(h.name()))) add(file, h);
                else skipped.add(FontNotices.sameName(file, h.name()));
            }
            return;
        }
        // not plainly well made: FontBox's whole parse, which says what is wrong
        try {
            if (collection) {
                Set<String> names = new HashSet<>();
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(ttf -> {
                        // a face is found again by its name: a second face under a name already seen could not be
                        FaceHeader h = FaceHeader.of(ttf);
                        if (names.add(String.valueOf(h.name()))) add(file, h);
                        else skipped.add(FontNotices.sameName(file, h.name()));
                    });
                }
            } else {
                TTFParser parser = n.endsWith(".otf") ? new OTFParser() : new TTFParser();
                try (TrueTypeFont ttf = parser.parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    add(file, FaceHeader.of(ttf));
                }
            }
        } catch (IOException | RuntimeException e) {
            skipped.add(FontNotices.damagedFile(file, e));
        }
    }

    private void add(Path file, FaceHeader h) {
        if (h.outlines() == null) {
            skipped.add(FontNotices.noOutlines(file, h.name()));
            return;
        }
        if (h.name() == null || h.name().isBlank()) {
            skipped.add(FontNotices.nameless(file));
            return;
        }
        if (h.italic()) return; // Chinese documents have no italics; an oblique face must not be picked for text
        faces.add(new FontFace(file, h.name(), h.families(), h.weight(), h.outlines(), h.chinese()));
    }

    List<FontFace> faces() {
        return faces;
    }

    List<String> skipped() {
        return skipped;
    }
}
