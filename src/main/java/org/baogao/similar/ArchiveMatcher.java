package org.baogao.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

/**
 * Finds the passages that the reports of an archive share, in four steps:
 *
 * <ol>
 * <li>every report's winnowed fingerprints go into one index, sorted by hash;
 * <li>a fingerprint that more reports carry than the formula limit marks its k-gram in each of them
 *     as matching nothing, as the stop list's phrases are; one that two or more carry is a seed;
 * <li>each seed is extended left and right, character by character over the two texts, to the
 *     exact passage the two reports share, and seeds inside a passage already found are skipped;
 * <li>a pair's passages that are at most {@link #MERGE_GAP} characters apart in both reports are
 *     merged into one, and passages shorter than the settings' minimum are dropped.
 * </ol>
 *
 * <p>Work and memory grow with the number of fingerprints and of seeds, not with the number of
 * pairs of reports; a k-gram repeated within one report counts at most {@link #MAX_REPEATS} times,
 * so that a huge repetitive report cannot make the check quadratic.
 */
final class ArchiveMatcher {

    /** Two passages of a pair this close in both reports are one passage with a word changed. */
    static final int MERGE_GAP = 4;

    /** Occurrences of one k-gram within one report beyond this many are not seeds. */
    static final int MAX_REPEATS = 8;

    private final List<Document> docs;
    private final SimilarSettings settings;
    private final boolean[] reported;
    private final Parallel parallel;
    private final int n;
    private final int gram;
    private char[][] texts;
    private Fingerprints[] prints;
    private int[] docStart;
    private int[] entryRun;
    /** Each entry's place among its run's postings, which are in document order. */
    private int[] entryPosting;
    private boolean allReported;
    private int[] runStart;
    private int[] postDoc;
    private int[] postPos;
    /**
     * For each posting, the {@link #context} characters before its k-gram (nearest first) and the
     * as many after it: a seed whose context cannot make up the shortest passage is dropped without
     * reading the other text, which is what most seeds among a large archive's stock phrases are.
     */
    private char[] postContext;
    private final int context;

    /**
     * @param prints   each document's fingerprints when known (from a cache), else null entries;
     *                 they must have been made from the text with the stop list masked
     * @param reported which documents results are wanted for; the others are only compared with
     */
    ArchiveMatcher(List<Document> docs, Fingerprints[] prints, boolean[] reported, SimilarSettings settings,
            Parallel parallel) {
        this.docs = docs;
        this.settings = settings;
        this.reported = reported;
        this.parallel = parallel;
        this.n = docs.size();
        this.gram = Fingerprints.gram(settings.minChars());
        this.context = settings.minChars() - gram;
        this.prints = prints;
    }

