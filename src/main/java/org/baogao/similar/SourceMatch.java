package org.baogao.similar;

import java.util.List;

/**
 * What a report shares with one other report.
 *
 * @param report     the source report's path, as {@link Document#report()}
 * @param sameAuthor whether the same author signed it (照搬往年) or another (互相抄袭)
 * @param year       the source's year, 0 when unknown
 * @param shared     the report's characters inside these passages
 * @param passages   in the report's order
 */
public record SourceMatch(String report, boolean sameAuthor, int year, int shared, List<Passage> passages) {

    public SourceMatch {
        passages = List.copyOf(passages);
    }

    /** The longest passage. */
    public Passage longest() {
        Passage best = passages.get(0);
        for (Passage p : passages) if (p.length() > best.length()) best = p;
        return best;
    }
}
