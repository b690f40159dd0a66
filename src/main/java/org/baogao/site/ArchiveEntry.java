package org.baogao.site;

import org.baogao.chinese.ChineseDate;
import org.baogao.config.ProjectConfig;
import org.baogao.content.FrontMatter;
import org.baogao.content.Report;
import org.baogao.layout.ByteSize;

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
 * @param docx      its Word document as a URL relative to the site root, or null when it has none
 */
public record ArchiveEntry(String path, FrontMatter meta, String typeLabel, String dateText, String href,
        String pdf, int pages, long pdfBytes, String text, String docx) {

    /**
     * A published report: its PDF's figures ({@code pages} and {@code pdfBytes} 0 when no PDF was
     * built), the plain text of its body, or null when it has none, and whether it has a Word document.
     */
    public static ArchiveEntry of(Report report, int pages, long pdfBytes, String text, boolean docx,
            ProjectConfig config) {
        FrontMatter m = report.meta();
        String path = report.path();
        return new ArchiveEntry(path, m, config.typeLabel(m.type()), ChineseDate.format(m.date()),
                SitePaths.href(report.files().page()),
                pdfBytes > 0 ? SitePaths.href(report.files().pdf()) : null,
                pages, pdfBytes, text == null ? "" : text, docx ? SitePaths.href(report.files().docx()) : null);
    }

    /** The same entry with another text. */
    public ArchiveEntry withText(String newText) {
        return new ArchiveEntry(path, meta, typeLabel, dateText, href, pdf, pages, pdfBytes, newText, docx);
    }

    /** Its date as {@code YYYY-MM-DD}, for {@code <time datetime>}, or null. */
    public String date() {
        return meta.date() == null ? null : meta.date().toString();
    }

    /** The year it reviews (its meeting's, else its date's), or null. */
    public String year() {
        Integer y = meta.reviewedYear();
        return y == null ? null : String.valueOf(y);
    }

    /** Its PDF's size as people read it, {@code 356 KB}. */
    public String pdfSize() {
        return ByteSize.text(pdfBytes);
    }
}
