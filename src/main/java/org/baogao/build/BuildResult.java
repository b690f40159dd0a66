package org.baogao.build;

import java.util.List;

/** The outcome of a whole build, in the order of the report files. */
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
