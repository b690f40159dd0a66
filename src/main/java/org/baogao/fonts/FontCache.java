package org.baogao.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.baogao.fonts.outline.GlyphCut;
import org.baogao.fonts.outline.SfntFace;

import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * Parsed fonts for a rendering thread. Parsing a CJK font for every PDF cost 35–50 % of the CPU of
 * a render: the faces are parsed once per process and shared ({@link #font}); what the thread
 * makes of them (the stand-ins and the character maps) is its own. They live as long as the
 * thread: render on a bounded pool.
 */
public final class FontCache {

    private static final ThreadLocal<FontCache> PER_THREAD = ThreadLocal.withInitial(FontCache::new);

    private final Map<FontFace, CmapLookup> cmaps = new HashMap<>();
    private final Map<FontFace, TrueTypeFont> standIns = new HashMap<>();
    private final Map<FontFace, Optional<SfntFace>> plainFaces = new HashMap<>();

    public static FontCache current() {
        return PER_THREAD.get();
    }

    /** The face, parsed once per process and shared by the threads ({@link ParsedFaces}): read it, never change it. */
    public TrueTypeFont font(FontFace face) {
        try {
            return ParsedFaces.font(face);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("font.unreadable", face.file(), Causes.of(e)), e);
        }
    }

    /**
     * The face cut down to the space character: the same metrics, none of the glyphs, embedded in a
     * moment. Given to the renderer for the faces of a font stack that a document never draws
     * with, which it still loads to measure (see {@link FontNeeds}).
     */
    public TrueTypeFont standIn(FontFace face) {
        return standIns.computeIfAbsent(face, f -> {
            try {
                return cutDown(f, java.util.List.of((int) ' '));
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.get("font.unreadable", f.file(), Causes.of(e)), e);
            }
        });
    }

    /**
     * The tables a cut-down face keeps: those PDFBox embeds of a TrueType face (its
     * {@code TrueTypeEmbedder}'s list) and those it reads while embedding (the names, metrics,
     * character map). The others are of the whole face's glyph numbers (the vertical metrics, glyph
     * substitution and positioning): copied whole into every cut, they were most of its cost.
     */
    private static final java.util.List<String> CUT_TABLES = java.util.List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
            "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "cmap", "post");

    /**
     * The face cut down to the glyphs of {@code chars} (of the Basic Multilingual Plane): its own
     * glyphs, widths and metrics, for PDFBox to embed ({@link GlyphCut}); cut from its tables when
     * it reads plainly, else from its parse.
     */
    public TrueTypeFont cutDown(FontFace face, java.util.Collection<Integer> chars) throws IOException {
        Optional<SfntFace> plain = ParsedFaces.plain(face);
        byte[] cut = plain.isPresent() ? GlyphCut.of(plain.get(), chars, CUT_TABLES) : GlyphCut.of(font(face), chars, CUT_TABLES);
        return new TTFParser(true).parse(new RandomAccessReadBuffer(cut));
    }

    public boolean covers(FontFace face, int codePoint) {
        Optional<SfntFace> plain = plainFaces.computeIfAbsent(face, f -> {
            try {
                return ParsedFaces.plain(f);
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.get("font.unreadable", f.file(), Causes.of(e)), e);
            }
        });
        if (plain.isPresent()) return plain.get().glyphId(codePoint) != 0;
        CmapLookup cmap = cmaps.computeIfAbsent(face, f -> {
            try {
                return font(f).getUnicodeCmapLookup(false);
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.get("font.unreadable", f.file(), Causes.of(e)), e);
            }
        });
        return cmap != null && cmap.getGlyphId(codePoint) != 0;
    }
}
