package org.baogao.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.baogao.config.SimilarSettings;

/**
 * Which documents a check must search again after {@link LastCheck the last one} for its results
 * to be those of a check made whole, and the last results of the others, to be kept.
 *
 * <p>What a document shares with another depends on the two texts, on which of their characters
 * are formulas, on which of the hashes they both hold are seeds, and on who wrote them for what
 * (two versions of one report are no sources; the same author's are 照搬往年). A hash's standing
 * follows from how many reports hold it: a formula in more than the limit, a seed in two to the
 * limit. So, with the last check made with the same settings and the same limit:
 *
 * <ul>
 * <li>a document whose text or author, edition or year changed, or that is new, is searched again;
 * <li>the counts of the hashes a changed, new or removed document held before or holds now are
 *     made again from their counts in the new index and the documents' last and new fingerprints;
 *     a document holding a phrase gram whose formula standing changed has other formulas, and one
 *     holding a hash whose seed standing changed may share other passages with the others holding
 *     it: both are searched again;
 * <li>a document whose text, metadata or formulas changed, or that was removed, changes what
 *     every document that shares with it finds: those that share a seed with it now, and those
 *     whose last results name it as a source, are searched again.
 * </ul>
 *
 * Every other document shares exactly what it shared, with the same documents, and its last
 * results are kept.
 */
final class SearchAgain {

    private final LastCheck last;
    /** For each document of the archive, its index in the last check when it is the same there, else −1. */
    private final int[] before;
    /** For each document of the last check, its index in the archive when it is the same, else −1. */
    private final int[] after;
    private final ArchiveIndex.Watch watch;
    private boolean[] changed;
    private boolean[] lastChanged;

    private SearchAgain(LastCheck last, int[] before, int[] after, ArchiveIndex.Watch watch) {
        this.last = last;
        this.before = before;
        this.after = after;
        this.watch = watch;
    }

    /** What the index is to watch while it is built. */
    ArchiveIndex.Watch watch() {
        return watch;
    }

