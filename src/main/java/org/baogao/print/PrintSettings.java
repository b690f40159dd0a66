package org.baogao.print;

import java.util.List;

/**
 * How a report is printed where GB/T 9704 leaves a choice. A project sets them in
 * {@code baogao.yml} under {@code print:}, a report in its front matter with the same keys; what a
 * report sets wins. A null component is not set here.
 *
 * @param pageNumbers where the page numbers go
 * @param cover       a first page with the title alone and no page number; the body starts on page 2
 * @param boldLevels  which of the heading levels 3 ({@code 1.}) and 4 ({@code （1）}) print in bold
 * @param outputs     the files written for a report ({@code outputs: [html, pdf, docx]}); what it
 *                    decides is whether the report has a Word document (see {@link OutputFormat})
 */
public record PrintSettings(PageNumbers pageNumbers, Boolean cover, List<Integer> boldLevels, List<OutputFormat> outputs) {
    /** Levels 1 and 2 have fonts of their own (黑体, 楷体); only the levels in the body's font may be bold. */
    public static final List<Integer> BOLD_LEVELS = List.of(3, 4);

    /** Nothing set. */
    public static final PrintSettings UNSET = new PrintSettings(null, null, null, null);
    /** What applies where neither the project nor the report says otherwise. */
    public static final PrintSettings DEFAULTS = new PrintSettings(PageNumbers.OUTSIDE, false, List.of());

    public PrintSettings {
        if (boldLevels != null) boldLevels = List.copyOf(boldLevels);
        if (outputs != null) outputs = List.copyOf(outputs);
    }

    /** The settings of the printed page alone, the outputs not set. */
    public PrintSettings(PageNumbers pageNumbers, Boolean cover, List<Integer> boldLevels) {
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
        return outputs != null && outputs.contains(OutputFormat.DOCX);
    }

    /** Whether heading level {@code level} prints in bold. */
    public boolean bold(int level) {
        return boldLevels != null && boldLevels.contains(level);
    }
}
