package org.baogao.similar;

import java.util.Arrays;

/**
 * The winnowed n-gram hashes of one normalised text (Schleimer, Wilkerson and Aiken, "Winnowing:
 * local algorithms for document fingerprinting", 2003, as MOSS uses them): in every window of
 * {@code w} consecutive n-grams the one with the least hash is kept, the rightmost of equals. Two
 * texts that share a stretch of at least {@code w + n − 1} characters then keep the same hash
 * inside it, since the window that lies wholly inside the stretch chooses alike in both.
 *
 * @param hashes    the kept hashes, in text order
 * @param positions where each kept n-gram starts in the text
 */
public record Winnowed(int[] hashes, int[] positions) {

    static final Winnowed NONE = new Winnowed(new int[0], new int[0]);

    private static final long BASE = 0x100000001B3L;

    public int size() {
        return hashes.length;
    }

    /** Whether every position is inside a text of {@code length} characters, in increasing order. */
    boolean fit(int length) {
        if (hashes.length != positions.length) return false;
        int last = -1;
        for (int p : positions) {
            if (p <= last || p >= length) return false;
            last = p;
        }
        return true;
    }

    /** The winnowed {@code n}-grams of {@code text}, in windows of {@code w}. */
    static Winnowed of(char[] text, int n, int w) {
        int grams = text.length - n + 1;
        if (grams <= 0) return NONE;
        long[] g = new long[grams];
        long pow = 1;
        for (int i = 1; i < n; i++) pow *= BASE;
        long h = 0;
        for (int i = 0; i < text.length; i++) {
            if (i >= n) h -= text[i - n] * pow;
            h = h * BASE + text[i];
            int start = i - n + 1;
            if (start >= 0) g[start] = mix(h) & 0xFFFFFFFFL;
        }
        int windows = Math.max(1, grams - w + 1);
        int span = Math.min(w, grams);
        int[] hashes = new int[grams / Math.max(1, w / 2) + 2];
        int[] positions = new int[hashes.length];
        int count = 0;
        int last = -1;
        int min = -1;
        for (int i = 0; i < windows; i++) {
            int newest = i + span - 1;
            if (min < i) {
                // the last window's least left it (or this is the first window): look through this one
                min = newest;
                for (int j = newest - 1; j >= i; j--) if (g[j] < g[min]) min = j;
            } else if (g[newest] <= g[min]) {
                // what lies between was greater than the least, which is still in: only the newest can take its place
                min = newest;
            }
            if (min == last) continue;
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
                positions = Arrays.copyOf(positions, count * 2);
            }
            hashes[count] = (int) g[min];
            positions[count++] = min;
            last = min;
        }
        return new Winnowed(Arrays.copyOf(hashes, count), Arrays.copyOf(positions, count));
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
