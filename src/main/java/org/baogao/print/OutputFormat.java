package org.baogao.print;

/**
 * A file a build writes for a report, as {@code outputs} names it ({@code html}, {@code pdf},
 * {@code docx}). The page is always written and PDFs are turned off for a whole build only
 * ({@code --no-pdf}), so what {@code outputs} decides for a report is its Word document.
 */
public enum OutputFormat {
    /** the report's page in the archive */
    HTML,
    /** its PDF, to GB/T 9704 */
    PDF,
    /** its Word document, in the same layout, to edit */
    DOCX
}
