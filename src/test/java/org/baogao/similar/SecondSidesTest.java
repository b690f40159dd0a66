package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.baogao.config.SimilarSettings;
import org.junit.jupiter.api.Test;

/**
 * The whole results of a check that searches each pair once ({@link Similarity#once}), the second
 * sides held in memory or written out to a file and read back, are those of each document's own
 * search ({@link Similarity#run} without a plan), source for source and passage for passage.
 */
class SecondSidesTest {

    @Test
    void eachPairSearchedOnceGivesEveryReportTheResultsOfItsOwnSearch() {
        int passages = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Document> docs = SharesTest.archive(seed, 30 + (int) (seed * 9));
            int n = docs.size();
            SimilarSettings settings = seed % 3 == 0 ? new SimilarSettings(12, 0.1, List.of(), 0.3) : SimilarSettings.DEFAULTS;
            int[] all = IntStream.range(0, n).toArray();
            // some only, checked against all: their pairs with the others are searched from their side alone
            int[] some = IntStream.range(0, n).filter(i -> i % 3 != 1).toArray();
            for (int[] wanted : List.of(all, some)) {
                List<ReportSimilarity> own = new ArrayList<>();
                Similarity.run(docs, new Fingerprints[n], settings, wanted, null, 2, Similarity::result, own::add);
                for (long budget : new long[] {0, 40, SecondSides.BUDGET}) {
                    for (int threads = 1; threads <= 2; threads++) {
                        List<ReportSimilarity> once = new ArrayList<>();
                        Similarity.once(docs, new Fingerprints[n], settings, wanted, threads, budget, Similarity::result, once::add);
                        assertThat(once).as("seed %d, %d wanted, budget %d, %d threads", seed, wanted.length, budget, threads)
                                .containsExactlyElementsOf(own);
                    }
                }
                passages += own.stream().flatMap(r -> r.sources().stream()).mapToInt(s -> s.passages().size()).sum();
                // the most shared first, then by name (r10.md before r2.md, which the archive's order has the other way round)
                for (ReportSimilarity r : own) {
                    assertThat(r.sources()).isSortedAccordingTo(java.util.Comparator.comparingInt(SourceMatch::shared).reversed()
                            .thenComparing(SourceMatch::report));
                }
            }
        }
        assertThat(passages).as("passages compared").isGreaterThan(2000);
    }

    @Test
    void sidesBeyondTheBudgetAreWrittenOutReadBackInTheirBlockAndTheFileIsDeleted() throws IOException {
        int[] blockOf = {0, 0, 1, 1, 2};
        List<Path> before = temporaryFiles();
        SecondSides sides = new SecondSides(blockOf, 3, 10);
        sides.add(List.of(new PairPassages(2, 0, List.of(new int[] {1, 25, 3, 27})),
                new PairPassages(4, 0, List.of(new int[] {0, 20, 40, 60}, new int[] {30, 52, 70, 92}))));
        assertThat(sides.wroteOut()).as("19 numbers held, over the budget of 10").isTrue();
        sides.add(List.of(new PairPassages(3, 1, List.of(new int[] {5, 30, 6, 31}))));
        sides.add(List.of(new PairPassages(2, 1, List.of(new int[] {7, 40, 8, 41}))));

        assertThat(sides.take(0)).isEmpty();
        List<PairPassages> one = sides.take(1);
        assertThat(one).extracting(p -> List.of(p.doc(), p.source())).containsExactly(List.of(2, 0), List.of(3, 1), List.of(2, 1));
        assertThat(one.get(0).passages()).containsExactly(new int[] {1, 25, 3, 27});
        assertThat(one.get(2).passages()).containsExactly(new int[] {7, 40, 8, 41});
        assertThat(sides.take(1)).as("taken once").isEmpty();
        List<PairPassages> two = sides.take(2);
        assertThat(two).hasSize(1);
        assertThat(two.get(0).passages()).containsExactly(new int[] {0, 20, 40, 60}, new int[] {30, 52, 70, 92});
        sides.close();
        assertThat(temporaryFiles()).as("the file is gone").isEqualTo(before);
    }

    private static List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("baogao-similar-")).sorted().toList();
        }
    }
}
