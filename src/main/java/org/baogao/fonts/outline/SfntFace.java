package org.baogao.fonts.outline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.WGL4Names;

/**
 * A TrueType face read straight from its file's tables, for {@link GlyphCut}: what it reads, as
 * FontBox reads it, without FontBox's parse of the whole face. That parse (every glyph's offset,
 * width and name, the character map made into maps of boxed numbers, the whole file copied once
 * more) cost a one-report build more than half a second for the converted title face of 65,535
 * glyphs, which draws a title of a dozen characters.
 *
 * <p>Only a face laid out plainly is read here: the character map FontBox would choose of format 4,
 * or of format 12 with its groups in order and inside the face; glyph names of {@code post} version
 * 1, 2 or 3; the tables whole inside the file. That is how {@link CffToTrueType} writes its
 * conversions, and how the free TrueType faces are made. Anything else is FontBox's to parse
 * ({@link #read} is empty).
 */
public final class SfntFace implements CutFace {

    private static final int TRUETYPE = 0x00010000;
    /** FontBox's order of choice among Unicode character maps: (platform, encoding). */
    private static final int[][] UNICODE_CMAPS = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}};

    private final byte[] file;
    private final ByteBuffer b;
    private final Map<String, int[]> tables;
    private final int glyphs;
    private final int horizontalMetrics;
    private final int hmtx;
    private final long[] offsets;
    private final int glyf;
    /** A format 12 character map's groups: first character, last character, first glyph; null for format 4. */
    private final int[] first, last, glyph;
    /** A format 4 character map, by character; null for format 12. */
    private final char[] bmp;
    /** The glyphs' PostScript names; null when {@code post} names none. */
    private final String[] glyphNames;
    /** The name table's records, decoded once: every page's cut of the face copies some; null when FontBox would read none. */
    private final List<Name> names;

    private SfntFace(byte[] file, Map<String, int[]> tables) {
        this.file = file;
        this.b = ByteBuffer.wrap(file).asReadOnlyBuffer();
        this.tables = tables;
        this.glyphs = u16(tables.get("maxp")[0] + 4);
        this.horizontalMetrics = u16(tables.get("hhea")[0] + 34);
        this.hmtx = tables.get("hmtx")[0];
        this.glyf = tables.get("glyf")[0];
        this.offsets = new long[glyphs + 1];
        int loca = tables.get("loca")[0];
        boolean longOffsets = u16(tables.get("head")[0] + 50) == 1;
        for (int i = 0; i <= glyphs; i++) {
            offsets[i] = longOffsets ? b.getInt(loca + 4 * i) & 0xFFFFFFFFL : 2L * u16(loca + 2 * i);
        }
        int[] cmap = tables.get("cmap");
        int sub = cmap[0] + chosen(cmap);
        if (u16(sub) == 4) {
            bmp = format4(sub);
            first = last = glyph = null;
        } else {
            bmp = null;
            int groups = b.getInt(sub + 12);
            first = new int[groups];
            last = new int[groups];
            glyph = new int[groups];
            for (int i = 0; i < groups; i++) {
                first[i] = b.getInt(sub + 16 + 12 * i);
                last[i] = b.getInt(sub + 20 + 12 * i);
                glyph[i] = b.getInt(sub + 24 + 12 * i);
            }
        }
        glyphNames = postNames(tables.get("post"));
        names = readNames();
    }

    /** A format 4 subtable read as FontBox reads it: segment by segment, a later one overwriting an earlier. */
    private char[] format4(int sub) {
        char[] map = new char[0x10000];
        int segments = u16(sub + 6) / 2;
        int ends = sub + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments;
        for (int i = 0; i < segments; i++) {
            int start = u16(starts + 2 * i), end = u16(ends + 2 * i), delta = u16(deltas + 2 * i), range = u16(ranges + 2 * i);
            if (start == 65535 || end == 65535) continue;
            for (int c = start; c <= end; c++) {
                if (range == 0) {
                    map[c] = (char) (c + delta);
                } else {
                    // FontBox reads the glyph wherever the offset leads in the file
                    int g = u16(ranges + 2 * i + range + 2 * (c - start));
                    if (g != 0) map[c] = (char) (g + delta);
                }
            }
        }
        return map;
    }

    /** The glyph names of {@code post} as FontBox reads them: versions 1 and 2 name glyphs, 3 does not. */
    private String[] postNames(int[] post) {
        int version = b.getInt(post[0]);
        // FontBox reads no names when the table's header ends the file
        if (version == 0x00030000 || post[0] + 32 == file.length) return null;
        if (version == 0x00010000) return WGL4Names.getAllNames();
        if (version != 0x00020000) throw new IllegalArgumentException("post");
        int count = u16(post[0] + 32);
        int[] index = new int[count];
        int most = -1;
        for (int i = 0; i < count; i++) {
            index[i] = u16(post[0] + 34 + 2 * i);
            if (index[i] <= 32767) most = Math.max(most, index[i]);
        }
        String[] own = new String[Math.max(0, most - WGL4Names.NUMBER_OF_MAC_GLYPHS + 1)];
        int at = post[0] + 34 + 2 * count;
        for (int i = 0; i < own.length; i++) {
            int n = file[at] & 0xFF;
            // a name cut off by the table's end: FontBox would read on into the file, or give up
            if (at + 1 + n > post[0] + post[1]) throw new IllegalArgumentException("post");
            own[i] = new String(file, at + 1, n, StandardCharsets.ISO_8859_1);
            at += 1 + n;
        }
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            int x = index[i];
            names[i] = x < WGL4Names.NUMBER_OF_MAC_GLYPHS ? WGL4Names.getGlyphName(x)
                    : x <= 32767 ? own[x - WGL4Names.NUMBER_OF_MAC_GLYPHS] : ".undefined";
        }
        return names;
    }

    /** The face of {@code file} (a single face, not a collection), or empty when it is not laid out plainly. */
    public static Optional<SfntFace> read(byte[] file) {
        return read(file, 0);
    }

    /** The face whose table directory starts at {@code at} (of a collection, its offset in the collection's header). */
    public static Optional<SfntFace> read(byte[] file, int at) {
        try {
            Map<String, int[]> tables = directory(file, at);
            if (tables == null) return Optional.empty();
            SfntFace face = new SfntFace(file, tables);
            return face.plain() ? Optional.of(face) : Optional.empty();
        } catch (RuntimeException e) {
            // cut short, a count beyond its table: FontBox's parse says what is wrong
            return Optional.empty();
        }
    }

    /** Tag to {offset, length}; null when a table FontBox requires is missing or one lies outside the file. */
    private static Map<String, int[]> directory(byte[] file, int start) {
        ByteBuffer b = ByteBuffer.wrap(file);
        if (start < 0 || file.length < start + 12 || b.getInt(start) != TRUETYPE) return null;
        int count = b.getShort(start + 4) & 0xFFFF;
        Map<String, int[]> tables = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = start + 12 + 16 * i;
            String tag = new String(file, at, 4, StandardCharsets.ISO_8859_1);
            long offset = b.getInt(at + 8) & 0xFFFFFFFFL, length = b.getInt(at + 12) & 0xFFFFFFFFL;
            if (offset + length > file.length) return null;
            // FontBox leaves out tables of no length, except glyf
            if (length > 0 || tag.equals("glyf")) tables.put(tag, new int[] {(int) offset, (int) length});
        }
        for (String required : new String[] {"head", "hhea", "maxp", "post", "name", "hmtx", "cmap", "loca", "glyf"}) {
            if (!tables.containsKey(required)) return null;
        }
        return tables;
    }

    /** Whether every table is as FontBox would read it without complaint, and as this reader reads it. */
    private boolean plain() {
        if (length("head") < 54 || length("hhea") < 36 || length("maxp") < 6 || length("post") < 32) return false;
        int maxp = b.getInt(tables.get("maxp")[0]);
        if (maxp == TRUETYPE ? length("maxp") < 32 : maxp != 0x00005000) return false;
        if (glyphs == 0 || horizontalMetrics < 1 || horizontalMetrics > glyphs) return false;
        // FontBox knows the short and the long loca, and no other
        if (u16(tables.get("head")[0] + 50) > 1) return false;
        if (length("hmtx") < 4 * horizontalMetrics + 2 * (glyphs - horizontalMetrics)) return false;
        if (length("loca") < (glyphs + 1) * (u16(tables.get("head")[0] + 50) == 1 ? 4 : 2)) return false;
        for (int i = 0; i < glyphs; i++) {
            if (offsets[i + 1] < offsets[i] || offsets[i + 1] > length("glyf")) return false;
        }
        if (tables.containsKey("OS/2") && length("OS/2") < 78) return false;
        int previous = -1;
        for (int i = 0; first != null && i < first.length; i++) {
            // FontBox refuses characters beyond Unicode and surrogates, and stops a group at the face's last glyph
            if (first[i] <= previous || last[i] < first[i] || last[i] > 0x10FFFF) return false;
            if (first[i] <= 0xDFFF && last[i] >= 0xD800) return false;
            if (glyph[i] < 0 || (long) glyph[i] + last[i] - first[i] >= glyphs) return false;
            previous = last[i];
        }
        return names() != null;
    }

    /** Where the chosen subtable starts in the character map; it must be of format 12, whole. */
    private int chosen(int[] cmap) {
        int count = u16(cmap[0] + 2);
        int chosen = -1, rank = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int platform = u16(cmap[0] + 4 + 8 * i), encoding = u16(cmap[0] + 6 + 8 * i);
            int offset = b.getInt(cmap[0] + 8 + 8 * i);
            for (int r = 0; r < UNICODE_CMAPS.length; r++) {
                if (UNICODE_CMAPS[r][0] == platform && UNICODE_CMAPS[r][1] == encoding && r < rank) {
                    rank = r;
                    chosen = offset;
                }
            }
        }
        if (chosen < 0 || chosen + 16 > cmap[1]) throw new IllegalArgumentException("cmap");
        int format = u16(cmap[0] + chosen);
        if (format == 4) {
            int segments = u16(cmap[0] + chosen + 6) / 2;
            if (chosen + 16 + 8 * segments > cmap[1]) throw new IllegalArgumentException("cmap");
            return chosen;
        }
        if (format != 12) throw new IllegalArgumentException("cmap");
        long groups = b.getInt(cmap[0] + chosen + 12) & 0xFFFFFFFFL;
        if (chosen + 16 + 12 * groups > cmap[1]) throw new IllegalArgumentException("cmap");
        return chosen;
    }

    private int length(String tag) {
        int[] t = tables.get(tag);
        return t == null ? 0 : t[1];
    }

    private int u16(int at) {
        return b.getShort(at) & 0xFFFF;
    }

    @Override
    public int glyphId(int codePoint) {
        if (bmp != null) return codePoint >= 0 && codePoint < bmp.length ? bmp[codePoint] : 0;
        int lo = 0, hi = first.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codePoint < first[mid]) hi = mid - 1;
            else if (codePoint > last[mid]) lo = mid + 1;
            else return glyph[mid] + codePoint - first[mid];
        }
        return 0;
    }

    @Override
    public int numberOfGlyphs() {
        return glyphs;
    }

    @Override
    public long[] glyphOffsets() {
        return offsets;
    }

    @Override
    public long glyphTable() {
        return glyf;
    }

    @Override
    public InputStream data() {
        return new ByteArrayInputStream(file);
    }

    @Override
    public int horizontalMetrics() {
        return horizontalMetrics;
    }

    @Override
    public int advanceWidth(int gid) {
        return u16(hmtx + 4 * Math.min(gid, horizontalMetrics - 1));
    }

    @Override
    public int leftSideBearing(int gid) {
        return gid < horizontalMetrics ? b.getShort(hmtx + 4 * gid + 2)
                : b.getShort(hmtx + 4 * horizontalMetrics + 2 * (gid - horizontalMetrics));
    }

    @Override
    public byte[] table(String tag) {
        int[] t = tables.get(tag);
        return t == null ? null : Arrays.copyOfRange(file, t[0], t[0] + t[1]);
    }

    @Override
    public int[] maximumProfile() {
        int at = tables.get("maxp")[0];
        if (b.getInt(at) != TRUETYPE) return null;
        int[] fields = new int[13];
        for (int i = 0; i < fields.length; i++) fields[i] = u16(at + 6 + 2 * i);
        // FontBox 3.0.7 reads a maxComponentDepth of 0 as 1, and the subsetter writes it so
        if (fields[12] == 0) fields[12] = 1;
        return fields;
    }

    @Override
    public Os2 os2() {
        int[] t = tables.get("OS/2");
        if (t == null) return null;
        int at = t[0];
        int[] scripts = new int[8];
        for (int i = 0; i < scripts.length; i++) scripts[i] = b.getShort(at + 10 + 2 * i);
        return new Os2(u16(at), b.getShort(at + 2), u16(at + 4), u16(at + 6), b.getShort(at + 8), scripts,
                b.getShort(at + 26), b.getShort(at + 28), b.getShort(at + 30), Arrays.copyOfRange(file, at + 32, at + 42),
                new String(file, at + 58, 4, StandardCharsets.ISO_8859_1), u16(at + 62),
                b.getShort(at + 68), b.getShort(at + 70), b.getShort(at + 72), u16(at + 74), u16(at + 76));
    }

    @Override
    public List<Name> names() {
        return names;
    }

    private List<Name> readNames() {
        int at = tables.get("name")[0], length = length("name");
        if (length < 6) return null;
        int count = u16(at + 2);
        // FontBox finds the strings after the records, whatever the table's own offset says
        int storage = 6 + 12 * count;
        if (storage > length) return null;
        List<Name> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int r = at + 6 + 12 * i;
            int platform = u16(r), encoding = u16(r + 2), size = u16(r + 8), offset = u16(r + 10);
            String s = null;
            // FontBox reads no string whose offset lies beyond the table
            if (offset <= length) {
                if (storage + offset + size > length) return null;
                s = new String(file, at + storage + offset, size, charset(platform, encoding));
            }
            out.add(new Name(platform, encoding, u16(r + 4), u16(r + 6), s));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** How FontBox decodes a name record. */
    private static Charset charset(int platform, int encoding) {
        if (platform == 3 && (encoding == 0 || encoding == 1) || platform == 0) return StandardCharsets.UTF_16;
        if (platform == 2 && encoding == 0) return StandardCharsets.US_ASCII;
        if (platform == 2 && encoding == 1) return StandardCharsets.UTF_16BE;
        return StandardCharsets.ISO_8859_1;
    }

    @Override
    public boolean namesGlyphs() {
        return glyphNames != null;
    }

    @Override
    public String glyphName(int gid) {
        return gid < 0 || gid >= glyphNames.length ? null : glyphNames[gid];
    }
}