    /**
     * The plan, or null when the check must be made whole: no last check, made with other
     * settings or for an archive of another limit, a document named twice, the last
     * fingerprints of a changed document not known, or most documents changed.
     *
     * @param prints     the archive's fingerprints, the null entries (not cached) to be made; those
     *                   of the changed documents are made here
     * @param lastPrints the fingerprints of a text by its key, as the last check made them; null when not known
     */
    static SearchAgain plan(LastCheck last, List<Document> archive, String[] keys, Fingerprints[] prints,
            SimilarSettings settings, Function<String, Fingerprints> lastPrints) {
        if (last == null || !last.madeWith(settings)) return null;
        int n = archive.size();
        int m = last.documents().size();
        if (settings.commonLimit(n) != settings.commonLimit(m)) return null;
        Map<String, Integer> byReport = new HashMap<>(m * 2);
        for (int j = 0; j < m; j++) if (byReport.put(last.documents().get(j).report(), j) != null) return null;
        int[] before = new int[n];
        int[] after = new int[m];
        Arrays.fill(after, -1);
        Map<Integer, int[]> phrases = new HashMap<>();
        Map<Integer, int[]> seeds = new HashMap<>();
        Map<String, Integer> now = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) if (now.put(archive.get(i).report(), i) != null) return null;
        int changed = 0;
        for (int i = 0; i < n; i++) {
            Document d = archive.get(i);
            Integer j = byReport.get(d.report());
            LastCheck.Checked was = j == null ? null : last.documents().get(j);
            before[i] = -1;
            if (was != null && was.equals(LastCheck.Checked.of(d, keys[i]))) {
                before[i] = j;
                after[j] = i;
                continue;
            }
            changed++;
            if (was != null && was.key().equals(keys[i])) continue; // its metadata alone: the same hashes
            if (prints[i] == null) prints[i] = Similarity.fingerprints(d.text(), settings);
            count(prints[i], -1, phrases, seeds);
        }
        for (int j = 0; j < m; j++) {
            LastCheck.Checked was = last.documents().get(j);
            if (after[j] >= 0) continue;
            Integer i = now.get(was.report());
            if (i != null && keys[i].equals(was.key())) continue; // the same text, with other metadata
            if (i == null) changed++;
            Fingerprints f = lastPrints.apply(was.key());
            if (f == null || !f.fit(was.chars())) return null;
            count(f, +1, phrases, seeds);
        }
        // most of the archive changed: searching it all is quicker than working out what did not
        if (changed * 2 > Math.max(n, m)) return null;
        return new SearchAgain(last, before, after,
                new ArchiveIndex.Watch(counted(phrases), counted(seeds), new boolean[n], new boolean[n]));
    }

    /** Adds {@code sign} to the count of every hash the fingerprints hold, once per document. */
    private static void count(Fingerprints f, int sign, Map<Integer, int[]> phrases, Map<Integer, int[]> seeds) {
        count(f.phrases(), sign, phrases);
        count(f.seeds(), sign, seeds);
    }

    private static void count(Winnowed w, int sign, Map<Integer, int[]> counts) {
        int[] h = w.hashes().clone();
        Arrays.sort(h);
        for (int k = 0; k < h.length; k++) {
            if (k > 0 && h[k] == h[k - 1]) continue;
            counts.computeIfAbsent(h[k], x -> new int[1])[0] += sign;
        }
    }

    private static ArchiveIndex.Counted counted(Map<Integer, int[]> counts) {
        int[] hashes = counts.entrySet().stream().filter(e -> e.getValue()[0] != 0).mapToInt(Map.Entry::getKey).sorted().toArray();
        int[] delta = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) delta[i] = counts.get(hashes[i])[0];
        return new ArchiveIndex.Counted(hashes, delta);
    }

    /** How a document's results are found. */
    enum Way {
        /** Its last results are still its results. */
        KEPT,
        /** Its last results with the documents that did not change are kept; those with the changed ones are searched for again. */
        AGAINST_CHANGED,
        /** It is searched again whole. */
        WHOLE
    }

    /**
     * How each document's results are to be found, from the index built with {@link #watch()};
     * with {@link #changed()}, the documents a search {@link Way#AGAINST_CHANGED} is against.
     */
    Way[] ways(ArchiveIndex index) {
        int n = before.length;
        Way[] ways = new Way[n];
        Arrays.fill(ways, Way.KEPT);
        // what changed in a document, or in its formulas: whoever shares with it finds something else
        changed = new boolean[n];
        lastChanged = new boolean[after.length];
        for (int j = 0; j < after.length; j++) lastChanged[j] = after[j] < 0;
        for (int i = 0; i < n; i++) {
            changed[i] = before[i] < 0 || watch.formulasChanged()[i];
            if (changed[i] && before[i] >= 0) lastChanged[before[i]] = true;
        }
        boolean[] shares = new boolean[n];
        for (int i = 0; i < n; i++) if (changed[i]) index.markSharingSeeds(i, shares);
        for (int i = 0; i < n; i++) {
            if (changed[i] || watch.seedsChanged()[i]) ways[i] = Way.WHOLE;
            else if (shares[i]) ways[i] = Way.AGAINST_CHANGED;
        }
        // and whoever shared with it: a source that changed, or is gone
        for (int j = 0; j < after.length; j++) {
            if (after[j] < 0 || ways[after[j]] != Way.KEPT) continue;
            int[] p = last.pairs().get(j);
            for (int k = 0; k < p.length; k += 2 + 4 * p[k + 1]) {
                if (lastChanged[p[k]]) {
                    ways[after[j]] = Way.AGAINST_CHANGED;
                    break;
                }
            }
        }
        return ways;
    }

    /** The documents that changed (text, metadata or formulas), after {@link #ways}. */
    boolean[] changed() {
        return changed;
    }

    /**
     * The last results of a document not searched again whole, with the sources that did not
     * change, by their index in the archive now.
     */
    List<PairPassages> kept(int doc) {
        int j = before[doc];
        int[] p = last.pairs().get(j);
        List<PairPassages> out = new ArrayList<>();
        for (int k = 0; k < p.length; ) {
            int source = after[p[k]];
            int count = p[k + 1];
            if (lastChanged[p[k]]) {
                k += 2 + 4 * count;
                continue;
            }
            k += 2;
            List<int[]> spans = new ArrayList<>(count);
            for (int c = 0; c < count; c++, k += 4) spans.add(Arrays.copyOfRange(p, k, k + 4));
            out.add(new PairPassages(doc, source, spans));
        }
        return out;
    }
}
