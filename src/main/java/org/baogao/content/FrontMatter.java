package org.baogao.content;

import java.time.LocalDate;
import java.util.List;

import org.baogao.print.PrintSettings;

/**
 * The typed metadata of one report, from its YAML front matter (or inferred when it has none).
 * Absent optional fields are {@code null}; {@code tags} is never null.
 *
 * @param title   the report's title as printed
 * @param type    the document type, which names the layout template ({@code individual}, {@code group}, …)
 * @param author  the person (individual reports) or the organisation (group reports) that signs
 * @param post    the author's post, for individual reports (县委副书记)
 * @param unit    the unit the report belongs to, for browsing (青山县委)
 * @param meeting the meeting it was written for (2023年度民主生活会)
 * @param date    the date it is signed
 * @param tags    free keywords
 * @param draft   drafts are not published unless asked for
 * @param marking a handling mark printed top left of page 1 (内部资料 注意保存, 秘密★1年)
 * @param signature   where the 落款 goes
 * @param print       the print settings this report sets ({@code page-numbers}, {@code cover},
 *                    {@code bold-levels}), over the project's; never null
 * @param closing     a closing line printed after the body (以上是我的对照检查发言，请大家提出批评意见。)
 * @param order       the report's place in its meeting's bound volume, by rank (1 first), or null
 * @param year        the year the report reviews when the front matter says so ({@code year: 2023}),
 *                    or null; see {@link #reviewedYear()}
 */
public record FrontMatter(
        String title,
        String type,
        String author,
        String post,
        String unit,
        String meeting,
        LocalDate date,
        List<String> tags,
        boolean draft,
        String marking,
        SignaturePlace signature,
        PrintSettings print,
        String closing,
        Integer order,
        Integer year) {

    public FrontMatter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (signature == null) signature = SignaturePlace.END;
        if (print == null) print = PrintSettings.UNSET;
    }

    public FrontMatter(String title, String type, String author, String post, String unit, String meeting,
            LocalDate date, List<String> tags, boolean draft, String marking, SignaturePlace signature, PrintSettings print,
            String closing) {
        this(title, type, author, post, unit, meeting, date, tags, draft, marking, signature, print, closing, null, null);
    }

    /** Front matter with the default print options. */
    public FrontMatter(String title, String type, String author, String post, String unit, String meeting,
            LocalDate date, List<String> tags, boolean draft, String marking) {
        this(title, type, author, post, unit, meeting, date, tags, draft, marking, null, null, null);
    }

    /** A year a meeting names: 2023年度民主生活会 reviews 2023. */
    private static final java.util.regex.Pattern MEETING_YEAR = java.util.regex.Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /**
     * The year the report reviews, which the archive lists it under (年度): {@code year} when the
     * front matter sets it (a meeting named without its year, 专题民主生活会, held early the next
     * year), else the year its meeting names (a 2023年度民主生活会 held in January 2024 reviews
     * 2023), else the year of its date; null when it has none of these.
     */
    public Integer reviewedYear() {
        if (year != null) return year;
        if (meeting() != null) {
            java.util.regex.Matcher m = MEETING_YEAR.matcher(meeting());
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        return date() == null ? null : date().getYear();
    }
}