    /** The texts as compared: normalised, with the stop list's phrases masked. */
    static char[] masked(String text, List<String> stop) {
        char[] t = text.toCharArray();
        for (String phrase : stop) {
            if (phrase.isEmpty()) continue;
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                Arrays.fill(t, at, at + phrase.length(), Fingerprints.MASK);
            }
        }
        return t;
    }

    /** The raw passages of each reported document, with the source's index, in no order. */
    List<PairPassages> run() {
        texts = new char[n][];
        List<String> stop = settings.stop().stream().map(Normaliser::normalise).filter(s -> !s.isEmpty()).toList();
        parallel.forEach(n, d -> {
            texts[d] = masked(docs.get(d).text(), stop);
            if (prints[d] == null) prints[d] = Fingerprints.of(texts[d], settings.minChars());
        });
        index();
        allReported = true;
        for (boolean r : reported) allReported &= r;
        ConcurrentLinkedQueue<PairPassages> found = new ConcurrentLinkedQueue<>();
        ThreadLocal<Seeds> seeds = ThreadLocal.withInitial(() -> new Seeds(n));
        parallel.forEach(n, a -> {
            if (reported[a]) seeds.get().search(a, found);
        });
        return new ArrayList<>(found);
    }

    /** Sorts every fingerprint by hash; masks the formulas; keeps the runs two to the limit reports share. */
    private void index() {
        docStart = new int[n + 1];
        for (int d = 0; d < n; d++) docStart[d + 1] = docStart[d] + prints[d].size();
        int entries = docStart[n];
        long[] keys = new long[entries];
        int[] entryDoc = new int[entries];
        for (int d = 0; d < n; d++) {
            int[] h = prints[d].hashes();
            for (int i = 0; i < h.length; i++) {
                int e = docStart[d] + i;
                keys[e] = ((h[i] & 0xFFFFFFFFL) << 32) | e;
                entryDoc[e] = d;
            }
        }
        Arrays.parallelSort(keys);
        int limit = settings.commonLimit(n);
        entryRun = new int[entries];
        Arrays.fill(entryRun, -1);
        entryPosting = new int[entries];
        // first the formulas are masked, then the seeds' contexts are read from the masked texts
        IntList shared = new IntList(1024);
        for (int r0 = 0; r0 < entries; ) {
            long hash = keys[r0] >>> 32;
            int r1 = r0 + 1;
            int df = 1;
            while (r1 < entries && keys[r1] >>> 32 == hash) {
                if (entryDoc[(int) keys[r1]] != entryDoc[(int) keys[r1 - 1]]) df++;
                r1++;
            }
            if (df > limit) {
                for (int r = r0; r < r1; r++) {
                    int e = (int) keys[r];
                    int d = entryDoc[e];
                    int pos = prints[d].positions()[e - docStart[d]];
                    Arrays.fill(texts[d], pos, pos + gram, Fingerprints.MASK);
                }
            } else if (df >= 2) {
                shared.add(r0);
                shared.add(r1);
            }
            r0 = r1;
        }
        int postings = 0;
        for (int i = 0; i < shared.size(); i += 2) postings += shared.get(i + 1) - shared.get(i);
        IntList starts = new IntList(shared.size() / 2 + 1);
        IntList pDoc = new IntList(postings);
        IntList pPos = new IntList(postings);
        char[] ctx = new char[postings * 2 * context];
        int at = 0;
        for (int i = 0; i < shared.size(); i += 2) {
            int run = starts.size();
            starts.add(pDoc.size());
            int repeats = 0;
            for (int r = shared.get(i); r < shared.get(i + 1); r++) {
                int e = (int) keys[r];
                int d = entryDoc[e];
                repeats = r > shared.get(i) && entryDoc[(int) keys[r - 1]] == d ? repeats + 1 : 1;
                if (repeats > MAX_REPEATS) continue;
                entryRun[e] = run;
                entryPosting[e] = pDoc.size();
                int pos = prints[d].positions()[e - docStart[d]];
                pDoc.add(d);
                pPos.add(pos);
                char[] t = texts[d];
                for (int c = 1; c <= context; c++) ctx[at++] = pos - c >= 0 ? t[pos - c] : Fingerprints.MASK;
                for (int c = 0; c < context; c++) ctx[at++] = pos + gram + c < t.length ? t[pos + gram + c] : Fingerprints.MASK;
            }
        }
        starts.add(pDoc.size());
        runStart = starts.toArray();
        postDoc = pDoc.toArray();
        postPos = pPos.toArray();
        postContext = ctx;
    }

    /** What one document shares with one other, as found from the first's side. */
    record PairPassages(int doc, int source, List<int[]> passages) {}

    /** One thread's search state: for each other document, the last passage found with it. */
    private final class Seeds {
        private final int[] lastEnd;
        private final int[] lastDiagonal;
        /** 0: not yet asked in this search, 1: a source, 2: a version of the same report. */
        private final byte[] verdict;
        private final IntList touched = new IntList(64);
        private final List<int[]> raw = new ArrayList<>();

        Seeds(int n) {
            lastEnd = new int[n];
            lastDiagonal = new int[n];
            verdict = new byte[n];
        }

        void search(int a, ConcurrentLinkedQueue<PairPassages> found) {
            char[] ta = texts[a];
            Document da = docs.get(a);
            int[] positions = prints[a].positions();
            for (int e = docStart[a]; e < docStart[a + 1]; e++) {
                int run = entryRun[e];
                if (run < 0) continue;
                int pa = positions[e - docStart[a]];
                // when every document is reported each pair is searched from its first document's
                // side, and the postings after this one are those of the later documents
                for (int q = allReported ? entryPosting[e] + 1 : runStart[run]; q < runStart[run + 1]; q++) {
                    int b = postDoc[q];
                    if (b == a || reported[b] && b < a) continue;
                    int pb = postPos[q];
                    int diagonal = pb - pa;
                    if (verdict[b] != 0 && diagonal == lastDiagonal[b] && pa < lastEnd[b]) continue;
                    if (!mayReach(ta, pa, q)) continue;
                    if (verdict[b] == 0) {
                        verdict[b] = da.sameReport(docs.get(b)) ? (byte) 2 : (byte) 1;
                        lastEnd[b] = -1;
                        touched.add(b);
                    }
                    if (verdict[b] == 2) continue;
                    char[] tb = texts[b];
                    int s = pa;
                    int t = pb;
                    while (s > 0 && t > 0 && ta[s - 1] == tb[t - 1] && ta[s - 1] != Fingerprints.MASK) {
                        s--;
                        t--;
                    }
                    int end = pa;
                    int u = pb;
                    while (end < ta.length && u < tb.length && ta[end] == tb[u] && ta[end] != Fingerprints.MASK) {
                        end++;
                        u++;
                    }
                    lastDiagonal[b] = diagonal;
                    lastEnd[b] = Math.max(end, pa + 1);
                    if (end - s >= settings.minChars()) raw.add(new int[] {b, s, end, t, u});
                }
            }
            for (int i = 0; i < touched.size(); i++) verdict[touched.get(i)] = 0;
            touched.clear();
            if (raw.isEmpty()) return;
            raw.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[3]));
            int i = 0;
            while (i < raw.size()) {
                int b = raw.get(i)[0];
                List<int[]> merged = new ArrayList<>();
                for (; i < raw.size() && raw.get(i)[0] == b; i++) {
                    int[] p = raw.get(i);
                    int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                    // found again from another seed after a different diagonal came between: the same passage
                    if (last != null && p[3] - p[1] == last[2] - last[0] && p[1] <= last[1]) {
                        last[1] = Math.max(last[1], p[2]);
                        last[3] = Math.max(last[3], p[4]);
                        continue;
                    }
                    int gapA = last == null ? -1 : p[1] - last[1];
                    int gapB = last == null ? -1 : p[3] - last[3];
                    if (gapA >= 0 && gapA <= MERGE_GAP && gapB >= 0 && gapB <= MERGE_GAP) {
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

    /**
     * Whether the characters around A's k-gram at {@code pa} and around posting {@code q}'s agree
     * far enough to make the shortest passage: the k-gram and the context together.
     */
    private boolean mayReach(char[] ta, int pa, int q) {
        int base = q * 2 * context;
        int left = 0;
        while (left < context && pa - left - 1 >= 0) {
            char c = ta[pa - left - 1];
            if (c != postContext[base + left] || c == Fingerprints.MASK) break;
            left++;
        }
        int right = 0;
        int from = pa + gram;
        while (right < context - left && from + right < ta.length) {
            char c = ta[from + right];
            if (c != postContext[base + context + right] || c == Fingerprints.MASK) break;
            right++;
        }
        return left + right >= context;
    }

    /** Runs work over indices on the check's threads. */
    interface Parallel {
        void forEach(int count, IntConsumer task);
    }
}
