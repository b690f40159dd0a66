package org.baogao.similar;

import org.baogao.config.SimilarSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The similarity check (查重): what each report of an archive shares with the others. The one
 * entry point of this package.
 *
 * <pre>
 * List&lt;ReportSimilarity&gt; results = Similarity.check(documents, settings, d -&gt; true, threads);
 * </pre>
 */
public final class Similarity {

    private Similarity() {}

    /** Every document's results, comparing each with all the others, on the machine's cores. */
    public static List<ReportSimilarity> check(List<Document> archive, SimilarSettings settings) {
        return check(archive, settings, d -> true, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param archive  every report to compare with, the checked ones included
     * @param reported which of them results are wanted for, in the archive's order
     * @param threads  how many threads the check may use
     */
    public static List<ReportSimilarity> check(List<Document> archive, SimilarSettings settings,
            Predicate<Document> reported, int threads) {
        return check(archive, new Fingerprints[archive.size()], settings, reported, threads);
    }

    /**
     * As {@link #check(List, SimilarSettings, Predicate, int)}, with the fingerprints already known
     * for some documents, as a build's cache keeps them: they must come from
     * {@link #fingerprints(String, SimilarSettings)} with the same settings. The null entries are
     * filled in with the fingerprints made, for the cache to keep.
     */
    public static List<ReportSimilarity> check(List<Document> archive, Fingerprints[] known, SimilarSettings settings,
            Predicate<Document> reported, int threads) {
        List<ReportSimilarity> out = new ArrayList<>();
        check(archive, known, settings, reported, threads, out::add);
        return out;
    }

    /**
     * As {@link #check(List, Fingerprints[], SimilarSettings, Predicate, int)}, handing each
     * reported document's results to {@code each} in the archive's order as soon as they are
     * found, so that memory follows the archive and not what its reports share (which in a large
     * archive of stock phrases is thousands of sources per report).
     */
    public static void check(List<Document> archive, Fingerprints[] known, SimilarSettings settings,
            Predicate<Document> reported, int threads, Consumer<ReportSimilarity> each) {
        check(archive, known, settings, reported, threads, r -> r, each);
    }

    /**
     * As {@link #check(List, Fingerprints[], SimilarSettings, Predicate, int, Consumer)} with no
     * fingerprints known, each reported document's results first made into what the caller wants of them ({@code made},
     * on the check's threads, several at once), which is then handed to {@code each} in the
     * archive's order: a command that writes the results out has them written on all the cores.
     */
    public static <T> void check(List<Document> archive, SimilarSettings settings, Predicate<Document> reported, int threads,
            Function<ReportSimilarity, T> made, Consumer<T> each) {
        check(archive, null, settings, reported, threads, made, each);
    }

    /** @param known as {@link #check(List, Fingerprints[], SimilarSettings, Predicate, int)}; null: none known, none kept */
    private static <T> void check(List<Document> archive, Fingerprints[] known, SimilarSettings settings,
            Predicate<Document> reported, int threads, Function<ReportSimilarity, T> made, Consumer<T> each) {
        int n = archive.size();
        if (known != null && known.length != n) throw new IllegalArgumentException(known.length + " fingerprints for " + n + " documents");
        int[] wanted = IntStream.range(0, n).filter(i -> reported.test(archive.get(i))).toArray();
        once(archive, known, settings, wanted, threads, SecondSides.BUDGET, (x, doc, pairs) -> made.apply(result(x, doc, pairs)), each);
    }

    /**
     * What each reported document shares, as {@link #check(List, Fingerprints[], SimilarSettings,
     * Predicate, int, Consumer)} finds it (the same search, the same passages, the same order of
     * sources), as a table shows it: the totals and the first {@code shown} sources, each one line
     * naming its longest passage by offsets. No passage's text is cut and no passage is made an
     * object: in a large archive of stock phrases a report has thousands of sources, and those
     * are most of what a check makes. Each summary is made into what the caller wants of it on the
     * check's threads, several at once, then handed to {@code each} in the archive's order.
     *
     * @param shown the sources to keep of each report; {@link Integer#MAX_VALUE}: all
     */
    public static <T> void summaries(List<Document> archive, SimilarSettings settings, Predicate<Document> reported,
            int threads, int shown, Function<ReportSummary, T> made, Consumer<T> each) {
        int n = archive.size();
        int[] wanted = IntStream.range(0, n).filter(i -> reported.test(archive.get(i))).toArray();
        Coverage[] covered = new Coverage[n];
        for (int d : wanted) covered[d] = new Coverage(archive.get(d).text().length());
        // each side of a pair is reduced at once to its coverage and its line, and only the line is
        // kept until the report's block: a pair's passages are a dozen numbers and more, its line four
        once(archive, null, settings, wanted, threads, SecondSides.BUDGET, (x, p) -> {
            covered[p.doc()].add(x, p);
            return line(p);
        }, (x, doc, lines) -> {
            ReportShare totals = covered[doc].share(archive.get(doc));
            covered[doc] = null;
            return made.apply(summary(x, doc, totals, lines, shown));
        }, each);
    }

    /**
     * A pair's passages reduced to what its line shows, kept as a pair of one four-number item
     * (so that {@link SecondSides} keeps it as it keeps passages) and read back by {@link Line#of}:
     * the longest passage's start and end (the first in the report's order of equal length, as
     * {@link SourceMatch#longest()}), the characters shared and how many passages.
     */
    private static PairPassages line(PairPassages p) {
        List<int[]> spans = p.passages();
        Spans one = new Spans();
        int[] best = spans.get(0);
        for (int[] q : spans) {
            one.add(q[0], q[1]);
            int length = q[1] - q[0];
            int bestLength = best[1] - best[0];
            if (length > bestLength || length == bestLength && (q[0] < best[0] || q[0] == best[0] && q[2] < best[2])) best = q;
        }
        return new PairPassages(p.doc(), p.source(), List.of(new int[] {best[0], best[1], one.covered(), spans.size()}));
    }

    /** A pair's line as {@link #line} keeps it. */
    private record Line(int source, int longestStart, int longestEnd, int shared, int passages) {
        static Line of(PairPassages kept) {
            int[] q = kept.passages().get(0);
            return new Line(kept.source(), q[0], q[1], q[2], q[3]);
        }
    }

    /**
     * A report's summary from its totals and its pairs' {@link #line lines}: the sources in the
     * order of {@link #result}, most shared first, then by their names, then by their index in the
     * archive; the first {@code shown} kept.
     */
    private static ReportSummary summary(ArchiveIndex x, int doc, ReportShare totals, List<PairPassages> kept, int shown) {
        List<Line> lines = new ArrayList<>(kept.size());
        for (PairPassages p : kept) lines.add(Line.of(p));
        lines.sort(Comparator.comparingInt(Line::shared).reversed()
                .thenComparingInt(l -> x.nameRank(l.source()))
                .thenComparingInt(Line::source));
        List<SourceLine> out = new ArrayList<>(Math.min(shown, lines.size()));
        for (Line l : lines.subList(0, Math.min(shown, lines.size()))) {
            out.add(new SourceLine(x.docs.get(l.source()).report(), x.sameAuthor(doc, l.source()), l.shared(), l.passages(),
                    l.longestStart(), l.longestEnd()));
        }
        return new ReportSummary(totals, out, lines.size());
    }

    /**
     * What each reported document shares in all, as {@link #check(List, Fingerprints[],
     * SimilarSettings, Predicate, int, Consumer)} finds it (the same search, the same passages),
     * for a caller that wants the shares only: no lists of sources and passages are made, nor the
     * passages' texts, which in a large archive of stock phrases are most of what a check makes.
     */
    public static void shares(List<Document> archive, SimilarSettings settings, Predicate<Document> reported, int threads,
            Consumer<ReportShare> each) {
        int n = archive.size();
        int[] wanted = IntStream.range(0, n).filter(i -> reported.test(archive.get(i))).toArray();
        boolean[] both = new boolean[n];
        for (int d : wanted) both[d] = true;
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            ArchiveIndex.Parallel parallel = (count, task) -> forEach(pool, count, task);
            ArchiveIndex index = new ArchiveIndex(archive, new Fingerprints[n], settings, parallel).build();
            ThreadLocal<PairSearch> searches = ThreadLocal.withInitial(() -> new PairSearch(index));
            Coverage[] covered = new Coverage[n];
            for (int d : wanted) covered[d] = new Coverage(archive.get(d).text().length());
            int block = BLOCK * Math.max(1, threads);
            for (int from = 0; from < wanted.length; from += block) {
                int start = from;
                int count = Math.min(block, wanted.length - from);
                // each pair of wanted documents is searched once, from the first; its other side is
                // complete when the block of the second has been searched
                parallel.forEach(count, i -> {
                    int doc = wanted[start + i];
                    List<PairPassages> mirrored = new ArrayList<>();
                    for (PairPassages p : searches.get().both(doc, both, mirrored)) covered[doc].add(index, p);
                    for (PairPassages p : mirrored) covered[p.doc()].add(index, p);
                });
                for (int i = 0; i < count; i++) {
                    int doc = wanted[start + i];
                    each.accept(covered[doc].share(archive.get(doc)));
                    covered[doc] = null;
                }
            }
        } finally {
            if (pool != null) pool.shutdown();
        }
    }

    /**
     * A build's check: every document's results, as {@link #check(List, Fingerprints[],
     * SimilarSettings, Predicate, int, Consumer)} finds them, with the results of {@code last}
     * kept for the documents whose results cannot have changed since (see {@link SearchAgain});
     * the others are searched again. The results are the same as a whole check's.
     *
     * @param keys       a key of each document's text, which changes when the text does (a build:
     *                   the ContentHash of the normalised body), as {@code lastPrints} and the returned check name texts by
     * @param last       what the last check found; null when not known (the check is then made whole)
     * @param lastPrints the fingerprints of a text that the last check saw, by its key; null when not known
     * @return what this check found, for the next one
     */
    public static LastCheck check(List<Document> archive, String[] keys, Fingerprints[] known, SimilarSettings settings,
            LastCheck last, Function<String, Fingerprints> lastPrints, int threads, Consumer<ReportSimilarity> each) {
        int n = archive.size();
        if (known.length != n || keys.length != n) throw new IllegalArgumentException(n + " documents, " + known.length
                + " fingerprints, " + keys.length + " keys");
        SearchAgain again = SearchAgain.plan(last, archive, keys, known, settings, lastPrints);
        int[][] pairs = new int[n][];
        Make<Found> make = (x, doc, found) -> new Found(doc, LastCheck.encode(found), result(x, doc, found));
        Consumer<Found> keep = f -> {
            pairs[f.doc()] = f.pairs();
            each.accept(f.result());
        };
        // a check made whole searches each pair once; one that keeps results searches the few documents it must from their own sides
        if (again == null) once(archive, known, settings, IntStream.range(0, n).toArray(), threads, SecondSides.BUDGET, make, keep);
        else run(archive, known, settings, IntStream.range(0, n).toArray(), again, threads, make, keep);
        List<LastCheck.Checked> checked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) checked.add(LastCheck.Checked.of(archive.get(i), keys[i]));
        return new LastCheck(settings.minChars(), settings.commonShare(), settings.stop(), checked, List.of(pairs));
    }

