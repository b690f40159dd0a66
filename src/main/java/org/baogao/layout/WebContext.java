package org.baogao.layout;

/**
 * What a report's screen page shows about its place in the archive: the metadata panel's links,
 * the PDF's size, and the reports before and after it within its meeting. Print pages ignore it.
 *
 * @param archiveName the archive's name, for the page header
 * @param typeLabel   what the archive calls the report's type (个人, 班子)
 * @param terms       the metadata values with links to their listings
 * @param previous    the report before it in its meeting's listing, or null
 * @param next        the report after it in its meeting's listing, or null
 * @param pages       pages of its PDF; 0 when no PDF was built
 * @param pdfBytes    size of its PDF; 0 when no PDF was built
 * @param docx        its Word document's file name, beside the page, or null when none was written
 * @param staleSince  when the version shown was built, as the page says it ({@code 2026年12月1日 23:10}), when the
 *                    report's file fails now and its last good page and PDF are kept; null when the page is current
 * @param similar     what it shares with the archive's other reports (查重), or null when the archive was not checked
 */
public record WebContext(String archiveName, String typeLabel, TermLinks terms, ReportLink previous,
        ReportLink next, int pages, long pdfBytes, String docx, String staleSince, SimilarPanel similar) {

    /** A page on its own, outside any archive: no listings to link to, no neighbours, no PDF yet. */
    public static WebContext alone(org.baogao.content.FrontMatter meta, String archiveName) {
        TermLinks terms = new TermLinks(
                meta.date() == null ? null : new TermLink(meta.date().getYear() + "年", null),
                new TermLink(meta.type(), null), link(meta.author()), link(meta.post()), link(meta.unit()),
                link(meta.meeting()), meta.tags().stream().map(t -> new TermLink(t, null)).toList());
        return new WebContext(archiveName, meta.type(), terms, null, null, 0, 0, null, null, null);
    }

    private static TermLink link(String text) {
        return text == null ? null : new TermLink(text, null);
    }

    public WebContext withPdf(int newPages, long newPdfBytes) {
        return new WebContext(archiveName, typeLabel, terms, previous, next, newPages, newPdfBytes, docx, staleSince, similar);
    }

    /** @param name the Word document's file name beside the page, or null: none */
    public WebContext withDocx(String name) {
        return new WebContext(archiveName, typeLabel, terms, previous, next, pages, pdfBytes, name, staleSince, similar);
    }

    /** The same place, for the last good version of a report that fails now, built at {@code since}. */
    public WebContext stale(String since) {
        return new WebContext(archiveName, typeLabel, terms, previous, next, pages, pdfBytes, docx, since, similar);
    }

    /** The same place with what the similarity check found of the report, or null: not checked. */
    public WebContext withSimilar(SimilarPanel panel) {
        return new WebContext(archiveName, typeLabel, terms, previous, next, pages, pdfBytes, docx, staleSince, panel);
    }

    /** The PDF's size as people read it: {@code 356 KB}, {@code 1.2 MB}. */
    public String pdfSize() {
        return ByteSize.text(pdfBytes);
    }
}
