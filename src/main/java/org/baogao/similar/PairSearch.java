package org.baogao.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Steps 3 and 4 of {@link ArchiveIndex}'s list, for one document at a time on one thread: each
 * seed extended over the two texts to the exact stretch they share, trimmed of formulas, and a
 * pair's passages at most {@link #MERGE_GAP} characters apart merged. The state is for each other
 * document the last stretch found with it, so that the seeds inside it are skipped.
 */
final class PairSearch {

    /** Two passages of a pair this close in both reports are one passage with a word changed. */
    static final int MERGE_GAP = 4;

    private final ArchiveIndex x;
    private final int[] lastEnd;
    private final int[] lastDiagonal;
    /** For each other document, the index in {@link #raw} of the last stretch extended with it; −1 when it did not count. */
    private final int[] lastRaw;
    /** 0: not yet asked in this search, 1: a source, 2: a version of the same report. */
    private final byte[] verdict;
    private final IntList touched = new IntList(64);
    private final List<int[]> raw = new ArrayList<>();
    /**
     * The seeds met with each document whose side {@link #both} also gives, in A's order, each as
     * {@link #SEEN} numbers: the document, its position and A's, and the stretch the seed is in (as
     * {@link #lastDiagonal} and {@link #lastEnd} name it, and its {@link #raw} index or −1).
     */
    private final IntList seen = new IntList(1024);
    private static final int SEEN = 6;

    PairSearch(ArchiveIndex index) {
        this.x = index;
        this.lastEnd = new int[index.n];
        this.lastDiagonal = new int[index.n];
        this.lastRaw = new int[index.n];
        this.verdict = new byte[index.n];
    }

    /**
     * What document {@code a} shares with each other document, found from its own side: each
     * pair is searched from both, which doubles the extending but lets each report's results
     * be written and forgotten as soon as they are found.
     *
     * @param only the documents to search against; null: all. A pair's passages do not depend on
     *             the other documents, so these are the same as a search against all finds with them.
     */
    List<PairPassages> from(int a, boolean[] only) {
        return search(a, only, null, null);
    }

    /**
     * For a check that searches each pair once: what document {@code a} shares with each other
     * document, except the {@code both} documents before it (whose own search gives A's side), and
     * for each {@code both} document B after it, what B shares with A, added to {@code mirrored}:
     * exactly what B's own search would find with A, without extending any stretch again.
     *
     * <p>B's search would meet the same seeds with A, in B's order (B's position, then A's), and
     * each would extend to the same stretch. It skips a seed when the last stretch it extended with
     * A is the one the seed is in; every other seed it extends, and a stretch extended again after
     * another came between counts again (as {@link #merge} treats it). So B's stretches are those
     * of the seeds that reach, in B's order, less each one that follows a seed of its own stretch.
     * A's search therefore asks of every seed whether it reaches, the ones it skips too.
     */
    List<PairPassages> both(int a, boolean[] both, List<PairPassages> mirrored) {
        return search(a, null, both, mirrored);
    }

    private List<PairPassages> search(int a, boolean[] only, boolean[] both, List<PairPassages> mirrored) {
        int[] ta = x.texts[a];
        int[] positions = x.seedPositions[a];
        List<PairPassages> found = new ArrayList<>();
        for (int e = x.docStart[a]; e < x.docStart[a + 1]; e++) {
            int run = x.entryRun[e];
            if (run < 0) continue;
            int pa = positions[e - x.docStart[a]];
            for (int q = x.runStart[run]; q < x.runStart[run + 1]; q++) {
                int b = x.postDoc[q];
                if (b == a || only != null && !only[b]) continue;
                boolean mirror = both != null && both[b];
                if (mirror && b < a) continue;
                int pb = x.postPos[q];
                int diagonal = pb - pa;
                if (verdict[b] != 0 && diagonal == lastDiagonal[b] && pa < lastEnd[b]) {
                    if (mirror && verdict[b] == 1 && x.mayReach(ta, pa, q)) see(b, pb, pa);
                    continue;
                }
                if (!x.mayReach(ta, pa, q)) continue;
                if (verdict[b] == 0) {
                    verdict[b] = x.sameReport(a, b) ? (byte) 2 : (byte) 1;
                    lastEnd[b] = -1;
                    touched.add(b);
                }
                if (verdict[b] == 2) continue;
                extend(a, b, pa, pb);
                if (mirror) see(b, pb, pa);
            }
        }
        for (int i = 0; i < touched.size(); i++) verdict[touched.get(i)] = 0;
        touched.clear();
        if (!seen.isEmpty()) mirror(a, mirrored);
        if (!raw.isEmpty()) merge(a, raw, found);
        raw.clear();
        return found;
    }

