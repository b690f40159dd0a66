package org.baogao.pipeline;

import java.util.List;

/**
 * The outcome of a whole build, in the order of the report files.
 *
 * @param published whether a new archive was swapped in; false when nothing had changed and the
 *                  archive was left as it was
 */
public record BuildResult(List<ReportOutcome> reports, long millis, boolean published) {

    public BuildResult {
        reports = List.copyOf(reports);
    }

    public long built() {
        return reports.stream().filter(r -> r.status() == ReportOutcome.Status.BUILT).count();
    }

    public long failed() {
        return reports.stream().filter(ReportOutcome::failed).count();
    }

    public int pages() {
        return reports.stream().mapToInt(ReportOutcome::pages).sum();
    }
}
