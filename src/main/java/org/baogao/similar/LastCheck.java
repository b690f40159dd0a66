package org.baogao.similar;

import java.util.List;
import java.util.Objects;

import org.baogao.config.SimilarSettings;

/**
 * What a check found of every document of an archive, as a build's cache keeps it, so that the
 * next build searches again only the documents whose results can have changed
 * ({@link SearchAgain}) and takes the others' from here: each document as it was checked, and the
 * passages it shared with each source. Passages' texts are not kept; they are cut again from the
 * document's text, which is the same when its key is.
 *
 * @param minChars    the settings the check was made with: another shortest passage, formula share
 *                    or stop list makes every result another
 * @param commonShare as {@link SimilarSettings#commonShare()}
 * @param stop        as {@link SimilarSettings#stop()}
 * @param documents   each document as it was checked, in the archive's order
 * @param pairs       for each document, in that order, its passages with each source:
 *                    {@code source, count, then count × (start, end, sourceStart, sourceEnd)},
 *                    one source after another, a source being an index into {@code documents}
 */
public record LastCheck(int minChars, double commonShare, List<String> stop, List<Checked> documents, List<int[]> pairs) {

    public LastCheck {
        stop = List.copyOf(stop);
        documents = List.copyOf(documents);
        pairs = List.copyOf(pairs);
        if (documents.size() != pairs.size()) throw new IllegalArgumentException(documents.size() + " documents, " + pairs.size() + " results");
    }

    /**
     * One document as it was checked: what its results, and the others' with it, depend on.
     *
     * @param key   the caller's key of its text (a build: the ContentHash of the normalised body),
     *              under which its fingerprints are cached
     * @param chars its text's length
     */
    public record Checked(String report, String author, String edition, int year, String key, int chars) {

        public Checked {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(key, "key");
        }

        static Checked of(Document d, String key) {
            return new Checked(d.report(), d.author(), d.edition(), d.year(), key, d.text().length());
        }
    }

    /** Equal when they say the same: the pairs compared by their contents. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LastCheck l)) return false;
        if (minChars != l.minChars || Double.compare(commonShare, l.commonShare) != 0 || !stop.equals(l.stop)
                || !documents.equals(l.documents) || pairs.size() != l.pairs.size()) return false;
        for (int i = 0; i < pairs.size(); i++) if (!java.util.Arrays.equals(pairs.get(i), l.pairs.get(i))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(minChars, commonShare, stop, documents);
        for (int[] p : pairs) h = 31 * h + java.util.Arrays.hashCode(p);
        return h;
    }

    /** Whether the check was made as {@code settings} would make it. */
    boolean madeWith(SimilarSettings settings) {
        return minChars == settings.minChars() && Double.compare(commonShare, settings.commonShare()) == 0
                && stop.equals(settings.stop());
    }

    /** Whether these are a check's results as it writes them: every source a document, every passage inside both texts. */
    boolean consistent() {
        int n = documents.size();
        for (int d = 0; d < n; d++) {
            int[] p = pairs.get(d);
            int chars = documents.get(d).chars();
            int i = 0;
            while (i < p.length) {
                if (i + 2 > p.length) return false;
                int source = p[i];
                int count = p[i + 1];
                i += 2;
                if (source < 0 || source >= n || source == d || count <= 0 || count > (p.length - i) / 4) return false;
                int sourceChars = documents.get(source).chars();
                for (int k = 0; k < count; k++, i += 4) {
                    if (p[i] < 0 || p[i] >= p[i + 1] || p[i + 1] > chars) return false;
                    if (p[i + 2] < 0 || p[i + 2] >= p[i + 3] || p[i + 3] > sourceChars) return false;
                }
            }
        }
        return true;
    }

    /**
     * A document's pairs as {@link #pairs} keeps them, its sources by their index in the archive,
     * in that order: what a check keeps is the same however its results were found.
     */
    static int[] encode(List<PairPassages> found) {
        found = found.stream().sorted(java.util.Comparator.comparingInt(PairPassages::source)).toList();
        int size = 0;
        for (PairPassages p : found) size += 2 + 4 * p.passages().size();
        int[] out = new int[size];
        int at = 0;
        for (PairPassages p : found) {
            out[at++] = p.source();
            out[at++] = p.passages().size();
            for (int[] s : p.passages()) {
                System.arraycopy(s, 0, out, at, 4);
                at += 4;
            }
        }
        return out;
    }
}
