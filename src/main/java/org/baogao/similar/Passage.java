package org.baogao.similar;

/**
 * A stretch of a report's normalised text that another report has too. Offsets are into the
 * {@linkplain Normaliser normalised} bodies, end exclusive.
 *
 * @param start       where it starts in the report
 * @param end         where it ends in the report
 * @param sourceStart where it starts in the source report
 * @param sourceEnd   where it ends in the source report
 * @param text        the report's normalised text from {@code start} to {@code end}
 */
public record Passage(int start, int end, int sourceStart, int sourceEnd, String text) {

    public int length() {
        return end - start;
    }
}
