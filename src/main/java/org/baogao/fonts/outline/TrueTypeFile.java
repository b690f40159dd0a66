package org.baogao.fonts.outline;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.baogao.text.Messages;

/**
 * An sfnt font file assembled from its tables, and the check that such a file is whole: the
 * format's own checksums (every table's, and the whole file's through {@code head}'s
 * checkSumAdjustment) catch a file that was cut short or damaged on disk.
 */
final class TrueTypeFile {

    /** What every table's and the file's sums must come to with checkSumAdjustment in place. */
    private static final long WHOLE_FILE_SUM = 0xB1B0AFBAL;
    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;

    /** Tags in the order of the directory: sorted, as the format asks. */
    private final Map<String, byte[]> tables = new TreeMap<>();

    TrueTypeFile put(String tag, byte[] table) {
        if (tag.length() != 4) throw new IllegalArgumentException("table tag of 4 characters: " + tag);
        tables.put(tag, table);
        return this;
    }

    boolean has(String tag) {
        return tables.containsKey(tag);
    }

    byte[] bytes() {
        int count = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << entrySelector) * 16;
        int offset = 12 + 16 * count;
        long size = offset;
        for (byte[] t : tables.values()) size += padded(t.length);
        if (size > Integer.MAX_VALUE - 8) throw new IllegalStateException("font larger than 2 GB");
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.putInt(0x00010000).putShort((short) count).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (count * 16 - searchRange));
        int headOffset = -1;
        // the whole file's sum is its directory's and its tables' (their padding is zeros): each table summed once
        long tablesSum = 0;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                headOffset = offset;
                ByteBuffer.wrap(t).putInt(HEAD_CHECKSUM_ADJUSTMENT, 0);
            }
            long tableSum = sum(t, 0, t.length);
            tablesSum += tableSum;
            out.put(e.getKey().getBytes(StandardCharsets.US_ASCII)).putInt((int) tableSum)
                    .putInt(offset).putInt(t.length);
            offset += padded(t.length);
        }
        long directorySum = sum(out.array(), 0, out.position());
        for (byte[] t : tables.values()) {
            out.put(t);
            for (int i = t.length; i < padded(t.length); i++) out.put((byte) 0);
        }
        byte[] file = out.array();
        if (headOffset >= 0) {
            long adjustment = (WHOLE_FILE_SUM - directorySum - tablesSum) & 0xFFFFFFFFL;
            ByteBuffer.wrap(file).putInt(headOffset + HEAD_CHECKSUM_ADJUSTMENT, (int) adjustment);
        }
        return file;
    }

    /**
     * Whether the file is whole: its directory within the file, each table's sum as recorded, the
     * whole file's sum as {@code head} says. Empty when it is, else what is wrong.
     *
     * <p>One walk over the bytes (a build checks the 40 MB of its converted faces): the whole
     * file's sum is the directory's plus each table's padded region's plus what lies between them,
     * when the tables are word-aligned and apart, as {@link #bytes} writes them; a file laid out
     * otherwise is summed a second time as a whole.
     */
    static Optional<String> damage(byte[] file) {
        if (file.length < 12 || file.length % 4 != 0) return Optional.of(Messages.get("font.detail.length", file.length));
        ByteBuffer b = ByteBuffer.wrap(file);
        if (b.getInt(0) != 0x00010000) return Optional.of(Messages.get("font.detail.not-truetype"));
        int count = b.getShort(4) & 0xFFFF;
        if (12 + 16L * count > file.length) return Optional.of(Messages.get("font.detail.cut-directory"));
        long[][] regions = new long[count][];
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(file, entry, 4, StandardCharsets.US_ASCII);
            long recorded = b.getInt(entry + 4) & 0xFFFFFFFFL;
            long offset = b.getInt(entry + 8) & 0xFFFFFFFFL;
            long length = b.getInt(entry + 12) & 0xFFFFFFFFL;
            if (offset + length > file.length) return Optional.of(Messages.get("font.detail.cut-table", tag));
            long end = Math.min(file.length, padded(offset + length));
            // the padded region's sum; the table's own is the same less the padding's bytes
            long region = sum(file, (int) offset, (int) (end - offset));
            long actual = (region - sum(file, (int) (offset + length), (int) (end - offset - length), (int) (length % 4))) & 0xFFFFFFFFL;
            if (tag.equals("head") && length > HEAD_CHECKSUM_ADJUSTMENT + 4) {
                actual = (actual - (b.getInt((int) offset + HEAD_CHECKSUM_ADJUSTMENT) & 0xFFFFFFFFL)) & 0xFFFFFFFFL;
            }
            if (actual != recorded) return Optional.of(Messages.get("font.detail.table-damaged", tag));
            regions[i] = new long[] {offset, end, region};
        }
        if (wholeSum(file, count, regions) != WHOLE_FILE_SUM) return Optional.of(Messages.get("font.detail.damaged"));
        return Optional.empty();
    }

    /** The whole file's sum from its tables' regions, summing only what lies outside them, or the whole file again when they overlap or are not word-aligned. */
    private static long wholeSum(byte[] file, int count, long[][] regions) {
        long[][] sorted = regions.clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingLong(r -> r[0]));
        long s = 0;
        long at = 0;
        for (long[] r : sorted) {
            if (r[0] < at || r[0] % 4 != 0) return sum(file, 0, file.length);
            s += sum(file, (int) at, (int) (r[0] - at)) + r[2];
            at = r[1];
        }
        s += sum(file, (int) at, (int) (file.length - at));
        return s & 0xFFFFFFFFL;
    }

    /** The bytes of one table, or empty when the file has none of that tag. */
    static Optional<byte[]> table(byte[] file, String tag) {
        ByteBuffer b = ByteBuffer.wrap(file);
        int count = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            if (new String(file, entry, 4, StandardCharsets.US_ASCII).equals(tag)) {
                int offset = b.getInt(entry + 8);
                int length = b.getInt(entry + 12);
                byte[] t = new byte[length];
                System.arraycopy(file, offset, t, 0, length);
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static long padded(long length) {
        return (length + 3) & ~3L;
    }

    /** The format's sum: the bytes as big-endian 32-bit words, the last one padded with zeros. */
    private static long sum(byte[] b, int from, int length) {
        return sum(b, from, length, 0);
    }

    /** The sum of bytes that start {@code column} bytes into a word (0–3). */
    static long sum(byte[] b, int from, int length, int column) {
        long s = 0;
        int end = from + length;
        int i = from;
        if (column == 0) {
            s = laneSum(b, from, length & ~7);
            i = from + (length & ~7);
            for (; i + 3 < end; i += 4) {
                s += ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
            }
        }
        for (int shift = 24 - 8 * column; i < end; i++, shift = shift == 0 ? 24 : shift - 8) s += (b[i] & 0xFFL) << shift;
        return s & 0xFFFFFFFFL;
    }

    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ALTERNATE_BYTES = 0x00FF00FF00FF00FFL;
    /** Additions of bytes a 16-bit field holds without carrying into the next: 255 × 257 = 65,535. */
    private static final int FIELD_ADDS = 257;

    /**
     * The sum of {@code length} bytes (a multiple of 8) as big-endian words, eight bytes at a time:
     * the sum of the words is the sum of each byte column's bytes, shifted to that column, and the
     * columns are added side by side in the 16-bit fields of two longs. The cut faces of every page
     * are summed, and the quick compiler (the launcher's) makes the byte-by-byte loop three times slower.
     */
    private static long laneSum(byte[] b, int from, int length) {
        long columns0 = 0, columns1 = 0, columns2 = 0, columns3 = 0;
        int end = from + length;
        for (int i = from; i < end; ) {
            long even = 0;
            long odd = 0;
            for (int n = 0; n < FIELD_ADDS && i < end; n++, i += 8) {
                long v = (long) LITTLE_ENDIAN_LONGS.get(b, i);
                even += v & ALTERNATE_BYTES;
                odd += (v >>> 8) & ALTERNATE_BYTES;
            }
            // little-endian: byte k of the eight is field k / 2 of even (k even) or odd (k odd), its column k % 4
            columns0 += (even & 0xFFFF) + ((even >>> 32) & 0xFFFF);
            columns2 += ((even >>> 16) & 0xFFFF) + (even >>> 48);
            columns1 += (odd & 0xFFFF) + ((odd >>> 32) & 0xFFFF);
            columns3 += ((odd >>> 16) & 0xFFFF) + (odd >>> 48);
        }
        return (columns0 << 24) + (columns1 << 16) + (columns2 << 8) + columns3;
    }

    /** A table built field by field, big-endian. */
    static final class Table {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Table u16(int v) {
            out.write((v >> 8) & 0xFF);
            out.write(v & 0xFF);
            return this;
        }

        Table u32(long v) {
            u16((int) (v >>> 16) & 0xFFFF);
            return u16((int) v & 0xFFFF);
        }

        Table bytes(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        byte[] done() {
            return out.toByteArray();
        }
    }
}
