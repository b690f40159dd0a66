package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.baogao.config.SimilarSettings;

/**
 * A table's summaries ({@link Similarity#summaries}) are the whole check's results as a table
 * shows them: the same totals, the same sources in the same order, each with its shared
 * characters, its passages and its longest one; the first {@code shown} of them.
 */
class SummariesTest {

    @Test
    void theSummariesAreTheWholeChecksResultsLineForLine() {
        int sources = 0;
        for (long seed = 1; seed <= 6; seed++) {
            List<Document> docs = SharesTest.archive(seed, 30 + (int) (seed * 11));
            SimilarSettings settings = SimilarSettings.DEFAULTS;
            for (int threads = 1; threads <= 2; threads++) {
                List<ReportSimilarity> whole = Similarity.check(docs, settings, d -> true, threads);
                for (int shown : new int[] {Integer.MAX_VALUE, 3}) {
                    List<ReportSummary> summaries = new ArrayList<>();
                    Similarity.summaries(docs, settings, d -> true, threads, shown, Function.identity(), summaries::add);
                    assertThat(summaries).hasSameSizeAs(whole);
                    for (int i = 0; i < whole.size(); i++) {
                        ReportSimilarity r = whole.get(i);
                        ReportSummary s = summaries.get(i);
                        String as = "seed " + seed + ", " + r.report() + ", " + threads + " threads, " + shown + " shown";
                        assertThat(s.totals()).as(as).isEqualTo(new ReportShare(r.report(), r.chars(), r.shared(),
                                r.sharedSameAuthor(), r.sharedOthers()));
                        assertThat(s.sourceCount()).as(as).isEqualTo(r.sources().size());
                        List<SourceLine> expected = r.sources().stream().limit(shown).map(m -> new SourceLine(m.report(),
                                m.sameAuthor(), m.shared(), m.passages().size(), m.longest().start(), m.longest().end())).toList();
                        assertThat(s.sources()).as(as).containsExactlyElementsOf(expected);
                    }
                    if (shown == Integer.MAX_VALUE) sources += summaries.stream().mapToInt(ReportSummary::sourceCount).sum();
                }
            }
        }
        // the archives share enough for the comparison to mean something
        assertThat(sources).isGreaterThan(100);
    }
}
