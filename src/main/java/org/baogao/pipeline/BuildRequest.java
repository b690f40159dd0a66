package org.baogao.pipeline;

/**
 * What one build is asked to do, beside the options the builder was made with.
 *
 * @param listener   told of each report as it finishes
 * @param clean      ignore what earlier builds made and render everything
 * @param failFast   stop at the first report that fails, publishing nothing: the reports under way
 *                   finish, no further one starts
 * @param failed     what becomes of a published report that fails now
 * @param allowEmpty publish an empty archive when the content folder holds no report, though the
 *                   published archive has some (refused otherwise: a mistyped {@code --content})
 */
public record BuildRequest(BuildListener listener, boolean clean, boolean failFast, FailedReports failed,
        boolean allowEmpty) {

    public BuildRequest {
        if (failed == null) failed = FailedReports.KEEP_LAST_GOOD;
    }

    /** A build that keeps the last good version of a report that fails now, and refuses to empty the archive. */
    public BuildRequest(BuildListener listener, boolean clean, boolean failFast) {
        this(listener, clean, failFast, FailedReports.KEEP_LAST_GOOD, false);
    }

    /** An incremental build that goes on past a failed report, as {@code baogao build} does by default. */
    public static BuildRequest incremental(BuildListener listener) {
        return new BuildRequest(listener, false, false);
    }

    public BuildRequest withClean(boolean newClean) {
        return new BuildRequest(listener, newClean, failFast, failed, allowEmpty);
    }

    public BuildRequest withFailFast(boolean newFailFast) {
        return new BuildRequest(listener, clean, newFailFast, failed, allowEmpty);
    }

    public BuildRequest withFailed(FailedReports newFailed) {
        return new BuildRequest(listener, clean, failFast, newFailed, allowEmpty);
    }

    public BuildRequest withAllowEmpty(boolean newAllowEmpty) {
        return new BuildRequest(listener, clean, failFast, failed, newAllowEmpty);
    }
}
