package org.baogao.similar;

/**
 * Which characters of one report lie inside a passage it shares with a report of the same author
 * and with one of another author, a bit each, for {@link Similarity#shares}: the passages of its
 * pairs are marked as the searches find them, on any thread, and the totals read at the end.
 */
final class Coverage {

    private final long[] same;
    private final long[] others;

    Coverage(int chars) {
        same = new long[(chars + 63) >>> 6];
        others = new long[same.length];
    }

    /** Marks the passages of one pair, {@code p.doc()} being this coverage's report. */
    synchronized void add(ArchiveIndex x, PairPassages p) {
        long[] bits = x.sameAuthor(p.doc(), p.source()) ? same : others;
        for (int[] q : p.passages()) mark(bits, q[0], q[1]);
    }

    private static void mark(long[] bits, int from, int to) {
        for (int i = from; i < to; ) {
            int word = i >>> 6;
            int upTo = Math.min(to, (word + 1) << 6);
            long mask = upTo - i == 64 ? -1L : ((1L << (upTo - i)) - 1) << (i & 63);
            bits[word] |= mask;
            i = upTo;
        }
    }

    synchronized ReportShare share(Document d) {
        int all = 0;
        int sameAuthor = 0;
        int other = 0;
        for (int w = 0; w < same.length; w++) {
            all += Long.bitCount(same[w] | others[w]);
            sameAuthor += Long.bitCount(same[w]);
            other += Long.bitCount(others[w]);
        }
        return new ReportShare(d.report(), d.text().length(), all, sameAuthor, other);
    }
}
