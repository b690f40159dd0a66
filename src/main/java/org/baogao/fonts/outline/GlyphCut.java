package org.baogao.fonts.outline;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.WGL4Names;

import org.baogao.text.Messages;

/**
 * A TrueType face cut down to the glyphs of some characters: the file FontBox's
 * {@code TTFSubsetter} writes for them, table for table, made without its costs. The subsetter
 * finds each glyph's new number by counting the glyphs below it in a tree (a walk per character,
 * so a cut of n characters costs n² steps) and sums every table byte by byte; a page's cut of a
 * CJK face holds a thousand characters or more, once per face and document, and that was a tenth of
 * a build's CPU. Here the new numbers are a binary search in the sorted glyph ids and the sums
 * are word by word ({@link TrueTypeFile}).
 *
 * <p>What is written, as the subsetter writes it (PDFBox reads the cut as it read the
 * subsetter's, so the page is the same): the glyphs of the characters, the glyphs their composite
 * glyphs are made of, and glyph 0, in the order of their old numbers; {@code loca} in the long
 * format; the widths and left side bearings in the same short form ({@link #hmtx}); a format 4
 * character map of the characters; {@code OS/2} in its first version's 78 bytes, the Unicode
 * ranges zeroed; {@code name} with the Windows English records 0–6; {@code post} with the kept
 * glyphs' names when the face names its glyphs. The other tables asked for are copied whole.
 */
public final class GlyphCut {

    private static final int COMPOSITE_WORDS = 1, COMPOSITE_TWO_BY_TWO = 1 << 7, COMPOSITE_X_AND_Y = 1 << 6,
            COMPOSITE_SCALE = 1 << 3, COMPOSITE_MORE = 1 << 5, COMPOSITE_INSTRUCTIONS = 1 << 8;

    private final CutFace face;
    /** Character to old glyph id, in character order; characters the face lacks left out. */
    private final TreeMap<Integer, Integer> characters = new TreeMap<>();
    /** The kept glyphs' old ids, ascending: a glyph's new id is its index. */
    private int[] kept;
    /** Each kept glyph's bytes, by new id. */
    private byte[][] glyphs;

    private GlyphCut(CutFace face) {
        this.face = face;
    }

    /**
     * The file of {@code face} cut down to the glyphs of {@code chars}, with {@code tables} (those
     * of them the face has; {@code glyf}, {@code loca}, {@code head}, {@code hhea}, {@code hmtx}
     * and {@code maxp} always).
     *
     * @throws IllegalArgumentException when a character is outside the Basic Multilingual Plane,
     *         which the format 4 map cannot hold
     */
    public static byte[] of(TrueTypeFont face, Collection<Integer> chars, List<String> tables) throws IOException {
        return of(new FontBoxFace(face), chars, tables);
    }

