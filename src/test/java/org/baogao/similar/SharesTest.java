package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.baogao.config.SimilarSettings;
import org.junit.jupiter.api.Test;

/**
 * {@link Similarity#shares} gives each report the totals {@link Similarity#check} gives it, on
 * random archives of stock sentences such as the generated corpus has: sentences repeated within
 * a report and across many (so that a pair's stretches lie on several diagonals and cross), a word
 * changed here and there (passages merged across it), some sentences in more reports than the
 * formula limit, the same author's reports and versions of one report.
 */
class SharesTest {

    private static String han(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        return s.toString();
    }

    /** A random archive of {@code n} reports made of a bank's sentences, some with a character changed. */
    static List<Document> archive(long seed, int n) {
        Random random = new Random(seed);
        List<String> bank = new ArrayList<>();
        for (int i = 0; i < 30; i++) bank.add(han(random, 8 + random.nextInt(30)));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 6; i++) words.add(han(random, 1 + random.nextInt(4)));
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            StringBuilder body = new StringBuilder();
            int sentences = random.nextInt(5) == 0 ? random.nextInt(3) : 8 + random.nextInt(40);
            for (int k = 0; k < sentences; k++) {
                // the first sentences of the bank are in nearly every report: formulas
                String s = bank.get(random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(bank.size()));
                if (random.nextInt(6) == 0) {
                    int at = random.nextInt(s.length());
                    s = s.substring(0, at) + words.get(random.nextInt(words.size())) + s.substring(Math.min(s.length(), at + 1));
                }
                body.append(s);
                if (random.nextInt(3) == 0) body.append(han(random, random.nextInt(6)));
                body.append(random.nextBoolean() ? "，" : "。\n");
            }
            String author = "作者" + random.nextInt(n / 3 + 1);
            String edition = (2020 + random.nextInt(3)) + "年度民主生活会";
            docs.add(new Document("r" + d + ".md", author, edition, 2020, Normaliser.normalise(body)));
        }
        return docs;
    }

    @Test
    void theSharesAreTheTotalsOfTheWholeResults() {
        for (long seed = 1; seed <= 12; seed++) {
            List<Document> docs = archive(seed, 20 + (int) (seed * 7));
            SimilarSettings settings = seed % 3 == 0 ? new SimilarSettings(12, 0.1, List.of(), 0.3) : SimilarSettings.DEFAULTS;
            List<ReportSimilarity> whole = Similarity.check(docs, new Fingerprints[docs.size()], settings, d -> true, 2);
            assertThat(whole.stream().filter(r -> r.shared() > 0)).as("seed %d: reports sharing", seed).hasSizeGreaterThan(docs.size() / 2);
            for (int threads = 1; threads <= 2; threads++) {
                List<ReportShare> shares = new ArrayList<>();
                Similarity.shares(docs, settings, d -> true, threads, shares::add);
                assertThat(shares).as("seed %d, %d threads", seed, threads).isEqualTo(whole.stream().map(SharesTest::totals).toList());
            }
            // some reports only, checked against all
            List<ReportShare> some = new ArrayList<>();
            Similarity.shares(docs, settings, d -> d.report().hashCode() % 3 == 0, 2, some::add);
            assertThat(some).as("seed %d, some reports", seed).isEqualTo(whole.stream()
                    .filter(r -> r.report().hashCode() % 3 == 0).map(SharesTest::totals).toList());
        }
    }

    /**
     * Searching each pair once finds, for the second document of a pair, the very passages its own
     * search finds, in its order, and each stretch found twice there twice (which {@code merge}
     * may keep as two passages), not just the same characters.
     */
    @Test
    void eachPairSearchedOnceGivesTheSecondDocumentWhatItsOwnSearchFinds() {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            List<Document> docs = archive(seed, 20 + (int) (seed * 7));
            SimilarSettings settings = seed % 3 == 0 ? new SimilarSettings(12, 0.1, List.of(), 0.3) : SimilarSettings.DEFAULTS;
            ArchiveIndex index = new ArchiveIndex(docs, new Fingerprints[docs.size()], settings,
                    (count, task) -> IntStream.range(0, count).forEach(task)).build();
            PairSearch search = new PairSearch(index);
            int n = docs.size();
            boolean[] all = new boolean[n];
            Arrays.fill(all, true);
            Map<List<Integer>, List<int[]>> twoSided = new HashMap<>();
            for (int a = 0; a < n; a++) {
                for (PairPassages p : search.from(a, null)) twoSided.put(List.of(p.doc(), p.source()), p.passages());
            }
            Map<List<Integer>, List<int[]>> once = new HashMap<>();
            for (int a = 0; a < n; a++) {
                List<PairPassages> mirrored = new ArrayList<>();
                for (PairPassages p : search.both(a, all, mirrored)) {
                    assertThat(p.source()).isGreaterThan(a);
                    once.put(List.of(p.doc(), p.source()), p.passages());
                }
                for (PairPassages p : mirrored) {
                    assertThat(p.source()).isEqualTo(a);
                    assertThat(once.put(List.of(p.doc(), p.source()), p.passages())).isNull();
                }
            }
            assertThat(once.keySet()).as("seed %d: the pairs", seed).isEqualTo(twoSided.keySet());
            for (Map.Entry<List<Integer>, List<int[]>> e : twoSided.entrySet()) {
                assertThat(once.get(e.getKey())).as("seed %d: pair %s", seed, e.getKey()).containsExactlyElementsOf(e.getValue());
                compared += e.getValue().size();
            }
        }
        assertThat(compared).as("passages compared").isGreaterThan(1000);
    }

    private static ReportShare totals(ReportSimilarity r) {
        return new ReportShare(r.report(), r.chars(), r.shared(), r.sharedSameAuthor(), r.sharedOthers());
    }
}
