package org.baogao.similar;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * {@link LastCheck} as one binary file of a build's cache. The file names its format and ends
 * with a checksum of the rest; one of another format, damaged (cut short, a byte changed) or
 * whose results do not fit its documents reads as none, and the check is then made whole: a
 * cache is trusted only when it is exactly what a check wrote.
 */
public final class LastCheckFile {

    /** Changes whenever the check would find other passages in the same texts, or the file's layout changes. */
    private static final String FORMAT = "baogao last check 1";

    private LastCheckFile() {}

    public static byte[] bytes(LastCheck last) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, FORMAT);
            out.writeInt(last.minChars());
            out.writeDouble(last.commonShare());
            out.writeInt(last.stop().size());
            for (String s : last.stop()) text(out, s);
            out.writeInt(last.documents().size());
            for (LastCheck.Checked d : last.documents()) {
                text(out, d.report());
                text(out, d.author());
                text(out, d.edition());
                out.writeInt(d.year());
                text(out, d.key());
                out.writeInt(d.chars());
            }
            for (int[] p : last.pairs()) {
                out.writeInt(p.length);
                for (int v : p) out.writeInt(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array is never full
        }
        CRC32 crc = new CRC32();
        byte[] body = bytes.toByteArray();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array();
    }

    /** The check in {@code bytes}; null when they are not one that {@link #bytes} wrote, whole and unchanged. */
    public static LastCheck read(byte[] bytes) {
        if (bytes.length < 8) return null;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getLong(bytes.length - 8) != crc.getValue()) return null;
        b.limit(bytes.length - 8);
        try {
            if (!FORMAT.equals(text(b))) return null;
            int minChars = b.getInt();
            double commonShare = b.getDouble();
            List<String> stop = new ArrayList<>();
            for (int i = count(b, 4); i > 0; i--) stop.add(required(text(b)));
            int n = count(b, 24);
            List<LastCheck.Checked> docs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String report = required(text(b));
                String author = text(b);
                String edition = text(b);
                int year = b.getInt();
                String key = required(text(b));
                int chars = b.getInt();
                if (chars < 0) return null;
                docs.add(new LastCheck.Checked(report, author, edition, year, key, chars));
            }
            List<int[]> pairs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int[] p = new int[count(b, 4)];
                b.asIntBuffer().get(p);
                b.position(b.position() + 4 * p.length);
                pairs.add(p);
            }
            if (b.hasRemaining()) return null;
            LastCheck last = new LastCheck(minChars, commonShare, stop, docs, pairs);
            return last.consistent() ? last : null;
        } catch (BufferUnderflowException | IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string, or null when it was written as none. */
    private static String text(ByteBuffer b) {
        int n = b.getInt();
        if (n == -1) return null;
        byte[] s = new byte[count(n, b, 1)];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private static String required(String s) {
        if (s == null) throw new IllegalArgumentException("damaged");
        return s;
    }

    /** A count of items at least {@code each} bytes long that the rest of the file can hold. */
    private static int count(ByteBuffer b, int each) {
        return count(b.getInt(), b, each);
    }

    private static int count(int n, ByteBuffer b, int each) {
        if (n < 0 || n > b.remaining() / each) throw new IllegalArgumentException("damaged");
        return n;
    }
}
