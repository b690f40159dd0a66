package org.baogao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.baogao.content.FrontMatterParser;
import org.baogao.content.ReportException;
import org.baogao.content.SourceReader;
import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontRole;
import org.baogao.fonts.FontsMissingException;
import org.baogao.logs.LibraryLogs;

/**
 * The benchmark's corpus for Typst, the fastest peer: {@code java -cp target/baogao.jar
 * org.baogao.bench.TypstCorpus CONTENT OUT [FONT_FOLDER ...]} writes each report of CONTENT as
 * {@code OUT/<its path>.typ} (see {@link TypstReport}), {@code OUT/fonts.typ} with the font of each
 * role, in the order baogao's renderer tries them, and {@code OUT/fonts.list}, the font files
 * themselves, one a line, so that Typst sets the same faces and loads no others. The page layout,
 * {@code bench/typst/page.typ}, goes beside them.
 */
public final class TypstCorpus {

    /** The import path of the page layout, from the root of OUT. */
    static final String PAGE = "/page.typ";

    private TypstCorpus() {}

    public static void main(String[] args) throws IOException, ReportException, FontsMissingException {
        if (args.length < 2) {
            System.err.println("usage: TypstCorpus CONTENT OUT [FONT_FOLDER ...]   writes CONTENT's reports as Typst into OUT");
            System.exit(2);
        }
        LibraryLogs.silence();
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> folders = Stream.of(args).skip(2).map(Path::of).toList();
        FontRegistry fonts = FontRegistry.discover(folders);
        fonts.requireChinese();
        Files.createDirectories(out);
        Files.writeString(out.resolve("fonts.typ"), fontsTyp(fonts), StandardCharsets.UTF_8);
        Set<Path> files = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) fonts.chain(role).forEach(f -> files.add(f.file()));
        Files.write(out.resolve("fonts.list"), files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);

        List<Path> sources;
        try (Stream<Path> walk = Files.walk(content)) {
            sources = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        SourceReader reader = new SourceReader();
        FrontMatterParser parser = new FrontMatterParser();
        for (Path md : sources) {
            String relative = content.relativize(md).toString().replace('\\', '/');
            String typ = TypstReport.of(parser.parse(reader.read(md, relative)), PAGE);
            Path target = out.resolve(relative.replaceFirst("\\.md$", ".typ"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, typ, StandardCharsets.UTF_8);
        }
        System.err.println("typst: " + sources.size() + " reports written to " + out);
    }

    /** Each role's font list as Typst names the faces; the page numbers in the Song face alone, as baogao sets them. */
    static String fontsTyp(FontRegistry fonts) {
        StringBuilder s = new StringBuilder("// written by org.baogao.bench.TypstCorpus: the faces baogao's renderer uses, in its order\n")
                .append("#let fonts = (\n");
        for (FontRole role : FontRole.values()) {
            s.append("  ").append(role.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(list(fonts.chain(role))).append(",\n");
        }
        boolean songAlone = fonts.stacks().pageNumbers().equals(FontRole.SONG.cssFamily());
        List<FontFace> numbers = songAlone ? List.of(fonts.face(FontRole.SONG).orElseThrow()) : fonts.chain(FontRole.SONG);
        s.append("  page-numbers: ").append(list(numbers)).append(",\n)\n");
        // baogao registers a role's face for bold too, and strokes it when the face is not bold itself
        s.append("#let stroke-bold = (title: ").append(!fonts.face(FontRole.TITLE).map(FontFace::bold).orElse(false))
                .append(", body: ").append(!fonts.face(FontRole.BODY).map(FontFace::bold).orElse(false)).append(")\n");
        return s.toString();
    }

    private static String list(List<FontFace> faces) {
        Set<String> names = new LinkedHashSet<>();
        for (FontFace f : faces) names.add(typstName(f));
        List<String> quoted = new ArrayList<>();
        for (String n : names) quoted.add(TypstReport.string(n));
        return "(" + String.join(", ", quoted) + (quoted.size() == 1 ? ",)" : ")");
    }

    /**
     * Typst names a face by its English family (name 1) less the weight and style words at its end
     * ("Noto Serif CJK SC Black" is found as "Noto Serif CJK SC"), not by the typographic family
     * (name 16): FandolFang's face is "FandolFang R" to Typst although its name 16 says "FandolFang".
     */
    static String typstName(FontFace face) {
        String family = null;
        try {
            family = englishName(face, NameRecord.NAME_FONT_FAMILY_NAME);
        } catch (IOException e) {
            // the registry read this file a moment ago; fall back to what it kept
        }
        if (family == null) family = face.families().stream().filter(TypstCorpus::ascii).findFirst().orElse(face.family());
        return withoutStyleWords(family);
    }

    private static final Set<String> STYLE_WORDS = Set.of("thin", "hairline", "extralight", "ultralight", "light", "regular",
            "normal", "book", "medium", "semibold", "demibold", "bold", "extrabold", "ultrabold", "black", "heavy",
            "italic", "oblique");

    static String withoutStyleWords(String family) {
        String s = family.strip();
        while (true) {
            int space = s.lastIndexOf(' ');
            if (space <= 0 || !STYLE_WORDS.contains(s.substring(space + 1).toLowerCase(java.util.Locale.ROOT))) return s;
            s = s.substring(0, space).strip();
        }
    }

    private static String englishName(FontFace face, int id) throws IOException {
        if (face.isCollection()) {
            try (TrueTypeCollection ttc = new TrueTypeCollection(face.file().toFile())) {
                TrueTypeFont font = ttc.getFontByName(face.name());
                return font == null ? null : englishName(font, id);
            }
        }
        try (TrueTypeFont font = new OTFParser(true).parse(new RandomAccessReadBufferedFile(face.file().toFile()))) {
            return englishName(font, id);
        }
    }

    private static String englishName(TrueTypeFont font, int id) throws IOException {
        NamingTable naming = font.getNaming();
        if (naming == null) return null;
        String any = null;
        for (NameRecord r : naming.getNameRecords()) {
            String s = r.getString();
            if (r.getNameId() != id || s == null || s.isBlank() || !ascii(s)) continue;
            boolean english = r.getPlatformId() == NameRecord.PLATFORM_WINDOWS && r.getLanguageId() == NameRecord.LANGUAGE_WINDOWS_EN_US
                    || r.getPlatformId() == NameRecord.PLATFORM_MACINTOSH && r.getLanguageId() == NameRecord.LANGUAGE_MACINTOSH_ENGLISH;
            if (english) return s.strip();
            if (any == null) any = s.strip();
        }
        return any;
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
