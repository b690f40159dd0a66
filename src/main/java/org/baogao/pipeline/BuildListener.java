package org.baogao.pipeline;

/** Told of each report as it finishes, from the rendering threads, one call at a time. */
@FunctionalInterface
public interface BuildListener {
    void finished(ReportOutcome outcome, int done, int total);

    BuildListener NONE = (o, d, t) -> { };
}
