package org.baogao.cli;

import java.util.Locale;

import org.baogao.similar.ReportSimilarity;

/**
 * What {@code baogao similar} says, in one place until the message catalogue takes it over. The
 * two kinds of match keep their Chinese names, which is what offices call them.
 */
final class SimilarText {

    static final String SAME_AUTHOR = "照搬往年";
    static final String OTHER_AUTHOR = "互相抄袭";

    private SimilarText() {}

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 2023/li-ming.md: 25.0 % shared (1,203 of 4,812 characters): 照搬往年 8.1 %, 互相抄袭 17.0 %}. */
    static String heading(ReportSimilarity r) {
        StringBuilder s = new StringBuilder(r.report()).append(": ").append(percent(r.share())).append(" shared (")
                .append(count(r.shared())).append(" of ").append(count(r.chars())).append(" characters)");
        String sep = ": ";
        if (r.sharedSameAuthor() > 0) {
            s.append(sep).append(SAME_AUTHOR).append(' ').append(percent((double) r.sharedSameAuthor() / r.chars()));
            sep = ", ";
        }
        if (r.sharedOthers() > 0) {
            s.append(sep).append(OTHER_AUTHOR).append(' ').append(percent((double) r.sharedOthers() / r.chars()));
        }
        return s.toString();
    }

    static String nothingShared(ReportSimilarity r) {
        return r.report() + ": nothing shared (" + count(r.chars()) + " characters)";
    }

    static final String[] COLUMNS = {"share", "chars", "source", "kind", "longest passage"};

    static String passage(int line, String text) {
        return "line " + line + ": " + text;
    }

    static String summary(int checked, int archive, int sharing, int above, double warnShare, long millis) {
        return String.format(Locale.ROOT, "%d %s checked against %d: %d %s passages with others, %d above %s; %.1f s",
                checked, checked == 1 ? "report" : "reports", archive, sharing, sharing == 1 ? "shares" : "share", above,
                percent(warnShare), millis / 1000.0);
    }

    static String skipped(int n) {
        return n + (n == 1 ? " file was" : " files were") + " not checked (above); fix them and check again";
    }

    static String noReports(String where) {
        return "no reports to check in " + where + "; name report files or folders, or pass --content DIR";
    }
}
