package org.baogao.similar;

import org.baogao.config.SimilarSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

/**
 * Finds the passages that the reports of an archive share, in four steps:
 *
 * <ol>
 * <li>the phrase grams of every report are counted across the archive: the characters of a gram
 *     that more reports carry than the formula limit, and those of the stop list's phrases, are
 *     marked as formulas in each report that has them;
 * <li>every report's seed hashes go into one index, sorted by hash; a hash that two to the limit
 *     reports share is a seed;
 * <li>each seed is extended left and right, character by character over the two texts, to the
 *     exact stretch the two reports share, formulas included; the stretch is trimmed of formulas at
 *     its ends and counts when at least the shortest passage of it is not formula; seeds inside a
 *     stretch already found are skipped, and a seed whose neighbouring characters cannot make the
 *     shortest passage is dropped before the other text is read;
 * <li>a pair's passages at most {@link #MERGE_GAP} characters apart in both reports are merged.
 * </ol>
 *
 * <p>A copied paragraph is therefore one passage even when it quotes a formula, and a formula with
 * a word or two around it is none. Work and memory grow with the number of hashes and of seeds,
 * not with the number of pairs of reports; a hash repeated within one report counts at most
 * {@link #MAX_REPEATS} times, so that a huge repetitive report cannot make the check quadratic.
 */
final class ArchiveMatcher {

    /** Two passages of a pair this close in both reports are one passage with a word changed. */
    static final int MERGE_GAP = 4;

    /** Occurrences of one hash within one report beyond this many are not seeds. */
    static final int MAX_REPEATS = 8;

    /** Padding around a text in the seeds' contexts: matches nothing. */
    private static final char NOTHING = '\uFFFF';

    private final List<Document> docs;
    private final SimilarSettings settings;
    private final boolean[] reported;
    private final Parallel parallel;
    private final int n;
    private final int gram;
    private final int context;
    private final int limit;
    private final Fingerprints[] prints;
    private char[][] texts;
    private BitSet[] formulas;
    private int[] docStart;
    private int[] entryRun;
    /** Each entry's place among its run's postings, which are in document order. */
    private int[] entryPosting;
    private boolean allReported;
    private int[] runStart;
    private int[] postDoc;
    private int[] postPos;
    /**
     * For each posting, the {@link #context} characters before its k-gram (nearest first) and as
     * many after it: a seed whose context cannot make up the shortest passage is dropped without
     * reading the other text, which is what most seeds among a large archive's stock phrases are.
     */
    private char[] postContext;

