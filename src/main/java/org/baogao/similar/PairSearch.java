package org.baogao.similar;

import java.util.ArrayList;
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
    /** 0: not yet asked in this search, 1: a source, 2: a version of the same report. */
    private final byte[] verdict;
    private final IntList touched = new IntList(64);
    private final List<int[]> raw = new ArrayList<>();

    PairSearch(ArchiveIndex index) {
        this.x = index;
        this.lastEnd = new int[index.n];
        this.lastDiagonal = new int[index.n];
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
        int[] ta = x.texts[a];
        int[] positions = x.prints[a].seeds().positions();
        List<PairPassages> found = new ArrayList<>();
        for (int e = x.docStart[a]; e < x.docStart[a + 1]; e++) {
            int run = x.entryRun[e];
            if (run < 0) continue;
            int pa = positions[e - x.docStart[a]];
            for (int q = x.runStart[run]; q < x.runStart[run + 1]; q++) {
                int b = x.postDoc[q];
                if (b == a || only != null && !only[b]) continue;
                int pb = x.postPos[q];
                int diagonal = pb - pa;
                if (verdict[b] != 0 && diagonal == lastDiagonal[b] && pa < lastEnd[b]) continue;
                if (!x.mayReach(ta, pa, q)) continue;
                if (verdict[b] == 0) {
                    verdict[b] = x.sameReport(a, b) ? (byte) 2 : (byte) 1;
                    lastEnd[b] = -1;
                    touched.add(b);
                }
                if (verdict[b] == 2) continue;
                extend(a, b, pa, pb);
            }
        }
        for (int i = 0; i < touched.size(); i++) verdict[touched.get(i)] = 0;
        touched.clear();
        if (!raw.isEmpty()) merge(a, found);
        return found;
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
        if (counted < x.settings.minChars()) return;
        while (s < end && (ta[s] | tb[t]) >= ArchiveIndex.FORMULA) {
            s++;
            t++;
        }
        while (end > s && (ta[end - 1] | tb[u - 1]) >= ArchiveIndex.FORMULA) {
            end--;
            u--;
        }
        raw.add(new int[] {b, s, end, t, u});
    }

    private void merge(int a, List<PairPassages> found) {
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
        raw.clear();
    }
}
