package org.baogao.pipeline;

/** Told of each report as it finishes, from the rendering threads, one call at a time. */
@FunctionalInterface
public interface BuildListener {
    void finished(ReportOutcome outcome, int done, int total);

    /** A line about the build as a whole, before the reports: a font converted, a font file skipped. */
    default void notice(String message) {
    }

    BuildListener NONE = (o, d, t) -> { };
}
