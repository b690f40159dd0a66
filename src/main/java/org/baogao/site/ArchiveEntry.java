package org.baogao.site;

import org.baogao.build.ReportOutcome;
import org.baogao.config.ProjectConfig;
import org.baogao.content.FrontMatter;
import org.baogao.layout.ByteSize;
import org.baogao.layout.ChineseDate;

/**
 * One published report as the archive's listings and search index see it.
 *
 * @param path      the report's path below the site root, {@code 2023/li-ming}
 * @param meta      its front matter
 * @param typeLabel what the archive calls its type (个人, 班子)
 * @param dateText  its date as printed, or null
 * @param href      its page as a URL relative to the site root
 * @param pdf       its PDF as a URL relative to the site root, or null when PDFs were not built
 * @param pages     its PDF's page count, 0 without PDF
 * @param pdfBytes  its PDF's size, 0 without PDF
 * @param text      the plain text of its body, for the search index
 * @param docx      its Word document as a URL relative to the site root, or null when none was written
 */
public record ArchiveEntry(String path, FrontMatter meta, String typeLabel, String dateText, String href,
        String pdf, int pages, long pdfBytes, String text, String docx) {

    public ArchiveEntry(String path, FrontMatter meta, String typeLabel, String dateText, String href, String pdf,
            int pages, long pdfBytes, String text) {
        this(path, meta, typeLabel, dateText, href, pdf, pages, pdfBytes, text, null);
    }

    public static ArchiveEntry of(ReportOutcome o, ProjectConfig config) {
        return of(o, config, null);
    }

    /** @param docx the report's Word document's file name, next to its page, or null */
    public static ArchiveEntry of(ReportOutcome o, ProjectConfig config, String docx) {
        FrontMatter m = o.report().meta();
        String path = o.report().path();
        return new ArchiveEntry(path, m, config.typeLabel(m.type()), ChineseDate.format(m.date()),
                SitePaths.href(path + "/index.html"),
                o.pdfBytes() > 0 ? SitePaths.href(path + "/" + o.report().slug() + ".pdf") : null,
                o.pages(), o.pdfBytes(), o.text() == null ? "" : o.text(),
                docx == null ? null : SitePaths.href(path + "/" + docx));
    }

    /** The same entry with another text. */
    public ArchiveEntry withText(String newText) {
        return new ArchiveEntry(path, meta, typeLabel, dateText, href, pdf, pages, pdfBytes, newText, docx);
    }

    /** Its date as {@code YYYY-MM-DD}, for {@code <time datetime>}, or null. */
    public String date() {
        return meta.date() == null ? null : meta.date().toString();
    }

    /** The year of its date, or null. */
    public String year() {
        return meta.date() == null ? null : String.valueOf(meta.date().getYear());
    }

    /** Its PDF's size as people read it, {@code 356 KB}. */
    public String pdfSize() {
        return ByteSize.text(pdfBytes);
    }
}
