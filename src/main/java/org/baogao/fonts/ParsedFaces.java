package org.baogao.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.baogao.fonts.outline.SfntFace;
import org.baogao.text.Messages;

/**
 * Each face parsed once per process and shared, read only, by every rendering thread. Parsing was
 * done once per thread (FontBox objects are not safe to change from several threads); once parsed
 * whole, a face is only read: FontBox reads every table when it parses, holds the file's bytes in
 * memory, and locks what it still reads lazily (a glyph, a table's bytes). A face of a collection
 * is parsed from its own copy of the collection, as the faces of one collection share its read
 * position. A file changed since it was parsed (its size or time) is parsed again.
 *
 * <p>A face laid out plainly (a conversion, as the converter writes it; most TrueType files) is not
 * parsed at all: it is read straight from its tables ({@link #plain}), for the character map and
 * the cuts, which is all a build asks of most faces; FontBox parses it only if asked for the whole
 * face (a character outside the Basic Multilingual Plane, a volume's page numbers).
 */
final class ParsedFaces {

    private static final Map<FontFace, Parsed> FONTS = new ConcurrentHashMap<>();
    private static final Map<FontFace, Object> LOCKS = new ConcurrentHashMap<>();

    private ParsedFaces() {}

    private record Parsed(long size, long modified, TrueTypeFont font) {}

    private record Plain(long size, long modified, Optional<SfntFace> face) {}

    private static final Map<FontFace, Plain> PLAIN = new ConcurrentHashMap<>();

    /** The face read from its tables, shared by the threads; empty for a face of a collection, or one not laid out plainly. */
    static Optional<SfntFace> plain(FontFace face) throws IOException {
        BasicFileAttributes now = Files.readAttributes(face.file(), BasicFileAttributes.class);
        Plain p = PLAIN.get(face);
        if (p != null && p.size() == now.size() && p.modified() == now.lastModifiedTime().toMillis()) return p.face();
        synchronized (LOCKS.computeIfAbsent(face, f -> new Object())) {
            p = PLAIN.get(face);
            if (p != null && p.size() == now.size() && p.modified() == now.lastModifiedTime().toMillis()) return p.face();
            p = new Plain(now.size(), now.lastModifiedTime().toMillis(), read(face));
            PLAIN.put(face, p);
            return p.face();
        }
    }

    private static Optional<SfntFace> read(FontFace face) throws IOException {
        if (face.converted()) return SfntFace.read(ConvertedFonts.shared().bytes(face));
        byte[] file = Files.readAllBytes(face.file());
        if (!face.isCollection()) return SfntFace.read(file);
        // the collection's first face of that name, as FontBox finds it, by the names the font search read
        Optional<java.util.List<FaceHeader>> headers = SfntHeaders.read(face.file(), true, false);
        if (headers.isEmpty()) return Optional.empty();
        for (int i = 0; i < headers.get().size(); i++) {
            if (face.name().equals(headers.get().get(i).name())) {
                return SfntFace.read(file, java.nio.ByteBuffer.wrap(file).getInt(12 + 4 * i));
            }
        }
        return Optional.empty();
    }

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
