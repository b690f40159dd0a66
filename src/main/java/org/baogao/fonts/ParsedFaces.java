package org.baogao.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.baogao.text.Messages;

/**
 * Each face parsed once per process and shared, read only, by every rendering thread. Parsing was
 * done once per thread (FontBox objects are not safe to change from several threads); once parsed
 * whole, a face is only read: FontBox reads every table when it parses, holds the file's bytes in
 * memory, and locks what it still reads lazily (a glyph, a table's bytes). A face of a collection
 * is parsed from its own copy of the collection, as the faces of one collection share its read
 * position. A file changed since it was parsed (its size or time) is parsed again.
 */
final class ParsedFaces {

    private static final Map<FontFace, Parsed> FONTS = new ConcurrentHashMap<>();
    private static final Map<FontFace, Object> LOCKS = new ConcurrentHashMap<>();

    private ParsedFaces() {}

    private record Parsed(long size, long modified, TrueTypeFont font) {}

    static TrueTypeFont font(FontFace face) throws IOException {
        BasicFileAttributes now = Files.readAttributes(face.file(), BasicFileAttributes.class);
        Parsed p = FONTS.get(face);
        if (fresh(p, now)) return p.font();
        synchronized (LOCKS.computeIfAbsent(face, f -> new Object())) {
            p = FONTS.get(face);
            if (fresh(p, now)) return p.font();
            p = new Parsed(now.size(), now.lastModifiedTime().toMillis(), parse(face));
            FONTS.put(face, p);
            return p.font();
        }
    }

    private static boolean fresh(Parsed p, BasicFileAttributes now) {
        return p != null && p.size() == now.size() && p.modified() == now.lastModifiedTime().toMillis();
    }

    private static TrueTypeFont parse(FontFace f) throws IOException {
        if (f.converted()) {
            // the conversion's bytes, read and checked once per process (FontBox copies them)
            return new TTFParser().parse(new RandomAccessReadBuffer(ConvertedFonts.shared().bytes(f)));
        }
        if (f.isCollection()) {
            // not closed: the face reads from the collection's bytes, which FontBox holds in memory
            @SuppressWarnings("resource")
            TrueTypeCollection ttc = new TrueTypeCollection(f.file().toFile());
            TrueTypeFont font = ttc.getFontByName(f.name());
            if (font == null) throw new IOException(Messages.get("font.detail.no-face", f.name()));
            return font;
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(f.file().toFile()));
    }
}
