package org.baogao.similar;

import java.util.Arrays;

/**
 * The winnowed k-gram fingerprints of one normalised text (Schleimer, Wilkerson and Aiken,
 * "Winnowing: local algorithms for document fingerprinting", 2003, as MOSS uses them): in every
 * window of {@code w} consecutive k-grams the one with the least hash is kept. Two texts that
 * share a passage of at least {@code w + k − 1} characters then share at least one fingerprint
 * inside it, which is the guarantee on the shortest passage found.
 *
 * @param hashes    the fingerprints' hashes, in text order
 * @param positions where each fingerprint's k-gram starts in the text
 */
public record Fingerprints(int[] hashes, int[] positions) {

    static final Fingerprints NONE = new Fingerprints(new int[0], new int[0]);

    /** A character that matches nothing, not even itself: masked phrases (the stop list) are made of it. */
    static final char MASK = '\uFFFF';

    private static final long BASE = 0x100000001B3L;
    private static final long INVALID = Long.MAX_VALUE;

    public int size() {
        return hashes.length;
    }

    /** The k-gram length for a guaranteed shortest passage: k and w as equal as can be, k ≥ w. */
    static int gram(int minChars) {
        return minChars / 2 + 1;
    }

    /** The window for a guaranteed shortest passage. */
    static int window(int minChars) {
        return minChars - gram(minChars) + 1;
    }

    /** The fingerprints of {@code text}, guaranteeing every shared passage of {@code minChars} one. */
    public static Fingerprints of(char[] text, int minChars) {
        int k = gram(minChars);
        int w = window(minChars);
        int grams = text.length - k + 1;
        if (grams <= 0) return NONE;
        long[] g = new long[grams];
        long pow = 1;
        for (int i = 1; i < k; i++) pow *= BASE;
        long h = 0;
        int lastMask = -1;
        for (int i = 0; i < text.length; i++) {
            if (i >= k) h -= text[i - k] * pow;
            h = h * BASE + text[i];
            if (text[i] == MASK) lastMask = i;
            int start = i - k + 1;
            if (start >= 0) g[start] = lastMask >= start ? INVALID : (mix(h) & 0xFFFFFFFFL);
        }
        int windows = Math.max(1, grams - w + 1);
        int span = Math.min(w, grams);
        int[] hashes = new int[grams / Math.max(1, w / 2) + 2];
        int[] positions = new int[hashes.length];
        int count = 0;
        int last = -1;
        for (int i = 0; i < windows; i++) {
            int min = i + span - 1;
            for (int j = i + span - 2; j >= i; j--) if (g[j] < g[min]) min = j;
            if (g[min] == INVALID || min == last) continue;
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
                positions = Arrays.copyOf(positions, count * 2);
            }
            hashes[count] = (int) g[min];
            positions[count++] = min;
            last = min;
        }
        return new Fingerprints(Arrays.copyOf(hashes, count), Arrays.copyOf(positions, count));
    }

    /** MurmurHash3's finaliser: the polynomial hash's low bits alone are poorly spread. */
    private static int mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h >>> 32);
    }
}
