package org.baogao.pipeline;

/** Tells the listener of each report as it finishes, one call at a time. */
final class Progress {

    private final BuildListener listener;
    private final int total;
    private int done;

    Progress(BuildListener listener, int total) {
        this.listener = listener;
        this.total = total;
    }

    synchronized void finished(ReportOutcome o) {
        listener.finished(o, ++done, total);
    }
}
