package org.baogao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Font files the tests make from a font of this machine: the kinds that make font libraries talk.
 * An sfnt file is a directory of tables; these rewrite the tables and put the file back together.
 */
public final class FontFiles {

    /** Fonts with TrueType outlines that the README's packages (or Debian's base) install. */
    private static final List<Path> SOURCES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private FontFiles() {}

    /** A TrueType font of this machine to start from. */
    public static Optional<Path> source() {
        return SOURCES.stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * The font without PostScript names: no name record 6, and a {@code post} table of format 3 (no
     * glyph names) at the very end of the file, which FontBox warns about as it reads the font.
     */
    public static void withoutPostScriptName(Path ttf, Path out) throws IOException {
        Map<String, byte[]> tables = tables(ttf);
        tables.put("name", withoutRecord(tables.get("name"), 6));
        write(withPostLast(tables), out);
    }

    /**
     * The font turned into an OpenType font with CFF outlines: its {@code glyf} and {@code loca}
     * replaced by a {@code CFF } table (one glyph, as a font subset can be), the way the URW base-35
     * fonts are built, {@code post} of format 3 at the end included.
     */
    public static void withCffOutlines(Path ttf, Path out) throws IOException {
        Map<String, byte[]> tables = tables(ttf);
        tables.remove("glyf");
        tables.remove("loca");
        tables.put("CFF ", minimalCff("BaogaoTestCFF"));
        write(withPostLast(tables), out);
    }

    /** The first {@code bytes} of the font: its table directory points past the end of the file. */
    public static void truncated(Path ttf, Path out, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(ttf);
        Files.write(out, java.util.Arrays.copyOf(all, Math.min(bytes, all.length)));
    }

    static Map<String, byte[]> tables(Path ttf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(ttf));
        int count = b.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            byte[] tag = new byte[4];
            b.get(at, tag);
            int offset = b.getInt(at + 8), length = b.getInt(at + 12);
            byte[] data = new byte[length];
            b.get(offset, data);
            tables.put(new String(tag, StandardCharsets.US_ASCII), data);
        }
        return tables;
    }

    private static Map<String, byte[]> withPostLast(Map<String, byte[]> tables) {
        Map<String, byte[]> ordered = new LinkedHashMap<>(tables);
        ordered.remove("post");
        byte[] post = ByteBuffer.allocate(32).putInt(0x00030000).array();  // format 3.0, the header alone
        System.arraycopy(tables.get("post"), 4, post, 4, 28);               // its italic angle, underline, fixed pitch
        ordered.put("post", post);
        return ordered;
    }

    /** Writes the tables in the map's order, each at a four-byte boundary, with their checksums. */
    static void write(Map<String, byte[]> tables, Path out) throws IOException {
        int n = tables.size();
        int log2 = 31 - Integer.numberOfLeadingZeros(n);
        ByteBuffer head = ByteBuffer.allocate(12 + 16 * n);
        boolean cff = tables.containsKey("CFF ");
        head.putInt(cff ? 0x4F54544F : 0x00010000)  // 'OTTO' or TrueType 1.0
                .putShort((short) n).putShort((short) (16 << log2)).putShort((short) log2)
                .putShort((short) (16 * n - (16 << log2)));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = 12 + 16 * n;
        List<String> tags = new ArrayList<>(tables.keySet());
        for (String tag : tags) {
            byte[] data = tables.get(tag);
            head.put(tag.getBytes(StandardCharsets.US_ASCII)).putInt(checksum(data)).putInt(offset).putInt(data.length);
            body.write(data);
            int pad = (4 - data.length % 4) % 4;
            // the last table ends the file: FontBox's warning is about a post table that does
            if (tag.equals(tags.get(tags.size() - 1))) pad = 0;
            body.write(new byte[pad]);
            offset += data.length + pad;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(head.array());
        body.writeTo(file);
        Files.write(out, file.toByteArray());
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(data, (data.length + 3) / 4 * 4));
        while (b.hasRemaining()) sum += b.getInt();
        return sum;
    }

    /** A {@code name} table (format 0) without the records of one name id. */
    private static byte[] withoutRecord(byte[] name, int nameId) {
        ByteBuffer b = ByteBuffer.wrap(name);
        int count = b.getShort(2) & 0xFFFF, storage = b.getShort(4) & 0xFFFF;
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] record = new byte[12];
            b.get(6 + 12 * i, record);
            if ((ByteBuffer.wrap(record).getShort(6) & 0xFFFF) != nameId) kept.add(record);
        }
        ByteBuffer out = ByteBuffer.allocate(6 + 12 * kept.size() + name.length - storage);
        out.putShort((short) 0).putShort((short) kept.size()).putShort((short) (6 + 12 * kept.size()));
        kept.forEach(out::put);
        out.put(name, storage, name.length - storage);
        return out.array();
    }

    /**
     * A CFF table with one glyph, {@code .notdef}, drawn as nothing: header, Name, Top DICT, String
     * and Global Subr INDEXes, the CharStrings INDEX and an empty Private DICT. Offsets in the Top
     * DICT are written as 5-byte integers so that its size is known before they are.
     */
    private static byte[] minimalCff(String fontName) {
        byte[] name = fontName.getBytes(StandardCharsets.US_ASCII);
        int topDictSize = 5 + 1 + 5 + 5 + 1;
        int charStringsAt = 4 + index1(name.length) + index1(topDictSize) + 2 + 2;
        int privateAt = charStringsAt + index1(1);
        ByteBuffer b = ByteBuffer.allocate(privateAt);
        b.put(new byte[] {1, 0, 4, 1});                       // version 1.0, header size 4, offsets of 1 byte
        putIndex1(b, name);
        ByteBuffer dict = ByteBuffer.allocate(topDictSize);
        dict.put((byte) 29).putInt(charStringsAt).put((byte) 17);          // CharStrings
        dict.put((byte) 29).putInt(0).put((byte) 29).putInt(privateAt).put((byte) 18);  // Private: size, offset
        putIndex1(b, dict.array());
        b.putShort((short) 0);                                // String INDEX: empty
        b.putShort((short) 0);                                // Global Subr INDEX: empty
        putIndex1(b, new byte[] {14});                        // one charstring: endchar
        return b.array();
    }

    private static int index1(int dataLength) {
        return 2 + 1 + 2 + dataLength;
    }

    private static void putIndex1(ByteBuffer b, byte[] data) {
        b.putShort((short) 1).put((byte) 1).put((byte) 1).put((byte) (1 + data.length)).put(data);
    }
}
