package org.baogao.print;

import java.util.List;

/**
 * How a report is printed where GB/T 9704 leaves a choice. A project sets them in
 * {@code baogao.yml} under {@code print:}, a report in its front matter with the same keys; what a
 * report sets wins. A null component is not set here.
 *
 * @param pageNumbers {@code outside} (odd pages at the right, even at the left) or {@code center}
 * @param cover       a first page with the title alone and no page number; the body starts on page 2
 * @param boldLevels  which of the heading levels 3 ({@code 1.}) and 4 ({@code （1）}) print in bold
 * @param outputs     the files written for a report besides its page: {@code pdf}, and {@code docx} for
 *                    a Word document; {@code html}, the page, is always written and PDFs are turned
 *                    off for a whole build only ({@code --no-pdf}), so what this decides is the .docx
 */
public record PrintSettings(String pageNumbers, Boolean cover, List<Integer> boldLevels, List<String> outputs) {

    public static final String PAGE_NUMBERS_OUTSIDE = "outside";
    public static final List<String> PAGE_NUMBERS = List.of(PAGE_NUMBERS_OUTSIDE, "center");
    /** Levels 1 and 2 have fonts of their own (黑体, 楷体); only the levels in the body's font may be bold. */
    public static final List<Integer> BOLD_LEVELS = List.of(3, 4);
    public static final String OUTPUT_DOCX = "docx";
    public static final List<String> OUTPUTS = List.of("html", "pdf", OUTPUT_DOCX);

    /** Nothing set. */
    public static final PrintSettings UNSET = new PrintSettings(null, null, null, null);
    /** What applies where neither the project nor the report says otherwise. */
    public static final PrintSettings DEFAULTS = new PrintSettings(PAGE_NUMBERS_OUTSIDE, false, List.of());

    public PrintSettings {
        if (boldLevels != null) boldLevels = List.copyOf(boldLevels);
        if (outputs != null) outputs = List.copyOf(outputs);
    }

    /** The settings of the page alone, the outputs not set. */
    public PrintSettings(String pageNumbers, Boolean cover, List<Integer> boldLevels) {
        this(pageNumbers, cover, boldLevels, null);
    }

    /** These settings, with those that {@code report} sets in their place. */
    public PrintSettings overriddenBy(PrintSettings report) {
        return new PrintSettings(report.pageNumbers != null ? report.pageNumbers : pageNumbers,
                report.cover != null ? report.cover : cover,
                report.boldLevels != null ? report.boldLevels : boldLevels,
                report.outputs != null ? report.outputs : outputs);
    }

    /** Whether a Word document is written. */
    public boolean docx() {
        return outputs != null && outputs.contains(OUTPUT_DOCX);
    }

    /** Whether heading level {@code level} prints in bold. */
    public boolean bold(int level) {
        return boldLevels != null && boldLevels.contains(level);
    }
}
