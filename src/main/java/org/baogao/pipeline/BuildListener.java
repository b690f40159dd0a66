package org.baogao.pipeline;

/** Told of each report as it finishes, from the rendering threads, one call at a time. */
@FunctionalInterface
public interface BuildListener {
    void finished(ReportOutcome outcome, int done, int total);

    /** A line about the build as a whole, before the reports: a font converted, a font file skipped. */
    default void notice(String message) {
    }

    /**
     * The archive was missing and has been put back from {@code from}, the copy that a build
     * killed while publishing left beside it; told before anything else.
     */
    default void restored(java.nio.file.Path archive, java.nio.file.Path from) {}

    /**
     * Every report is rendered again because {@code why} (the settings, the fonts, the options or
     * baogao itself are not those the archive was made with); told before the reports.
     */
    default void renderingAll(String why) {}

    BuildListener NONE = (o, d, t) -> { };
}
