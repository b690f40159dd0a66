package org.baogao.similar;

import java.util.List;

/**
 * What one report shares with the rest of the archive.
 *
 * @param report            its path, as {@link Document#report()}
 * @param chars             the characters of its normalised body
 * @param shared            those inside a passage shared with any source
 * @param sharedSameAuthor  those inside a passage shared with the same author's other reports
 * @param sharedOthers      those inside a passage shared with other authors' reports
 * @param sources           the reports it shares passages with, most shared first
 */
public record ReportSimilarity(String report, int chars, int shared, int sharedSameAuthor, int sharedOthers,
        List<SourceMatch> sources) {

    public ReportSimilarity {
        sources = List.copyOf(sources);
    }

    /** The part of its body inside shared passages, 0 to 1. */
    public double share() {
        return chars == 0 ? 0 : (double) shared / chars;
    }

    /** The longest passage it shares with any source, null when it shares none. */
    public Passage longest() {
        Passage best = null;
        for (SourceMatch s : sources) {
            Passage p = s.longest();
            if (best == null || p.length() > best.length()) best = p;
        }
        return best;
    }

    /** The first passage in the report's order, null when it shares none. */
    public Passage first() {
        Passage best = null;
        for (SourceMatch s : sources) {
            Passage p = s.passages().get(0);
            if (best == null || p.start() < best.start()) best = p;
        }
        return best;
    }
}
