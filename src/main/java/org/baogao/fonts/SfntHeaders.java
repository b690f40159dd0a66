package org.baogao.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a font file's {@link FaceHeader}s from the few tables they are in (name, OS/2, head, maxp
 * and the one cmap subtable FontBox would pick), without parsing the glyphs. FontBox's parse reads
 * every table of every face: for the 14 Noto CJK collections of a Debian machine (140 CFF faces of
 * 65,535 glyphs) that took 5–6 s of CPU, most of a small build; this reads a few hundred kilobytes
 * a face.
 *
 * <p>It reads the tables as FontBox does (the same name, family, weight and character map choices),
 * and only files that FontBox would read without complaint as far as it can tell: when anything is
 * unusual (a table outside the file, one FontBox requires missing, a character map format other than
 * 4 or 12, CFF outlines in a {@code .ttf}), it gives up, and the font search parses the file with
 * FontBox as before, which says what is wrong with it. A face used for printing is parsed whole
 * before any report is rendered ({@link FontRegistry#prepared}), so a fault deeper in its tables
 * is found then.
 */
final class SfntHeaders {

    private static final int TTCF = 0x74746366;
    private static final int OTTO = 0x4F54544F;
    private static final int TRUETYPE = 0x00010000;

    /** A collection of more faces than this is not read here. */
    private static final int MAX_FACES = 1024;

    /** The cmap subtables FontBox looks for, in its order: (platform, encoding). */
    private static final int[][] UNICODE_CMAPS = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}, {0, 1}};

    /** The cmap formats FontBox reads; a character map with another fails its parse. */
    private static final Set<Integer> CMAP_FORMATS = Set.of(0, 2, 4, 6, 8, 10, 12, 13, 14);

    private final FileChannel channel;
    private final long size;
    /** Faces of a collection often share their character map: probed once. */
    private final Map<Long, Boolean> chineseByCmap = new HashMap<>();

    private SfntHeaders(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    /** Not what this reader reads: FontBox is to parse the file. */
    private static final class Unusual extends Exception {
        Unusual() {
            super(null, null, false, false);
        }
    }

    /**
     * The faces of the file, in the order of the collection; empty when the file is not plainly
     * well made, and FontBox is to parse it.
     *
     * @param collection whether the file is read as a collection ({@code .ttc}, {@code .otc})
     * @param openType   whether a single face is read as OpenType ({@code .otf}), which may hold CFF outlines
     */
    static Optional<List<FaceHeader>> read(Path file, boolean collection, boolean openType) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return Optional.of(new SfntHeaders(ch).faces(collection, openType));
        } catch (Unusual | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<FaceHeader> faces(boolean collection, boolean openType) throws IOException, Unusual {
        ByteBuffer start = at(0, 12);
        boolean ttcf = start.getInt(0) == TTCF;
        if (ttcf != collection) throw new Unusual();
        List<FaceHeader> out = new ArrayList<>();
        if (!collection) {
            out.add(face(0, openType));
            return out;
        }
        long count = start.getInt(8) & 0xFFFFFFFFL;
        if (count < 1 || count > MAX_FACES) throw new Unusual();
        ByteBuffer offsets = at(12, (int) count * 4);
        for (int i = 0; i < count; i++) {
            long offset = offsets.getInt(i * 4) & 0xFFFFFFFFL;
            // FontBox reads a collection's face as OpenType when its tag says so
            out.add(face(offset, at(offset, 4).getInt(0) == OTTO));
        }
        return out;
    }

    /** A table of a face's directory. */
    private record Table(long offset, int length) {}

    private FaceHeader face(long at, boolean openType) throws IOException, Unusual {
        ByteBuffer head = at(at, 12);
        int version = head.getInt(0);
        if (version != TRUETYPE && version != OTTO) throw new Unusual();
        int count = head.getShort(4) & 0xFFFF;
        ByteBuffer dir = at(at + 12, 16 * count);
        Map<String, Table> tables = new HashMap<>();
        for (int i = 0; i < count; i++) {
            byte[] tag = new byte[4];
            dir.get(16 * i, tag);
            long offset = dir.getInt(16 * i + 8) & 0xFFFFFFFFL;
            long length = dir.getInt(16 * i + 12) & 0xFFFFFFFFL;
            if (offset + length > size || length > Integer.MAX_VALUE) throw new Unusual();
            String t = new String(tag, StandardCharsets.ISO_8859_1);
            // FontBox leaves out tables of no length, except glyf
            if (length > 0 || t.equals("glyf")) tables.put(t, new Table(offset, (int) length));
        }
        boolean cff = tables.containsKey("CFF ");
        if (tables.containsKey("CFF2") || version == OTTO && !cff) throw new Unusual();
        // FontBox's TrueType parser refuses CFF outlines; its OpenType parser takes both
        if (cff && !openType) throw new Unusual();
        for (String required : new String[] {"head", "hhea", "maxp", "post", "name", "hmtx", "cmap"}) {
            if (!tables.containsKey(required)) throw new Unusual();
        }
        if (!cff && !(tables.containsKey("loca") && tables.containsKey("glyf"))) throw new Unusual();

        ByteBuffer headTable = table(tables.get("head"), 54);
        int macStyle = headTable.getShort(44) & 0xFFFF;
        ByteBuffer os2 = tables.containsKey("OS/2") ? table(tables.get("OS/2"), 78) : null;
        boolean italic = os2 != null ? (os2.getShort(62) & 1) != 0 : (macStyle & 2) != 0;
        int weight = os2 != null ? os2.getShort(4) & 0xFFFF : (macStyle & 1) != 0 ? 700 : 400;
        int glyphs = table(tables.get("maxp"), 6).getShort(4) & 0xFFFF;

        Names names = names(tables.get("name"));
        Table cmap = tables.get("cmap");
        Boolean chinese = chineseByCmap.get(cmap.offset() * 65536 + glyphs);
        if (chinese == null) {
            chinese = chinese(cmap, glyphs);
            chineseByCmap.put(cmap.offset() * 65536 + glyphs, chinese);
        }
        FontFace.Outlines outlines = tables.containsKey("glyf") ? FontFace.Outlines.TRUETYPE : FontFace.Outlines.CFF;
        return new FaceHeader(names.postScript(), names.families(), outlines, italic, weight, chinese);
    }

    private record Names(String postScript, List<String> families) {}

    private Names names(Table t) throws IOException, Unusual {
        ByteBuffer b = table(t, 6);
        int count = b.getShort(2) & 0xFFFF;
        // FontBox finds the strings after the records, whatever the table's own offset says
        int storage = 6 + 12 * count;
        if (storage > t.length()) throw new Unusual();
        // FontBox keeps the last record of each kind: the PostScript name is the last Macintosh Roman
        // English one, or when that is missing or unreadable, the last Windows US English one
        String mac = null;
        String windows = null;
        int[] ids = new int[count];
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            int r = 6 + 12 * i;
            int platform = b.getShort(r) & 0xFFFF;
            int encoding = b.getShort(r + 2) & 0xFFFF;
            int language = b.getShort(r + 4) & 0xFFFF;
            ids[i] = b.getShort(r + 6) & 0xFFFF;
            int length = b.getShort(r + 8) & 0xFFFF;
            int offset = b.getShort(r + 10) & 0xFFFF;
            // FontBox reads no string whose offset lies beyond the table
            if (offset <= t.length()) {
                if (storage + offset + length > t.length()) throw new Unusual();
                byte[] bytes = new byte[length];
                b.get(storage + offset, bytes);
                strings[i] = new String(bytes, charset(platform, encoding));
            }
            if (ids[i] == 6 && platform == 1 && encoding == 0 && language == 0) mac = strings[i];
            else if (ids[i] == 6 && platform == 3 && encoding == 1 && language == 0x409) windows = strings[i];
        }
        String ps = mac != null ? mac : windows;
        Set<String> families = new LinkedHashSet<>();
        for (int id : FaceHeader.FAMILY_NAME_IDS) {
            for (int i = 0; i < count; i++) {
                if (ids[i] == id) FaceHeader.addFamily(families, strings[i]);
            }
        }
        return new Names(ps == null ? null : ps.trim(), List.copyOf(families));
    }

    /** How FontBox decodes a name record. */
    private static Charset charset(int platform, int encoding) {
        if (platform == 3 && (encoding == 0 || encoding == 1) || platform == 0) return StandardCharsets.UTF_16;
        if (platform == 2 && encoding == 0) return StandardCharsets.US_ASCII;
        if (platform == 2 && encoding == 1) return StandardCharsets.UTF_16BE;
        return StandardCharsets.ISO_8859_1;
    }

    /** Whether the character map FontBox would use maps every character of {@link FaceHeader#CHINESE_PROBE}. */
    private boolean chinese(Table t, int glyphs) throws IOException, Unusual {
        ByteBuffer b = table(t, 4);
        int count = b.getShort(2) & 0xFFFF;
        if (4 + 8 * count > t.length()) throw new Unusual();
        int chosen = -1;
        int chosenRank = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int platform = b.getShort(4 + 8 * i) & 0xFFFF;
            int encoding = b.getShort(6 + 8 * i) & 0xFFFF;
            long offset = b.getInt(8 + 8 * i) & 0xFFFFFFFFL;
            if (offset + 2 > t.length()) throw new Unusual();
            if (!CMAP_FORMATS.contains(b.getShort((int) offset) & 0xFFFF)) throw new Unusual();
            for (int rank = 0; rank < UNICODE_CMAPS.length; rank++) {
                if (UNICODE_CMAPS[rank][0] == platform && UNICODE_CMAPS[rank][1] == encoding && rank < chosenRank) {
                    chosenRank = rank;
                    chosen = (int) offset;
                }
            }
        }
        // FontBox falls back to the first subtable, which need not be Unicode: let it
        if (chosen < 0) throw new Unusual();
        int format = b.getShort(chosen) & 0xFFFF;
        if (format == 4) {
            // FontBox reads format 4 by its segments, not its length, which large subtables overflow
            ByteBuffer sub = table(new Table(t.offset() + chosen, t.length() - chosen), 14);
            return FaceHeader.CHINESE_PROBE.codePoints().allMatch(cp -> format4(sub, cp) != 0);
        }
        if (format == 12) {
            if (chosen + 16 > t.length()) throw new Unusual();
            long length = b.getInt(chosen + 4) & 0xFFFFFFFFL;
            if (chosen + length > t.length()) throw new Unusual();
            ByteBuffer sub = table(new Table(t.offset() + chosen, (int) length), 16);
            return format12(sub, glyphs, FaceHeader.CHINESE_PROBE.codePoints().toArray());
        }
        throw new Unusual();
    }

    /** The glyph of a BMP character in a format 4 subtable, segments read as FontBox reads them (a later one wins). */
    private static int format4(ByteBuffer sub, int cp) {
        int segments = (sub.getShort(6) & 0xFFFF) / 2;
        int ends = 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int ranges = deltas + 2 * segments;
        if (ranges + 2 * segments > sub.limit()) throw new IndexOutOfBoundsException("cmap format 4 cut short");
        int glyph = 0;
        for (int i = 0; i < segments; i++) {
            int start = sub.getShort(starts + 2 * i) & 0xFFFF;
            int end = sub.getShort(ends + 2 * i) & 0xFFFF;
            if (start == 65535 || end == 65535 || cp < start || cp > end) continue;
            int delta = sub.getShort(deltas + 2 * i) & 0xFFFF;
            int range = sub.getShort(ranges + 2 * i) & 0xFFFF;
            if (range == 0) {
                glyph = (cp + delta) & 0xFFFF;
            } else {
                int g = sub.getShort(ranges + 2 * i + range + 2 * (cp - start)) & 0xFFFF;
                if (g != 0) glyph = (g + delta) & 0xFFFF;
            }
        }
        return glyph;
    }

    /** Whether a format 12 subtable maps every character, its groups checked as FontBox checks them. */
    private static boolean format12(ByteBuffer sub, int glyphs, int[] cps) throws Unusual {
        long groups = sub.getInt(12) & 0xFFFFFFFFL;
        if (16 + 12 * groups > sub.limit()) throw new Unusual();
        int[] found = new int[cps.length];
        for (int i = 0; i < groups; i++) {
            long first = sub.getInt(16 + 12 * i) & 0xFFFFFFFFL;
            long end = sub.getInt(20 + 12 * i) & 0xFFFFFFFFL;
            long glyph = sub.getInt(24 + 12 * i) & 0xFFFFFFFFL;
            if (first > 0x10FFFF || first >= 0xD800 && first <= 0xDFFF) throw new Unusual();
            if (end > 0 && end < first || end > 0x10FFFF || end >= 0xD800 && end <= 0xDFFF) throw new Unusual();
            for (int c = 0; c < cps.length; c++) {
                // FontBox stops a group at the first glyph beyond the font's
                if (cps[c] >= first && cps[c] <= end && glyph + (cps[c] - first) < glyphs) found[c] = (int) (glyph + cps[c] - first);
            }
        }
        if (glyphs == 0) return false;
        for (int g : found) if (g == 0) return false;
        return true;
    }

    /** At least {@code min} bytes of the table, all of it read. */
    private ByteBuffer table(Table t, int min) throws IOException, Unusual {
        if (t.length() < min) throw new Unusual();
        return at(t.offset(), t.length());
    }

    private ByteBuffer at(long offset, int length) throws IOException, Unusual {
        if (offset < 0 || length < 0 || offset + length > size) throw new Unusual();
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (channel.read(b, offset + b.position()) < 0) throw new Unusual();
        }
        return b.flip();
    }
}
