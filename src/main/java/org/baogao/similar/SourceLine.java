package org.baogao.similar;

/**
 * What a report shares with one source, as a table's row shows it: without the passages
 * themselves, of which only the longest is named, by its offsets.
 *
 * @param report       the source report's path, as {@link Document#report()}
 * @param sameAuthor   whether the same author signed it (照搬往年) or another (互相抄袭)
 * @param shared       the report's characters inside the passages it shares with the source
 * @param passages     how many passages
 * @param longestStart where the longest passage starts in the report's normalised text (the
 *                     first of equal length, as {@link SourceMatch#longest()} picks it)
 * @param longestEnd   where it ends, exclusive
 */
public record SourceLine(String report, boolean sameAuthor, int shared, int passages, int longestStart, int longestEnd) {}
