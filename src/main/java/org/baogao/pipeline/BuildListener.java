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

    /**
     * A report's PDF as this build made it, before the build publishes it ({@code pdf} relative to
     * the site root: {@code 2023/li-ming/li-ming.pdf}), so that a preview can show it while the
     * listings, the search index and 查重 are still being made. The build publishes these bytes
     * unless the report's page then fails. Told from the rendering threads, perhaps two at once.
     */
    default void pdfMade(String pdf, byte[] bytes) {}

    BuildListener NONE = (o, d, t) -> { };
}
