package org.baogao.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.baogao.content.Problem;
import org.baogao.content.Report;

/**
 * What became of one report file.
 *
 * @param file     the source file
 * @param status   built (published), skipped as a draft, failed, or failed with its last good version kept
 * @param report   the parsed report; null when it could not be read, or when nothing at all changed
 *                 since the last build and so no report was read again
 * @param pages    pages of its PDF (0 without PDF)
 * @param pdfBytes size of its PDF
 * @param millis   time spent on it
 * @param problems warnings, and the error when it failed
 * @param text     the plain text of its body, for the search index; null unless rendered
 * @param work     what this build did for it
 */
public record ReportOutcome(Path file, Status status, Report report, int pages, long pdfBytes, long millis,
        List<Problem> problems, String text, Work work) {

    public enum Status {
        BUILT, DRAFT, FAILED,
        /**
         * failed now (its problems say why), and its last good version stays published, its page
         * marked stale: {@link #report}, {@link #pages} and {@link #pdfBytes} are that version's
         */
        STALE
    }

    /** What a build did for a report: what an incremental build could not take over from the last one. */
    public enum Work {
        /** read and rendered, page and PDF, or nothing more to do (drafts, failures) */
        RENDERED,
        /** its page was rendered again, because its place in the archive changed; its PDF was kept */
        PAGE,
        /** nothing changed: its page and PDF were kept */
        REUSED
    }

    public ReportOutcome {
        problems = List.copyOf(problems);
    }

    /** An outcome of work that was done in full. */
    public ReportOutcome(Path file, Status status, Report report, int pages, long pdfBytes, long millis,
            List<Problem> problems, String text) {
        this(file, status, report, pages, pdfBytes, millis, problems, text, Work.RENDERED);
    }

    /** The report's file as it is now failed, whether or not its last good version was kept. */
    public boolean failed() {
        return status == Status.FAILED || status == Status.STALE;
    }

    /** A version of the report is in the archive: built now, or its last good one kept. */
    public boolean published() {
        return status == Status.BUILT || status == Status.STALE;
    }
}
