package org.baogao.pipeline;

import java.util.List;

/**
 * The outcome of a whole build, in the order of the report files.
 *
 * @param published whether a new archive was swapped in; false when nothing had changed and the
 *                  archive was left as it was
 * @param notes     what the build has to say beyond the reports' own problems: a similarity check that
 *                  could not be done, a report left out of
 *                  its meeting's volume, a volume that could not be bound
 */
public record BuildResult(List<ReportOutcome> reports, long millis, boolean published, List<org.baogao.content.Problem> notes) {

    public BuildResult {
        reports = List.copyOf(reports);
        notes = List.copyOf(notes);
    }

    public BuildResult(List<ReportOutcome> reports, long millis, boolean published) {
        this(reports, millis, published, List.of());
    }

    public long built() {
        return reports.stream().filter(r -> r.status() == ReportOutcome.Status.BUILT).count();
    }

    /** The reports that failed, those whose last good version was kept among them. */
    public long failed() {
        return reports.stream().filter(ReportOutcome::failed).count();
    }

    /** The reports that failed and whose last good version was kept, marked stale. */
    public long stale() {
        return reports.stream().filter(r -> r.status() == ReportOutcome.Status.STALE).count();
    }

    public int pages() {
        return reports.stream().mapToInt(ReportOutcome::pages).sum();
    }
}