    /** One document's results as the check hands them on, and as the next check is to know them. */
    private record Found(int doc, int[] pairs, ReportSimilarity result) {}

    /** What a document's pairs are made into on the check's threads. */
    interface Make<T> {
        T of(ArchiveIndex index, int doc, List<PairPassages> pairs);
    }

    /**
     * Searches from each of the {@code wanted} documents (those {@code again} says to only; the
     * others' last results are kept), making each one's pairs into a result on the check's threads
     * and handing the results to {@code each} in that order.
     */
    static <T> void run(List<Document> archive, Fingerprints[] known, SimilarSettings settings, int[] wanted,
            SearchAgain again, int threads, Make<T> make, Consumer<T> each) {
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            ArchiveIndex.Parallel parallel = (count, task) -> forEach(pool, count, task);
            ArchiveIndex index = new ArchiveIndex(archive, known, settings, parallel).build(again == null ? null : again.watch());
            SearchAgain.Way[] ways = again == null ? null : again.ways(index);
            ThreadLocal<PairSearch> searches = ThreadLocal.withInitial(() -> new PairSearch(index));
            int block = BLOCK * Math.max(1, threads);
            List<T> results = new ArrayList<>(java.util.Collections.nCopies(block, null));
            for (int from = 0; from < wanted.length; from += block) {
                int start = from;
                int count = Math.min(block, wanted.length - from);
                parallel.forEach(count, i -> {
                    int doc = wanted[start + i];
                    results.set(i, make.of(index, doc, ways == null ? searches.get().from(doc, null) : switch (ways[doc]) {
                        case WHOLE -> searches.get().from(doc, null);
                        case KEPT -> again.kept(doc);
                        case AGAINST_CHANGED -> {
                            List<PairPassages> pairs = new ArrayList<>(again.kept(doc));
                            pairs.addAll(searches.get().from(doc, again.changed()));
                            yield pairs;
                        }
                    }));
                });
                for (int i = 0; i < count; i++) {
                    each.accept(results.get(i));
                    results.set(i, null);
                }
            }
        } finally {
            if (pool != null) pool.shutdown();
        }
    }

    /**
     * Searches each pair of the {@code wanted} documents once, from the first
     * ({@link PairSearch#both}), which gives the second's side too; those are kept
     * ({@link SecondSides}, in memory up to {@code budget} numbers, beyond it in a temporary file)
     * until the second's block. Each block's documents are searched, then each one's pairs, its
     * own and those kept for it, in the order of their sources as its own search would give them,
     * made into a result, on the check's threads; the results are handed to {@code each} in the
     * order of {@code wanted}. A pair with a document not wanted is searched from the wanted one.
     *
     * @param known as {@link #check(List, Fingerprints[], SimilarSettings, Predicate, int)}; null: none known, none kept
     */
    static <T> void once(List<Document> archive, Fingerprints[] known, SimilarSettings settings, int[] wanted, int threads,
            long budget, Make<T> make, Consumer<T> each) {
        once(archive, known, settings, wanted, threads, budget, Reduce.NONE, make, each);
    }

    /** What {@link #once} keeps of each side of a pair as it is found: all of it, or what its result needs. */
    interface Reduce {
        PairPassages of(ArchiveIndex index, PairPassages side);

        /** Keeps each side whole. */
        Reduce NONE = (x, p) -> p;
    }

    /** As {@link #once(List, Fingerprints[], SimilarSettings, int[], int, long, Make, Consumer)}, each side of a pair reduced as it is found. */
    static <T> void once(List<Document> archive, Fingerprints[] known, SimilarSettings settings, int[] wanted, int threads,
            long budget, Reduce reduce, Make<T> make, Consumer<T> each) {
        int n = archive.size();
        boolean[] both = new boolean[n];
        for (int d : wanted) both[d] = true;
        int block = BLOCK * Math.max(1, threads);
        int blocks = (wanted.length + block - 1) / block;
        int[] blockOf = new int[n];
        Arrays.fill(blockOf, -1);
        for (int i = 0; i < wanted.length; i++) blockOf[wanted[i]] = i / block;
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try (SecondSides seconds = new SecondSides(blockOf, blocks, budget)) {
            ArchiveIndex.Parallel parallel = (count, task) -> forEach(pool, count, task);
            // without a cache to fill, the fingerprints are the index's alone, which forgets them once it is built
            ArchiveIndex index = new ArchiveIndex(archive, known != null ? known : new Fingerprints[n], settings, parallel).build();
            ThreadLocal<PairSearch> searches = ThreadLocal.withInitial(() -> new PairSearch(index));
            @SuppressWarnings("unchecked")
            List<PairPassages>[] own = new List[block];
            List<T> results = new ArrayList<>(java.util.Collections.nCopies(block, null));
            for (int b = 0; b < blocks; b++) {
                int start = b * block;
                int count = Math.min(block, wanted.length - start);
                parallel.forEach(count, i -> {
                    List<PairPassages> mirrored = new ArrayList<>();
                    List<PairPassages> found = searches.get().both(wanted[start + i], both, mirrored);
                    own[i] = reduced(index, reduce, found);
                    seconds.add(reduced(index, reduce, mirrored));
                });
                Map<Integer, List<PairPassages>> kept = new HashMap<>();
                for (PairPassages p : seconds.take(b)) kept.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
                parallel.forEach(count, i -> {
                    int doc = wanted[start + i];
                    List<PairPassages> pairs = own[i];
                    List<PairPassages> second = kept.get(doc);
                    if (second != null) {
                        pairs = new ArrayList<>(pairs);
                        pairs.addAll(second);
                        pairs.sort(Comparator.comparingInt(PairPassages::source));
                    }
                    own[i] = null;
                    results.set(i, make.of(index, doc, pairs));
                });
                for (int i = 0; i < count; i++) {
                    each.accept(results.get(i));
                    results.set(i, null);
                }
            }
        } finally {
            if (pool != null) pool.shutdown();
        }
    }

    private static List<PairPassages> reduced(ArchiveIndex index, Reduce reduce, List<PairPassages> sides) {
        if (reduce == Reduce.NONE) return sides;
        List<PairPassages> out = new ArrayList<>(sides.size());
        for (PairPassages p : sides) out.add(reduce.of(index, p));
        return out;
    }

    /** Reports searched at once per thread before their results are handed on: enough to keep the threads busy. */
    private static final int BLOCK = 16;

    /** The fingerprints of one normalised text, as {@link #check} makes them: for a cache. */
    public static Fingerprints fingerprints(String text, SimilarSettings settings) {
        return Fingerprints.of(text.toCharArray(), settings.minChars());
    }

    private static void forEach(ForkJoinPool pool, int count, IntConsumer task) {
        Fork.forEach(pool, pool == null ? 1 : pool.getParallelism(), count, task);
    }

    static ReportSimilarity result(ArchiveIndex x, int doc, List<PairPassages> pairs) {
        Document d = x.docs.get(doc);
        Ranked[] ranked = new Ranked[pairs.size()];
        Spans all = new Spans();
        Spans same = new Spans();
        Spans others = new Spans();
        for (int i = 0; i < ranked.length; i++) {
            PairPassages p = pairs.get(i);
            SourceMatch m = match(d, x.docs.get(p.source()), x.sameAuthor(doc, p.source()), p.passages());
            ranked[i] = new Ranked(m, x.nameRank(p.source()));
            for (Passage q : m.passages()) {
                all.add(q.start(), q.end());
                (m.sameAuthor() ? same : others).add(q.start(), q.end());
            }
        }
        // the most shared first, then by the sources' names (their ranks: the same order, and a stable sort keeps equal names as found)
        Arrays.sort(ranked, (a, b) -> a.match().shared() != b.match().shared() ? Integer.compare(b.match().shared(), a.match().shared())
                : Integer.compare(a.rank(), b.rank()));
        List<SourceMatch> s = new ArrayList<>(ranked.length);
        for (Ranked r : ranked) s.add(r.match());
        return new ReportSimilarity(d.report(), d.text().length(), all.covered(), same.covered(), others.covered(), s);
    }

    /** A source's match and the place of its name among the archive's. */
    private record Ranked(SourceMatch match, int rank) {}

    private static SourceMatch match(Document d, Document s, boolean sameAuthor, List<int[]> spans) {
        List<Passage> passages = new ArrayList<>(spans.size());
        Spans covered = new Spans();
        for (int[] p : spans) {
            passages.add(new Passage(p[0], p[1], p[2], p[3], d.text().substring(p[0], p[1])));
            covered.add(p[0], p[1]);
        }
        passages.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::sourceStart));
        return new SourceMatch(s.report(), sameAuthor, s.year(), covered.covered(), passages);
    }

    /** Spans of a text, start and end (exclusive) in one number each, for {@link #covered}: no array per span. */
    private static final class Spans {
        private long[] spans = new long[8];
        private int size;

        void add(int start, int end) {
            if (size == spans.length) spans = Arrays.copyOf(spans, size * 2);
            spans[size++] = (long) start << 32 | end;
        }

        /** The characters inside at least one of the spans. */
        int covered() {
            if (size == 0) return 0;
            Arrays.sort(spans, 0, size);
            int total = 0;
            int start = (int) (spans[0] >>> 32);
            int end = (int) spans[0];
            for (int i = 1; i < size; i++) {
                int s = (int) (spans[i] >>> 32);
                int e = (int) spans[i];
                if (s > end) {
                    total += end - start;
                    start = s;
                    end = e;
                } else {
                    end = Math.max(end, e);
                }
            }
            return total + end - start;
        }
    }
}
