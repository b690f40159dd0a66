package org.baogao.build;

import java.nio.file.Path;
import java.util.List;

import org.baogao.content.Problem;
import org.baogao.content.Report;

/**
 * What became of one report file.
 *
 * @param file     the source file
 * @param status   built, skipped as a draft, or failed
 * @param report   the parsed report; null when it could not be read
 * @param pages    pages of its PDF (0 without PDF)
 * @param pdfBytes size of its PDF
 * @param millis   time spent on it
 * @param problems warnings, and the error when it failed
 * @param text     the plain text of its body, for the search index; null unless built
 */
public record ReportOutcome(Path file, Status status, Report report, int pages, long pdfBytes, long millis,
        List<Problem> problems, String text) {

    public enum Status { BUILT, DRAFT, FAILED }

    public ReportOutcome {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
