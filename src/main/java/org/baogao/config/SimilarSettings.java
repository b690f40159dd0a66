package org.baogao.config;

import java.util.List;

/**
 * How the check decides what is shared; the {@code similar:} section of {@code baogao.yml}.
 * {@link #DEFAULTS} is the one place that says what an absent setting means.
 *
 * @param minChars     the shortest passage that counts, in characters of the normalised text
 * @param commonShare  a passage that more than this share of the archive's reports carry is a
 *                     formula (the standard political phrases), not copying; it must also be in more
 *                     than {@link #COMMON_MIN_REPORTS} reports, so that a small archive whose ten
 *                     reports share a paragraph is still told so
 * @param stop         phrases that never count, whatever their share: normalised as the texts are
 * @param warnShare    {@code baogao lint} warns of a report whose shared share is above this; the
 *                     archive's panels and meeting tables mark such shares
 * @param archive      whether a build checks the archive's reports and shows each one's panel
 *                     ({@code archive: false} leaves the check to {@code baogao similar} and lint)
 */
public record SimilarSettings(int minChars, double commonShare, List<String> stop, double warnShare, boolean archive) {

    /** A passage carried by at most this many reports is never a formula, however small the archive. */
    public static final int COMMON_MIN_REPORTS = 10;

    /** Passages shorter than this cannot be told from chance. */
    public static final int MIN_MIN_CHARS = 8;

    public static final SimilarSettings DEFAULTS = new SimilarSettings(20, 0.02, List.of(), 0.3, true);

    public SimilarSettings {
        if (minChars < MIN_MIN_CHARS) throw new IllegalArgumentException("min-chars " + minChars + " < " + MIN_MIN_CHARS);
        if (!(commonShare > 0 && commonShare <= 1)) throw new IllegalArgumentException("common-share " + commonShare);
        if (!(warnShare >= 0 && warnShare <= 1)) throw new IllegalArgumentException("warn-share " + warnShare);
        stop = List.copyOf(stop);
    }

    /** The settings of the check itself, the archive's panels shown. */
    public SimilarSettings(int minChars, double commonShare, List<String> stop, double warnShare) {
        this(minChars, commonShare, stop, warnShare, true);
    }

    /** More reports than this carrying a passage make it a formula, in an archive of {@code reports}. */
    public int commonLimit(int reports) {
        return Math.max(COMMON_MIN_REPORTS, (int) Math.floor(commonShare * reports));
    }
}