    private void see(int b, int pb, int pa) {
        seen.add(b);
        seen.add(pb);
        seen.add(pa);
        seen.add(lastDiagonal[b]);
        seen.add(lastEnd[b]);
        seen.add(lastRaw[b]);
    }

    /** Each seen document's side: its seeds in its order, a seed in the last one's stretch skipped, the others' stretches merged. */
    private void mirror(int a, List<PairPassages> mirrored) {
        int count = seen.size() / SEEN;
        long[] byDoc = new long[count];
        for (int i = 0; i < count; i++) byDoc[i] = (long) seen.get(i * SEEN) << 32 | i;
        Arrays.sort(byDoc);
        List<int[]> side = new ArrayList<>();
        for (int g = 0; g < count; ) {
            int b = (int) (byDoc[g] >>> 32);
            int h = g;
            while (h < count && (int) (byDoc[h] >>> 32) == b) h++;
            // B's order: by B's position; the seeds of one position are in A's order already, and stay so
            long[] order = new long[h - g];
            for (int i = g; i < h; i++) {
                int r = (int) byDoc[i];
                order[i - g] = (long) seen.get(r * SEEN + 1) << 32 | r;
            }
            Arrays.sort(order);
            boolean first = true;
            int diagonal = 0;
            int end = 0;
            for (long o : order) {
                int r = (int) o * SEEN;
                if (!first && seen.get(r + 3) == diagonal && seen.get(r + 4) == end) continue;
                first = false;
                diagonal = seen.get(r + 3);
                end = seen.get(r + 4);
                int k = seen.get(r + 5);
                if (k < 0) continue;
                int[] p = raw.get(k);
                side.add(new int[] {a, p[3], p[4], p[1], p[2]});
            }
            if (!side.isEmpty()) merge(b, side, mirrored);
            side.clear();
            g = h;
        }
        seen.clear();
    }

    /**
     * The stretch the two texts share around A's {@code pa} and B's {@code pb}, counting on the way
     * the characters that are formulas in neither: the stretch counts when they make the shortest
     * passage (those trimmed off its ends are formulas, so trimming does not change their number).
     */
    private void extend(int a, int b, int pa, int pb) {
        int[] ta = x.texts[a];
        int[] tb = x.texts[b];
        int counted = 0;
        int s = pa;
        int t = pb;
        while (s > 0 && t > 0) {
            int p = ta[s - 1];
            int q = tb[t - 1];
            if (((p ^ q) & ArchiveIndex.CHAR) != 0) break;
            if ((p | q) < ArchiveIndex.FORMULA) counted++;
            s--;
            t--;
        }
        int end = pa;
        int u = pb;
        while (end < ta.length && u < tb.length) {
            int p = ta[end];
            int q = tb[u];
            if (((p ^ q) & ArchiveIndex.CHAR) != 0) break;
            if ((p | q) < ArchiveIndex.FORMULA) counted++;
            end++;
            u++;
        }
        lastDiagonal[b] = pb - pa;
        lastEnd[b] = Math.max(end, pa + 1);
        lastRaw[b] = -1;
        if (counted < x.settings.minChars()) return;
        while (s < end && (ta[s] | tb[t]) >= ArchiveIndex.FORMULA) {
            s++;
            t++;
        }
        while (end > s && (ta[end - 1] | tb[u - 1]) >= ArchiveIndex.FORMULA) {
            end--;
            u--;
        }
        lastRaw[b] = raw.size();
        raw.add(new int[] {b, s, end, t, u});
    }

    /** Document {@code a}'s passages with each other document, from its stretches ({other, start, end, other's start, other's end}). */
    private static void merge(int a, List<int[]> raw, List<PairPassages> found) {
        raw.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[3]));
        int i = 0;
        while (i < raw.size()) {
            int b = raw.get(i)[0];
            List<int[]> merged = new ArrayList<>();
            for (; i < raw.size() && raw.get(i)[0] == b; i++) {
                int[] p = raw.get(i);
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                // found again from another seed after a different diagonal came between: the same passage
                boolean again = last != null && p[3] - p[1] == last[2] - last[0] && p[1] <= last[1];
                int gapA = last == null ? -1 : p[1] - last[1];
                int gapB = last == null ? -1 : p[3] - last[3];
                if (again || gapA >= 0 && gapA <= MERGE_GAP && gapB >= 0 && gapB <= MERGE_GAP) {
                    last[1] = Math.max(last[1], p[2]);
                    last[3] = Math.max(last[3], p[4]);
                } else {
                    merged.add(new int[] {p[1], p[2], p[3], p[4]});
                }
            }
            found.add(new PairPassages(a, b, merged));
        }
    }
}
