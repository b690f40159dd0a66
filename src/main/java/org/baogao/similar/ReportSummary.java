package org.baogao.similar;

import java.util.List;

/**
 * What one report shares with the rest of the archive, as a table shows it: its totals, and its
 * first sources, most shared first, each as one line.
 *
 * @param totals      what it shares in all, with every source, listed or not
 * @param sources     its first sources, in the order of {@link ReportSimilarity#sources()}
 * @param sourceCount how many sources it has in all
 */
public record ReportSummary(ReportShare totals, List<SourceLine> sources, int sourceCount) {

    public ReportSummary {
        sources = List.copyOf(sources);
    }

    /** The sources not in {@link #sources()}. */
    public int more() {
        return sourceCount - sources.size();
    }
}
