package org.baogao.similar;

/**
 * What one report shares with the rest of the archive, in all: {@link ReportSimilarity}'s
 * totals without its sources.
 *
 * @param report           its path, as {@link Document#report()}
 * @param chars            the characters of its normalised body
 * @param shared           those inside a passage shared with any source
 * @param sharedSameAuthor those inside a passage shared with the same author's other reports
 * @param sharedOthers     those inside a passage shared with other authors' reports
 */
public record ReportShare(String report, int chars, int shared, int sharedSameAuthor, int sharedOthers) {

    /** The part of its body inside shared passages, 0 to 1. */
    public double share() {
        return chars == 0 ? 0 : (double) shared / chars;
    }
}
