package org.baogao.site;

import java.util.List;

import org.baogao.build.ReportOutcome;
import org.baogao.content.FrontMatter;
import org.baogao.layout.ChineseDate;

/**
 * One published report as the archive's pages list it.
 *
 * @param href    the report's page, relative to the site root
 * @param pdf     its PDF, relative to the site root, or null when PDFs were not built
 * @param pages   its PDF's page count
 */
public record ArchiveEntry(String title, String type, String author, String post, String unit, String meeting,
        String date, String dateText, List<String> tags, String href, String pdf, int pages) {

    public static ArchiveEntry of(ReportOutcome o) {
        FrontMatter m = o.report().meta();
        String path = o.report().path();
        return new ArchiveEntry(m.title(), m.type(), m.author(), m.post(), m.unit(), m.meeting(),
                m.date() == null ? null : m.date().toString(), ChineseDate.format(m.date()), m.tags(),
                path + "/index.html", o.pdfBytes() > 0 ? path + "/" + o.report().slug() + ".pdf" : null, o.pages());
    }
}