    /** {@link #of(TrueTypeFont, Collection, List)} of a face as {@link CutFace} reads it. */
    public static byte[] of(CutFace face, Collection<Integer> chars, List<String> tables) throws IOException {
        GlyphCut cut = new GlyphCut(face);
        for (int c : chars) {
            int gid = face.glyphId(c);
            if (gid == 0) continue;
            if (c > 0xFFFF) throw new IllegalArgumentException("character outside the BMP: U+" + Integer.toHexString(c));
            cut.characters.put(c, gid);
        }
        try {
            cut.collectGlyphs();
            return cut.file(tables);
        } catch (IndexOutOfBoundsException e) {
            // a composite glyph that runs past its end, or names a glyph the face does not have
            throw new IOException(Messages.get("font.detail.table-damaged", "glyf"), e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Glyph 0, the characters' glyphs and, level by level, the glyphs composites refer to, each read once. */
    private void collectGlyphs() throws IOException {
        int count = face.numberOfGlyphs();
        BitSet wanted = new BitSet(count);
        wanted.set(0);
        characters.values().forEach(wanted::set);
        long[] offsets = face.glyphOffsets();
        long glyf = face.glyphTable();
        Map<Integer, byte[]> read = new TreeMap<>();
        BitSet toRead = (BitSet) wanted.clone();
        while (!toRead.isEmpty()) {
            BitSet components = new BitSet(count);
            try (InputStream in = face.data()) {
                long at = 0;
                for (int gid = toRead.nextSetBit(0); gid >= 0; gid = toRead.nextSetBit(gid + 1)) {
                    long start = glyf + offsets[gid];
                    long length = offsets[gid + 1] - offsets[gid];
                    if (length < 0) throw new IOException(Messages.get("font.detail.table-damaged", "loca"));
                    skip(in, start - at);
                    byte[] g = in.readNBytes((int) length);
                    if (g.length != length) throw new EOFException(Messages.get("font.detail.cut-table", "glyf"));
                    at = start + g.length;
                    read.put(gid, g);
                    forEachComponent(g, (offset, component) -> {
                        if (component >= count) throw new IndexOutOfBoundsException(component);
                        if (!wanted.get(component)) components.set(component);
                    });
                }
            }
            wanted.or(components);
            toRead = components;
        }
        kept = wanted.stream().toArray();
        glyphs = new byte[kept.length][];
        for (int i = 0; i < kept.length; i++) glyphs[i] = read.get(kept[i]);
    }

    private static void skip(InputStream in, long n) throws IOException {
        if (n < 0) throw new IOException(Messages.get("font.detail.table-damaged", "loca"));
        if (in.skip(n) != n) throw new EOFException(Messages.get("font.detail.cut-table", "glyf"));
    }

    private interface ComponentVisitor {
        void component(int offset, int gid);
    }

    /**
     * Visits the component glyph ids of a composite glyph (where each is, and what), and returns
     * the length of the glyph's data up to the end of its instructions; a simple glyph's length.
     */
    private static int forEachComponent(byte[] g, ComponentVisitor visitor) {
        if (g.length < 2 || g[0] != -1 || g[1] != -1) return g.length;
        int off = 10;
        int flags;
        do {
            flags = u16(g, off);
            visitor.component(off + 2, u16(g, off + 2));
            off += 4;
            off += (flags & COMPOSITE_WORDS) != 0 ? 4 : 2;
            if ((flags & COMPOSITE_TWO_BY_TWO) != 0) off += 8;
            else if ((flags & COMPOSITE_X_AND_Y) != 0) off += 4;
            else if ((flags & COMPOSITE_SCALE) != 0) off += 2;
        } while ((flags & COMPOSITE_MORE) != 0);
        if ((flags & COMPOSITE_INSTRUCTIONS) != 0) off += 2 + u16(g, off);
        return off;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private int newId(int oldGid) {
        return Arrays.binarySearch(kept, oldGid);
    }

    private byte[] file(List<String> tables) throws IOException {
        TrueTypeFile out = new TrueTypeFile();
        ByteArrayOutputStream glyf = new ByteArrayOutputStream(64 * 1024);
        TrueTypeFile.Table loca = new TrueTypeFile.Table();
        for (byte[] g : glyphs) {
            loca.u32(glyf.size());
            int length = forEachComponent(g, (offset, component) -> {
                int id = newId(component);
                g[offset] = (byte) (id >>> 8);
                g[offset + 1] = (byte) id;
            });
            glyf.write(g, 0, length);
            glyf.write(new byte[3], 0, -length & 3);
        }
        loca.u32(glyf.size());
        out.put("glyf", glyf.toByteArray()).put("loca", loca.done());
        out.put("head", head());
        int longMetrics = longMetrics(face.horizontalMetrics());
        out.put("hhea", patched(raw("hhea"), 34, longMetrics));
        out.put("hmtx", hmtx(face.horizontalMetrics()));
        out.put("maxp", maxp());
        if (tables.contains("cmap") && !characters.isEmpty()) out.put("cmap", cmap());
        CutFace.Os2 os2 = face.os2();
        if (tables.contains("OS/2") && os2 != null && !characters.isEmpty()) out.put("OS/2", os2(os2));
        if (tables.contains("name")) name().ifPresent(n -> out.put("name", n));
        if (tables.contains("post") && face.namesGlyphs()) out.put("post", post());
        for (String tag : tables) {
            if (out.has(tag)) continue;
            byte[] t = face.table(tag);
            if (t != null) out.put(tag, t);
        }
        return out.bytes();
    }

    private byte[] raw(String tag) throws IOException {
        byte[] t = face.table(tag);
        if (t == null) throw new IOException(Messages.get("font.detail.no-table", tag));
        return t;
    }

    private static byte[] patched(byte[] table, int at, int u16) {
        table[at] = (byte) (u16 >>> 8);
        table[at + 1] = (byte) u16;
        return table;
    }

    /** The face's maximum profile with the kept glyphs' count; version 0.5 is the count alone. */
    private byte[] maxp() throws IOException {
        TrueTypeFile.Table t = new TrueTypeFile.Table().bytes(Arrays.copyOf(raw("maxp"), 4)).u16(kept.length);
        int[] fields = face.maximumProfile();
        if (fields != null) {
            for (int f : fields) t.u16(f);
        }
        return t.done();
    }

    /** The face's header with the long {@code loca} format; {@link TrueTypeFile} sets checkSumAdjustment. */
    private byte[] head() throws IOException {
        return patched(raw("head"), 50, 1);
    }

    /**
     * The kept glyphs with a width of their own: those below the face's {@code numberOfHMetrics},
     * and, when glyphs above it are kept without the last such glyph, one more, the first of
     * them, given that glyph's width, which they all share.
     */
    private int longMetrics(int faceLong) {
        int at = Arrays.binarySearch(kept, faceLong);
        int below = at >= 0 ? at : -(at + 1);
        return below + (sharesWidth(faceLong) ? 1 : 0);
    }

    /** Whether glyphs that share the face's last width are kept without the glyph that has it. */
    private boolean sharesWidth(int faceLong) {
        return kept[kept.length - 1] >= faceLong && Arrays.binarySearch(kept, faceLong - 1) < 0;
    }

    private byte[] hmtx(int faceLong) throws IOException {
        TrueTypeFile.Table t = new TrueTypeFile.Table();
        boolean needShared = sharesWidth(faceLong);
        for (int gid : kept) {
            if (gid < faceLong) {
                t.u16(face.advanceWidth(gid)).u16(face.leftSideBearing(gid));
            } else {
                if (needShared) {
                    t.u16(face.advanceWidth(faceLong - 1));
                    needShared = false;
                }
                t.u16(face.leftSideBearing(gid));
            }
        }
        return t.done();
    }

    /** One format 4 subtable (Windows, Unicode BMP): runs of consecutive characters with consecutive new glyph ids. */
    private byte[] cmap() {
        int[] start = new int[characters.size() + 1], end = new int[start.length], delta = new int[start.length];
        int segments = 0;
        for (Map.Entry<Integer, Integer> e : characters.entrySet()) {
            int c = e.getKey(), id = newId(e.getValue());
            if (segments > 0 && c == end[segments - 1] + 1 && id - c == delta[segments - 1]) {
                end[segments - 1] = c;
                continue;
            }
            start[segments] = c;
            end[segments] = c;
            delta[segments] = id - c;
            segments++;
        }
        start[segments] = 0xFFFF;
        end[segments] = 0xFFFF;
        delta[segments] = 1;
        segments++;
        int searchRange = 2 * Integer.highestOneBit(segments);
        TrueTypeFile.Table t = new TrueTypeFile.Table()
                .u16(0).u16(1).u16(3).u16(1).u32(12)
                .u16(4).u16(16 + segments * 8).u16(0).u16(segments * 2).u16(searchRange)
                .u16(Integer.numberOfTrailingZeros(searchRange / 2)).u16(2 * segments - searchRange);
        for (int i = 0; i < segments; i++) t.u16(end[i]);
        t.u16(0);
        for (int i = 0; i < segments; i++) t.u16(start[i]);
        for (int i = 0; i < segments; i++) t.u16(delta[i]);
        for (int i = 0; i < segments; i++) t.u16(0);
        return t.done();
    }

    private byte[] os2(CutFace.Os2 os2) {
        TrueTypeFile.Table t = new TrueTypeFile.Table()
                .u16(os2.version()).u16(os2.averageCharWidth()).u16(os2.weightClass()).u16(os2.widthClass())
                .u16(os2.fsType());
        for (int s : os2.scripts()) t.u16(s);
        t.u16(os2.strikeoutSize()).u16(os2.strikeoutPosition()).u16(os2.familyClass())
                .bytes(os2.panose())
                .u32(0).u32(0).u32(0).u32(0)
                .bytes(os2.vendor().getBytes(StandardCharsets.US_ASCII))
                .u16(os2.fsSelection()).u16(characters.firstKey()).u16(characters.lastKey())
                .u16(os2.typoAscender()).u16(os2.typoDescender()).u16(os2.typoLineGap())
                .u16(os2.winAscent()).u16(os2.winDescent());
        return t.done();
    }

    private static boolean copied(CutFace.Name r) {
        return r.platform() == NameRecord.PLATFORM_WINDOWS && r.encoding() == NameRecord.ENCODING_WINDOWS_UNICODE_BMP
                && r.language() == NameRecord.LANGUAGE_WINDOWS_EN_US && r.id() >= 0 && r.id() < 7;
    }

    /** The Windows English names 0–6 (family, style, full and PostScript names among them); empty when the face has none. */
    private java.util.Optional<byte[]> name() throws IOException {
        List<CutFace.Name> all = face.names();
        if (all == null) return java.util.Optional.empty();
        List<CutFace.Name> records = all.stream().filter(GlyphCut::copied).toList();
        if (records.isEmpty()) return java.util.Optional.empty();
        TrueTypeFile.Table t = new TrueTypeFile.Table().u16(0).u16(records.size()).u16(6 + 12 * records.size());
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        for (CutFace.Name r : records) {
            byte[] s = r.string().getBytes(StandardCharsets.UTF_16BE);
            t.u16(r.platform()).u16(r.encoding()).u16(r.language()).u16(r.id())
                    .u16(s.length).u16(strings.size());
            strings.writeBytes(s);
        }
        return java.util.Optional.of(t.bytes(strings.toByteArray()).done());
    }

    /** Format 2: the face's header fields, then the kept glyphs' names, standard Macintosh names by number. */
    private byte[] post() throws IOException {
        byte[] header = Arrays.copyOf(raw("post"), 32);
        TrueTypeFile.Table t = new TrueTypeFile.Table().u32(0x00020000L).bytes(Arrays.copyOfRange(header, 4, 32)).u16(kept.length);
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int gid : kept) {
            String name = face.glyphName(gid);
            Integer standard = WGL4Names.getGlyphIndex(name);
            t.u16(standard != null ? standard : 258 + names.computeIfAbsent(name, n -> names.size()));
        }
        for (String name : names.keySet()) {
            byte[] b = name.getBytes(StandardCharsets.US_ASCII);
            t.bytes(new byte[] {(byte) b.length}).bytes(b);
        }
        return t.done();
    }
}
