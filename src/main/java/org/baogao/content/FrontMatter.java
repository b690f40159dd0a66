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
 * @param signature   where the 落款 goes: {@code end} (below the body) or {@code under-title}
 * @param print       the print settings this report sets ({@code page-numbers}, {@code cover},
 *                    {@code bold-levels}), over the project's; never null
 * @param closing     a closing line printed after the body (以上是我的对照检查发言，请大家提出批评意见。)
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
        String signature,
        PrintSettings print,
        String closing) {

    public static final String SIGNATURE_END = "end";
    public static final String SIGNATURE_UNDER_TITLE = "under-title";
    public static final List<String> SIGNATURES = List.of(SIGNATURE_END, SIGNATURE_UNDER_TITLE);

    public FrontMatter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (signature == null) signature = SIGNATURE_END;
        if (print == null) print = PrintSettings.UNSET;
    }

    /** Front matter with the default print options. */
    public FrontMatter(String title, String type, String author, String post, String unit, String meeting,
            LocalDate date, List<String> tags, boolean draft, String marking) {
        this(title, type, author, post, unit, meeting, date, tags, draft, marking, null, null, null);
    }

    public FrontMatter withType(String newType) {
        return new FrontMatter(title, newType, author, post, unit, meeting, date, tags, draft, marking,
                signature, print, closing);
    }

    public FrontMatter withTitle(String newTitle) {
        return new FrontMatter(newTitle, type, author, post, unit, meeting, date, tags, draft, marking,
                signature, print, closing);
    }
}
