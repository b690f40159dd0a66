package org.baogao.similar;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.baogao.config.SimilarSettings;

/**
 * The fingerprints of an archive's texts as a build's cache keeps them, so that the next build
 * makes them only for the texts that changed: each under a key the caller chooses (the hash of
 * the normalised text), in one binary file. The file names its format and the shortest passage
 * they were made for; one made otherwise, or damaged, reads as empty.
 */
public final class FingerprintFile {

    /** Changes whenever {@link Fingerprints#of} would make other fingerprints of the same text. */
    private static final String FORMAT = "baogao fingerprints 1";

    private FingerprintFile() {}

    /** The file's bytes: the fingerprints made with {@code settings}, by key. */
    public static byte[] bytes(Map<String, Fingerprints> byKey, SimilarSettings settings) {
        byte[] format = FORMAT.getBytes(StandardCharsets.US_ASCII);
        long size = 4 + format.length + 8;
        for (Map.Entry<String, Fingerprints> e : byKey.entrySet()) {
            size += 4 + e.getKey().getBytes(StandardCharsets.UTF_8).length + 16L
                    + 8L * (e.getValue().seeds().size() + e.getValue().phrases().size());
        }
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("fingerprints too large for one file: " + size + " bytes");
        ByteBuffer b = ByteBuffer.allocate((int) size);
        b.putInt(format.length).put(format).putInt(settings.minChars()).putInt(byKey.size());
        for (Map.Entry<String, Fingerprints> e : byKey.entrySet()) {
            byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
            b.putInt(key.length).put(key);
            put(b, e.getValue().seeds());
            put(b, e.getValue().phrases());
        }
        return b.array();
    }

    /** The fingerprints in {@code bytes}, by key; none when they were not made with {@code settings}' shortest passage. */
    public static Map<String, Fingerprints> read(byte[] bytes, SimilarSettings settings) {
        Map<String, Fingerprints> out = new LinkedHashMap<>();
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (!FORMAT.equals(text(b)) || b.getInt() != settings.minChars()) return Map.of();
            int count = b.getInt();
            for (int i = 0; i < count; i++) {
                String key = text(b);
                Winnowed seeds = winnowed(b);
                out.put(key, new Fingerprints(seeds, winnowed(b)));
            }
            return b.hasRemaining() ? Map.of() : out;
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            return Map.of();
        }
    }

    private static void put(ByteBuffer b, Winnowed w) {
        b.putInt(w.size());
        for (int h : w.hashes()) b.putInt(h);
        b.putInt(w.size());
        for (int p : w.positions()) b.putInt(p);
    }

    private static Winnowed winnowed(ByteBuffer b) {
        int[] hashes = ints(b);
        int[] positions = ints(b);
        if (hashes.length != positions.length) throw new IllegalArgumentException("damaged");
        return new Winnowed(hashes, positions);
    }

    private static int[] ints(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining() / 4) throw new IllegalArgumentException("damaged");
        int[] out = new int[n];
        b.asIntBuffer().get(out);
        b.position(b.position() + 4 * n);
        return out;
    }

    private static String text(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) throw new IllegalArgumentException("damaged");
        byte[] s = new byte[n];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
