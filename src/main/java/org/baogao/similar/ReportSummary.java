package org.baogao.similar;

import java.util.List;

/**
 * What one report shares with the rest of the archive, as a table shows it: the totals of
 * {@link ReportSimilarity}, and its first sources, most shared first, each as one line.
 *
 * @param report           its path, as {@link Document#report()}
 * @param chars            the characters of its normalised body
 * @param shared           those inside a passage shared with any source
 * @param sharedSameAuthor those inside a passage shared with the same author's other reports
 * @param sharedOthers     those inside a passage shared with other authors' reports
 * @param sources          its first sources, in the order of {@link ReportSimilarity#sources()}
 * @param sourceCount      how many sources it has in all
 */
public record ReportSummary(String report, int chars, int shared, int sharedSameAuthor, int sharedOthers,
        List<SourceLine> sources, int sourceCount) {

    public ReportSummary {
        sources = List.copyOf(sources);
    }

    /** The part of its body inside shared passages, 0 to 1. */
    public double share() {
        return chars == 0 ? 0 : (double) shared / chars;
    }

    /** The sources not in {@link #sources()}. */
    public int more() {
        return sourceCount - sources.size();
    }
}
