package org.baogao.pipeline;

/**
 * A report's outcome, what the cache is to remember of it (null: nothing, it failed), and its
 * text in UTF-8 when it was rendered (encoded once: encoding was a tenth of an HTML-only build).
 */
record Done(ReportOutcome outcome, CachedReport cached, byte[] text) {

    Done(ReportOutcome outcome, CachedReport cached) {
        this(outcome, cached, null);
    }

    /** In the archive: built now, or its last good version kept. */
    boolean published() {
        return outcome.published();
    }
}
