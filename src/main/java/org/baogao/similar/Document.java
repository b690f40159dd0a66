package org.baogao.similar;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.content.FrontMatter;
import org.baogao.content.Report;

/**
 * One report as the check sees it.
 *
 * @param report  its path below the content folder ({@code 2023/li-ming.md}), or as given when it
 *                is outside; what results name it by
 * @param author  who signs it, null when unknown: matches with the same author are 照搬往年, the
 *                others 互相抄袭
 * @param edition what it was written for (the meeting, else the title), null when unknown: two
 *                files of one author for one edition are versions of one report (a draft and its
 *                copy, a file moved), never each other's sources
 * @param year    the year it was written for, 0 when unknown: orders the same author's reports
 * @param text    the {@linkplain Normaliser normalised} body
 */
public record Document(String report, String author, String edition, int year, String text) {

    public Document {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(text, "text");
        author = blankToNull(author);
        edition = blankToNull(edition);
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

    /**
     * A report as the check sees it: its body normalised; its edition the meeting it was written
     * for, else its title; its year the one its meeting names, else its date's.
     */
    public static Document of(Report report, String path) {
        FrontMatter m = report.meta();
        int year = year(m.meeting());
        if (year == 0 && m.date() != null) year = m.date().getYear();
        if (year == 0) year = year(m.title());
        return new Document(path, m.author(), m.meeting() != null ? m.meeting() : m.title(), year,
                Normaliser.normalise(report.body()));
    }

    private static int year(String s) {
        if (s == null) return 0;
        Matcher y = YEAR.matcher(s);
        return y.find() ? Integer.parseInt(y.group()) : 0;
    }

    /** Whether this and {@code other} are versions of one report rather than two reports. */
    public boolean sameReport(Document other) {
        if (report.equals(other.report)) return true;
        return author != null && author.equals(other.author) && edition != null && edition.equals(other.edition);
    }

    /** Whether {@code other} was signed by the same author. */
    public boolean sameAuthor(Document other) {
        return author != null && author.equals(other.author);
    }

    private static String blankToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
