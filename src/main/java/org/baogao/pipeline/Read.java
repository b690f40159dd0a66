package org.baogao.pipeline;

/**
 * A report read, with the key of its PDF, and its PDF if it was rendered while the others were
 * read (null: kept from the last build, or no PDFs are built).
 */
record Read(Reading reading, String printKey, ReportOutcome pdf) {

    /** Read, not a draft, and its PDF, if rendered, did not fail. */
    boolean publishable() {
        return reading.settled() == null && (pdf == null || !pdf.failed());
    }

    /** What ended the report here, or its PDF's outcome; null when it goes on to be rendered. */
    ReportOutcome outcome() {
        return reading.settled() != null ? reading.settled() : pdf;
    }
}
