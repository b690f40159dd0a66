package org.baogao.layout;

import java.util.List;
import java.util.Locale;

/**
 * What a report's screen page shows of the similarity check (查重): how much of its body it shares
 * with the archive's other reports, its own author's earlier ones (照搬往年) apart from other
 * authors' (互相抄袭), the reports it shares most with, and where in its body the shared passages
 * are, to be marked on request. A panel with nothing shared says that the check found nothing.
 *
 * @param chars      the characters of its normalised body (letters and digits: what the check counts)
 * @param shared     those inside a passage it shares with any other report
 * @param sameAuthor those inside a passage it shares with its author's other reports
 * @param others     those inside a passage it shares with other authors' reports
 * @param warnShare  the share above which the project wants a report looked at ({@code similar: warn-share})
 * @param sources    the reports it shares most with, most first; at most {@link #SHOWN}
 * @param more       how many more reports it shares passages with
 * @param marks      the stretches of its normalised body inside shared passages, in order, not overlapping
 */
public record SimilarPanel(int chars, int shared, int sameAuthor, int others, double warnShare, List<Source> sources,
        int more, List<Mark> marks) {

    /** The sources a page lists: an archive of stock phrases shares something with hundreds. */
    public static final int SHOWN = 10;

    public SimilarPanel {
        sources = List.copyOf(sources);
        marks = List.copyOf(marks);
    }

    /**
     * One report the page's report shares passages with.
     *
     * @param title      its title
     * @param href       its page, relative to the site root
     * @param author     who signs it, or null
     * @param dateText   its date as printed, or null
     * @param sameAuthor whether the page's report has the same author (照搬往年) or another (互相抄袭)
     * @param shared     the page's report's characters inside passages shared with it
     * @param passages   how many passages
     */
    public record Source(String title, String href, String author, String dateText, boolean sameAuthor, int shared,
            int passages) {}

    /** Whose reports a marked stretch is shared with. */
    public enum Kind {
        /** only the same author's: 照搬往年 */
        PAST,
        /** only other authors': 互相抄袭 */
        OTHERS,
        /** both */
        BOTH;

        /** Its class in the page: {@code shared-past}, {@code shared-others}, {@code shared-both}. */
        public String css() {
            return "shared-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A stretch of the normalised body shared with {@code reports} other reports.
     *
     * @param start where it starts, in characters of the normalised body
     * @param end   where it ends, exclusive
     */
    public record Mark(int start, int end, Kind kind, int reports) {}

    /** Whether the check found any passage shared. */
    public boolean found() {
        return shared > 0;
    }

    /** Whether the share is above the project's {@code warn-share}. */
    public boolean warned() {
        return chars > 0 && (double) shared / chars > warnShare;
    }

    /** The project's {@code warn-share} as the page prints it: {@code 30%}. */
    public String warnPercent() {
        return new java.math.BigDecimal(Double.toString(warnShare * 100)).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code part} characters as a share of the body, as the page prints it: {@code 61.8%}. */
    public String percent(int part) {
        return percent(part, chars);
    }

    /** {@code part} of {@code whole} as a percentage with one decimal, {@code 0%} of nothing. */
    public static String percent(int part, int whole) {
        if (whole == 0 || part == 0) return "0%";
        double p = 100.0 * part / whole;
        // a sliver is not 0.0 %: the reader is to see that something is shared
        if (p < 0.1) return "<0.1%";
        // as String.format(Locale.ROOT, "%.1f%%", p), which rounds the double's shortest decimal
        // half up, without the formatter (a meeting's table of 125 reports has 15,500 cells): away
        // from a half-tenth the double and its decimal round alike; at one, the formatter decides
        double tenths = p * 10;
        double below = Math.floor(tenths);
        double fraction = tenths - below;
        if (Math.abs(fraction - 0.5) < 1e-6) return String.format(Locale.ROOT, "%.1f%%", p);
        long t = (long) below + (fraction > 0.5 ? 1 : 0);
        return (t / 10) + "." + (t % 10) + "%";
    }
}