    /**
     * @param prints   each document's fingerprints when known (from a cache), else null entries,
     *                 which are filled in
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
        this.limit = settings.commonLimit(n);
        this.prints = prints;
    }

    /** The raw passages of each reported document, with the source's index, in no order. */
    List<PairPassages> run() {
        texts = new char[n][];
        formulas = new BitSet[n];
        List<String> stop = settings.stop().stream().map(Normaliser::normalise).filter(s -> !s.isEmpty()).toList();
        parallel.forEach(n, d -> {
            String text = docs.get(d).text();
            texts[d] = text.toCharArray();
            if (prints[d] == null) prints[d] = Fingerprints.of(texts[d], settings.minChars());
            BitSet f = new BitSet(text.length());
            for (String phrase : stop) {
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) f.set(at, at + phrase.length());
            }
            formulas[d] = f;
        });
        allReported = true;
        for (boolean r : reported) allReported &= r;
        markFormulas();
        indexSeeds();
        ConcurrentLinkedQueue<PairPassages> found = new ConcurrentLinkedQueue<>();
        ThreadLocal<Search> search = ThreadLocal.withInitial(Search::new);
        parallel.forEach(n, a -> {
            if (reported[a]) search.get().from(a, found);
        });
        return new ArrayList<>(found);
    }

    /** Hash and entry of every kept gram of one kind, sorted by hash; an entry's document and position by index. */
    private record Sorted(long[] keys, int[] entryDoc, int[] docStart) {}

    private Sorted sort(boolean seeds) {
        int[] start = new int[n + 1];
        for (int d = 0; d < n; d++) start[d + 1] = start[d] + (seeds ? prints[d].seeds() : prints[d].phrases()).size();
        int entries = start[n];
        long[] keys = new long[entries];
        int[] entryDoc = new int[entries];
        for (int d = 0; d < n; d++) {
            int[] h = (seeds ? prints[d].seeds() : prints[d].phrases()).hashes();
            for (int i = 0; i < h.length; i++) {
                int e = start[d] + i;
                keys[e] = ((h[i] & 0xFFFFFFFFL) << 32) | e;
                entryDoc[e] = d;
            }
        }
        Arrays.parallelSort(keys);
        return new Sorted(keys, entryDoc, start);
    }

    /** The end of the run of equal hashes that starts at {@code r0}, and how many documents it spans (in {@code df[0]}). */
    private static int runEnd(Sorted s, int r0, int[] df) {
        long[] keys = s.keys();
        long hash = keys[r0] >>> 32;
        int r1 = r0 + 1;
        int docs = 1;
        while (r1 < keys.length && keys[r1] >>> 32 == hash) {
            if (s.entryDoc()[(int) keys[r1]] != s.entryDoc()[(int) keys[r1 - 1]]) docs++;
            r1++;
        }
        df[0] = docs;
        return r1;
    }

    /** Marks the characters of every phrase gram that more reports carry than the limit. */
    private void markFormulas() {
        Sorted s = sort(false);
        int phrase = settings.minChars();
        int[] df = new int[1];
        for (int r0 = 0; r0 < s.keys().length; ) {
            int r1 = runEnd(s, r0, df);
            if (df[0] > limit) {
                for (int r = r0; r < r1; r++) {
                    int e = (int) s.keys()[r];
                    int d = s.entryDoc()[e];
                    int pos = prints[d].phrases().positions()[e - s.docStart()[d]];
                    formulas[d].set(pos, pos + phrase);
                }
            }
            r0 = r1;
        }
    }

    /** Keeps the runs of seed hashes that two to the limit reports share, with each posting's context. */
    private void indexSeeds() {
        Sorted s = sort(true);
        long[] keys = s.keys();
        int[] entryDoc = s.entryDoc();
        docStart = s.docStart();
        int entries = keys.length;
        entryRun = new int[entries];
        Arrays.fill(entryRun, -1);
        entryPosting = new int[entries];
        IntList shared = new IntList(1024);
        int postings = 0;
        int[] df = new int[1];
        for (int r0 = 0; r0 < entries; ) {
            int r1 = runEnd(s, r0, df);
            if (df[0] >= 2 && df[0] <= limit) {
                shared.add(r0);
                shared.add(r1);
                postings += r1 - r0;
            }
            r0 = r1;
        }
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
                int pos = prints[d].seeds().positions()[e - docStart[d]];
                pDoc.add(d);
                pPos.add(pos);
                char[] t = texts[d];
                for (int c = 1; c <= context; c++) ctx[at++] = pos - c >= 0 ? t[pos - c] : NOTHING;
                for (int c = 0; c < context; c++) ctx[at++] = pos + gram + c < t.length ? t[pos + gram + c] : NOTHING;
            }
        }
        starts.add(pDoc.size());
        runStart = starts.toArray();
        postDoc = pDoc.toArray();
        postPos = pPos.toArray();
        postContext = Arrays.copyOf(ctx, at);
    }

    /**
     * Whether the characters around A's k-gram at {@code pa} and around posting {@code q}'s agree
     * far enough to make the shortest passage: the k-gram and the context together.
     */
    private boolean mayReach(char[] ta, int pa, int q) {
        int base = q * 2 * context;
        int left = 0;
        while (left < context && pa - left - 1 >= 0 && ta[pa - left - 1] == postContext[base + left]) left++;
        int right = 0;
        int from = pa + gram;
        while (right < context - left && from + right < ta.length && ta[from + right] == postContext[base + context + right]) {
            right++;
        }
        return left + right >= context;
    }

    /** What one document shares with one other, as found from the first's side: {start, end, sourceStart, sourceEnd}. */
    record PairPassages(int doc, int source, List<int[]> passages) {}

    /** One thread's search state: for each other document, the last stretch found with it. */
    private final class Search {
        private final int[] lastEnd = new int[n];
        private final int[] lastDiagonal = new int[n];
        /** 0: not yet asked in this search, 1: a source, 2: a version of the same report. */
        private final byte[] verdict = new byte[n];
        private final IntList touched = new IntList(64);
        private final List<int[]> raw = new ArrayList<>();

        void from(int a, ConcurrentLinkedQueue<PairPassages> found) {
            char[] ta = texts[a];
            Document da = docs.get(a);
            int[] positions = prints[a].seeds().positions();
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
                    extend(a, b, pa, pb);
                }
            }
            for (int i = 0; i < touched.size(); i++) verdict[touched.get(i)] = 0;
            touched.clear();
            if (!raw.isEmpty()) merge(a, found);
        }

        private void extend(int a, int b, int pa, int pb) {
            char[] ta = texts[a];
            char[] tb = texts[b];
            int s = pa;
            int t = pb;
            while (s > 0 && t > 0 && ta[s - 1] == tb[t - 1]) {
                s--;
                t--;
            }
            int end = pa;
            int u = pb;
            while (end < ta.length && u < tb.length && ta[end] == tb[u]) {
                end++;
                u++;
            }
            lastDiagonal[b] = pb - pa;
            lastEnd[b] = Math.max(end, pa + 1);
            if (end - s < settings.minChars()) return;
            BitSet fa = formulas[a];
            BitSet fb = formulas[b];
            while (s < end && (fa.get(s) || fb.get(t))) {
                s++;
                t++;
            }
            while (end > s && (fa.get(end - 1) || fb.get(u - 1))) {
                end--;
                u--;
            }
            int counted = 0;
            for (int i = s, j = t; i < end; i++, j++) if (!fa.get(i) && !fb.get(j)) counted++;
            if (counted >= settings.minChars()) raw.add(new int[] {b, s, end, t, u});
        }

        private void merge(int a, ConcurrentLinkedQueue<PairPassages> found) {
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

    /** Runs work over indices on the check's threads. */
    interface Parallel {
        void forEach(int count, IntConsumer task);
    }
}
