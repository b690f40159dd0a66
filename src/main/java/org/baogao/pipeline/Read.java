package org.baogao.pipeline;

import org.baogao.markdown.RenderedBody;

/**
 * A report read, with the key of its PDF, and its PDF if it was rendered while the others were
 * read (null: kept from the last build, or no PDFs are built), with the body it was rendered from
 * ({@code body}, null with no PDF), which its page is made of too. When the report's file failed
 * and its last good version is kept, {@code reading} is that version's and {@code stale} says so.
 */
record Read(Reading reading, String printKey, ReportOutcome pdf, RenderedBody body, LastGood.Stale stale) {

    Read(Reading reading, String printKey, ReportRenderer.Rendered pdf) {
        this(reading, printKey, pdf == null ? null : pdf.outcome(), pdf == null ? null : pdf.body(), null);
    }

    /** The last good version of a report that failed: read again, its PDF kept. */
    static Read of(LastGood.Stale stale) {
        return new Read(new Reading(stale.report(), null), stale.lastGood().printKey(), null, null, stale);
    }

    /** Read, not a draft, and its PDF, if rendered, did not fail. */
    boolean publishable() {
        return reading.settled() == null && (pdf == null || !pdf.failed());
    }

    /** What ended the report here, or its PDF's outcome; null when it goes on to be rendered. */
    ReportOutcome outcome() {
        return reading.settled() != null ? reading.settled() : pdf;
    }
}
