package org.baogao.pipeline;

/** What a build does with a report that was published before and fails now. */
public enum FailedReports {
    /** its last good page and PDF stay published, the page marked stale, until it builds again ({@link LastGood}) */
    KEEP_LAST_GOOD,
    /** it is taken out of the archive until it builds again ({@code --drop-failed}) */
    DROP
}
