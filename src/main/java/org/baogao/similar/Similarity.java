package org.baogao.similar;

import org.baogao.config.SimilarSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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
        int n = archive.size();
        boolean[] wanted = new boolean[n];
        for (int i = 0; i < n; i++) wanted[i] = reported.test(archive.get(i));
        if (known.length != n) throw new IllegalArgumentException(known.length + " fingerprints for " + n + " documents");
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            ArchiveMatcher.Parallel parallel = (count, task) -> forEach(pool, count, task);
            List<ArchiveMatcher.PairPassages> pairs = new ArchiveMatcher(archive, known, wanted, settings, parallel).run();
            return results(archive, wanted, pairs);
        } finally {
            if (pool != null) pool.shutdown();
        }
    }

    /** The fingerprints of one normalised text, as {@link #check} makes them: for a cache. */
    public static Fingerprints fingerprints(String text, SimilarSettings settings) {
        return Fingerprints.of(text.toCharArray(), settings.minChars());
    }

    private static void forEach(ForkJoinPool pool, int count, IntConsumer task) {
        if (pool == null) {
            for (int i = 0; i < count; i++) task.accept(i);
            return;
        }
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("similarity check interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<ReportSimilarity> results(List<Document> archive, boolean[] wanted,
            List<ArchiveMatcher.PairPassages> pairs) {
        int n = archive.size();
        List<List<SourceMatch>> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) sources.add(wanted[i] ? new ArrayList<>() : null);
        for (ArchiveMatcher.PairPassages p : pairs) {
            add(archive, sources, p.doc(), p.source(), p.passages(), false);
            if (wanted[p.source()]) add(archive, sources, p.source(), p.doc(), p.passages(), true);
        }
        List<ReportSimilarity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!wanted[i]) continue;
            Document d = archive.get(i);
            List<SourceMatch> s = sources.get(i);
            s.sort(Comparator.comparingInt(SourceMatch::shared).reversed().thenComparing(SourceMatch::report));
            List<int[]> all = new ArrayList<>();
            List<int[]> same = new ArrayList<>();
            List<int[]> others = new ArrayList<>();
            for (SourceMatch m : s) {
                for (Passage p : m.passages()) {
                    int[] span = {p.start(), p.end()};
                    all.add(span);
                    (m.sameAuthor() ? same : others).add(span);
                }
            }
            out.add(new ReportSimilarity(d.report(), d.text().length(), covered(all), covered(same), covered(others), s));
        }
        return out;
    }

    private static void add(List<Document> archive, List<List<SourceMatch>> sources, int doc, int source,
            List<int[]> spans, boolean mirrored) {
        Document d = archive.get(doc);
        Document s = archive.get(source);
        List<Passage> passages = new ArrayList<>(spans.size());
        List<int[]> covered = new ArrayList<>(spans.size());
        for (int[] p : spans) {
            int start = mirrored ? p[2] : p[0];
            int end = mirrored ? p[3] : p[1];
            int sourceStart = mirrored ? p[0] : p[2];
            int sourceEnd = mirrored ? p[1] : p[3];
            passages.add(new Passage(start, end, sourceStart, sourceEnd, d.text().substring(start, end)));
            covered.add(new int[] {start, end});
        }
        passages.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::sourceStart));
        sources.get(doc).add(new SourceMatch(s.report(), d.sameAuthor(s), s.year(), covered(covered), passages));
    }

    /** The characters inside at least one of the spans. */
    static int covered(List<int[]> spans) {
        if (spans.isEmpty()) return 0;
        spans.sort(Comparator.comparingInt(a -> a[0]));
        int total = 0;
        int start = spans.get(0)[0];
        int end = spans.get(0)[1];
        for (int[] s : spans) {
            if (s[0] > end) {
                total += end - start;
                start = s[0];
                end = s[1];
            } else {
                end = Math.max(end, s[1]);
            }
        }
        return total + end - start;
    }
}
