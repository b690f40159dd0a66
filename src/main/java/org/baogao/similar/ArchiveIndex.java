package org.baogao.similar;

import org.baogao.config.SimilarSettings;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The archive as the search reads it ({@link PairSearch}, which does steps 3 and 4), built in the
 * first two of the four steps that find the passages the reports of an archive share:
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
 * <li>a pair's passages at most {@link PairSearch#MERGE_GAP} characters apart in both reports are merged.
 * </ol>
 *
 * <p>A copied paragraph is therefore one passage even when it quotes a formula, and a formula with
 * a word or two around it is none. Work and memory grow with the number of hashes and of seeds,
 * not with the number of pairs of reports; a hash repeated within one report counts at most
 * {@link #MAX_REPEATS} times, so that a huge repetitive report cannot make the check quadratic.
 */
final class ArchiveIndex {

    /** Occurrences of one hash within one report beyond this many are not seeds. */
    static final int MAX_REPEATS = 8;

    /** Padding around a text in the seeds' contexts: matches nothing. */
    private static final char NOTHING = '\uFFFF';

    /** The bit of a {@link #texts} entry that marks a formula; below it, the character. */
    static final int FORMULA = 0x10000;

    /** The character of a {@link #texts} entry. */
    static final int CHAR = 0xFFFF;

    final List<Document> docs;
    final SimilarSettings settings;
    private final Parallel parallel;
    final int n;
    final int gram;
    private final int context;
    private final int limit;
    /** Each document's fingerprints while the index is built; not kept after, as the search needs their seeds' positions only. */
    private Fingerprints[] prints;
    /** Where each document's seed hashes are, in its text: what the search needs of its fingerprints. */
    int[][] seedPositions;
    /**
     * Each document's characters, each with {@link #FORMULA} added when it is a formula: one array
     * per document, so that the search's inner loops, which compare two texts and count the
     * characters that are formulas in neither, read one place of each text, not two.
     */
    int[][] texts;
    /** While the index is built: which characters of each document are formulas, a byte each, before they go into {@link #texts}. */
    private boolean[][] formulas;
    /**
     * For each document, a number it shares with exactly the documents that are versions of the
     * same report ({@link Document#sameReport}): its path's, or its author's and edition's; so
     * that the search asks it of each pair without comparing strings.
     */
    private int[] report;
    /** Each document's place among the archive's names ({@link Document#report()}) in their order, equal names in one place. */
    private int[] nameRank;
    private int[] version;
    /** For each document, a number it shares with exactly the documents of the same author ({@link Document#sameAuthor}); −1: none known. */
    private int[] author;
    int[] docStart;
    int[] entryRun;
    int[] runStart;
    int[] postDoc;
    int[] postPos;
    /**
     * For each posting, the {@link #context} characters before its k-gram (nearest first) and as
     * many after it: a seed whose context cannot make up the shortest passage is dropped without
     * reading the other text, which is what most seeds among a large archive's stock phrases are.
     */
    private char[] postContext;

    /**
     * @param prints   each document's fingerprints when known (from a cache), else null entries,
     *                 which are filled in
     */
    ArchiveIndex(List<Document> docs, Fingerprints[] prints, SimilarSettings settings, Parallel parallel) {
        this.docs = docs;
        this.settings = settings;
        this.parallel = parallel;
        this.n = docs.size();
        this.gram = Fingerprints.gram(settings.minChars());
        this.context = settings.minChars() - gram;
        this.limit = settings.commonLimit(n);
        this.prints = prints;
    }

    /** Builds the index: every text, its formulas, and the seeds with their contexts. */
    ArchiveIndex build() {
        return build(null);
    }

    /**
     * As {@link #build()}, marking in {@code watch} the documents that hold a watched hash whose
     * standing (formula, seed) differs from the one its count in the last check gave it.
     */
    ArchiveIndex build(Watch watch) {
        texts = new int[n][];
        formulas = new boolean[n][];
        numberReports();
        List<String> stop = settings.stop().stream().map(Normaliser::normalise).filter(s -> !s.isEmpty()).toList();
        parallel.forEach(n, d -> {
            String text = docs.get(d).text();
            if (prints[d] == null) prints[d] = Fingerprints.of(text.toCharArray(), settings.minChars());
            boolean[] f = new boolean[text.length()];
            for (String phrase : stop) {
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    Arrays.fill(f, at, at + phrase.length(), true);
                }
            }
            formulas[d] = f;
        });
        markFormulas(watch);
        parallel.forEach(n, d -> {
            String text = docs.get(d).text();
            boolean[] f = formulas[d];
            int[] t = new int[text.length()];
            for (int i = 0; i < t.length; i++) t[i] = f[i] ? text.charAt(i) | FORMULA : text.charAt(i);
            texts[d] = t;
        });
        formulas = null;
        indexSeeds(watch);
        seedPositions = new int[n][];
        for (int d = 0; d < n; d++) seedPositions[d] = prints[d].seeds().positions();
        prints = null;
        return this;
    }

    private void numberReports() {
        report = new int[n];
        version = new int[n];
        author = new int[n];
        java.util.Map<String, Integer> authors = new java.util.HashMap<>();
        java.util.Map<String, Integer> paths = new java.util.HashMap<>();
        java.util.Map<java.util.List<String>, Integer> versions = new java.util.HashMap<>();
        for (int d = 0; d < n; d++) {
            Document doc = docs.get(d);
            report[d] = paths.computeIfAbsent(doc.report(), k -> paths.size());
            author[d] = doc.author() == null ? -1 : authors.computeIfAbsent(doc.author(), k -> authors.size());
            version[d] = doc.author() == null || doc.edition() == null ? -1
                    : versions.computeIfAbsent(java.util.List.of(doc.author(), doc.edition()), k -> versions.size());
        }
        String[] names = paths.keySet().toArray(new String[0]);
        Arrays.sort(names);
        java.util.Map<String, Integer> place = new java.util.HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) place.put(names[i], i);
        nameRank = new int[n];
        for (int d = 0; d < n; d++) nameRank[d] = place.get(docs.get(d).report());
    }

    /**
     * Document {@code d}'s place among the archive's names in their order ({@link String#compareTo}):
     * sources are listed by it, and comparing two numbers costs less than comparing two paths.
     */
    int nameRank(int d) {
        return nameRank[d];
    }

    /** {@link Document#sameReport} of documents {@code a} and {@code b}. */
    boolean sameReport(int a, int b) {
        return report[a] == report[b] || version[a] >= 0 && version[a] == version[b];
    }

    /** {@link Document#sameAuthor} of documents {@code a} and {@code b}. */
    boolean sameAuthor(int a, int b) {
        return author[a] >= 0 && author[a] == author[b];
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
    private void markFormulas(Watch watch) {
        Sorted s = sort(false);
        int phrase = settings.minChars();
        int[] df = new int[1];
        int w = 0;
        for (int r0 = 0; r0 < s.keys().length; ) {
            int r1 = runEnd(s, r0, df);
            if (watch != null) {
                int hash = (int) (s.keys()[r0] >>> 32);
                w = watch.phrases().seek(w, hash);
                if (watch.phrases().at(w, hash) && df[0] + watch.phrases().delta()[w] > limit != df[0] > limit) {
                    mark(s, r0, r1, watch.formulasChanged());
                }
            }
            if (df[0] > limit) {
                for (int r = r0; r < r1; r++) {
                    int e = (int) s.keys()[r];
                    int d = s.entryDoc()[e];
                    int pos = prints[d].phrases().positions()[e - s.docStart()[d]];
                    Arrays.fill(formulas[d], pos, pos + phrase, true);
                }
            }
            r0 = r1;
        }
    }

    /** The documents of the entries {@code r0} to {@code r1} of {@code s}. */
    private static void mark(Sorted s, int r0, int r1, boolean[] docs) {
        for (int r = r0; r < r1; r++) docs[s.entryDoc()[(int) s.keys()[r]]] = true;
    }

    /** Whether a hash that {@code df} reports carry is a seed. */
    private boolean seed(int df) {
        return df >= 2 && df <= limit;
    }

    /** Keeps the runs of seed hashes that two to the limit reports share, with each posting's context. */
    private void indexSeeds(Watch watch) {
        Sorted s = sort(true);
        long[] keys = s.keys();
        int[] entryDoc = s.entryDoc();
        docStart = s.docStart();
        int entries = keys.length;
        entryRun = new int[entries];
        Arrays.fill(entryRun, -1);
        IntList shared = new IntList(1024);
        int postings = 0;
        int[] df = new int[1];
        int w = 0;
        for (int r0 = 0; r0 < entries; ) {
            int r1 = runEnd(s, r0, df);
            if (watch != null) {
                int hash = (int) (keys[r0] >>> 32);
                w = watch.seeds().seek(w, hash);
                if (watch.seeds().at(w, hash) && seed(df[0] + watch.seeds().delta()[w]) != seed(df[0])) mark(s, r0, r1, watch.seedsChanged());
            }
            if (seed(df[0])) {
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
                int pos = prints[d].seeds().positions()[e - docStart[d]];
                pDoc.add(d);
                pPos.add(pos);
                int[] t = texts[d];
                for (int c = 1; c <= context; c++) ctx[at++] = pos - c >= 0 ? (char) (t[pos - c] & CHAR) : NOTHING;
                for (int c = 0; c < context; c++) ctx[at++] = pos + gram + c < t.length ? (char) (t[pos + gram + c] & CHAR) : NOTHING;
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
    boolean mayReach(int[] ta, int pa, int q) {
        int base = q * 2 * context;
        int left = 0;
        while (left < context && pa - left - 1 >= 0 && (ta[pa - left - 1] & CHAR) == postContext[base + left]) left++;
        int right = 0;
        int from = pa + gram;
        while (right < context - left && from + right < ta.length && (ta[from + right] & CHAR) == postContext[base + context + right]) {
            right++;
        }
        return left + right >= context;
    }

    /** Marks in {@code docs} every document with which {@code a} shares a seed, {@code a} itself included. */
    void markSharingSeeds(int a, boolean[] docs) {
        for (int e = docStart[a]; e < docStart[a + 1]; e++) {
            int run = entryRun[e];
            if (run < 0) continue;
            for (int q = runStart[run]; q < runStart[run + 1]; q++) docs[postDoc[q]] = true;
        }
    }

    /**
     * Hashes of one kind whose count of reports the last check knew otherwise, with how many more
     * reports it counted then ({@code delta}, negative for fewer), in ascending order of the hash
     * as a signed number: the order the index's runs come in.
     */
    record Counted(int[] hash, int[] delta) {

        /** The first index from {@code from} on whose hash is not below {@code hash}. */
        int seek(int from, int hash) {
            while (from < this.hash.length && this.hash[from] < hash) from++;
            return from;
        }

        boolean at(int i, int hash) {
            return i < this.hash.length && this.hash[i] == hash;
        }
    }

    /**
     * What {@link SearchAgain} asks of the index: the hashes whose counts changed since the last
     * check, and which documents now hold one whose standing changed with its count.
     *
     * @param formulasChanged per document: holds a phrase gram that was a formula and is none, or the reverse
     * @param seedsChanged    per document: holds a seed hash that was a seed and is none, or the reverse
     */
    record Watch(Counted phrases, Counted seeds, boolean[] formulasChanged, boolean[] seedsChanged) {}

    /** Runs work over indices on the check's threads. */
    interface Parallel {
        void forEach(int count, IntConsumer task);
    }
}
