package org.baogao.content;

/**
 * Where a report's files are in the site: the one place that knows. A report at
 * {@code content/2023/li-ming.md} has its folder {@code 2023/li-ming}, its page
 * {@code 2023/li-ming/index.html}, its PDF {@code 2023/li-ming/li-ming.pdf} and its Word document
 * {@code 2023/li-ming/li-ming.docx}: a file saved from the archive keeps the report's name.
 *
 * @param folder the report's folder below the site root, {@code 2023/li-ming}
 */
public record ReportFiles(String folder) {

    /** The name of every report's page in its folder. */
    public static final String PAGE = "index.html";

    /** Its page, relative to the site root. */
    public String page() {
        return folder + "/" + PAGE;
    }

    /** Its PDF's file name in its folder, {@code li-ming.pdf}. */
    public String pdfName() {
        return name() + ".pdf";
    }

    /** Its PDF, relative to the site root. */
    public String pdf() {
        return folder + "/" + pdfName();
    }

    /** Its Word document's file name in its folder, {@code li-ming.docx}. */
    public String docxName() {
        return name() + ".docx";
    }

    /** Its Word document, relative to the site root. */
    public String docx() {
        return folder + "/" + docxName();
    }

    private String name() {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }
}
