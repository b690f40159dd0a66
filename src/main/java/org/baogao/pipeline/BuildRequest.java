package org.baogao.pipeline;

/**
 * What one build is asked to do, beside the options the builder was made with.
 *
 * @param listener told of each report as it finishes
 * @param clean    ignore what earlier builds made and render everything
 * @param failFast stop at the first report that fails, publishing nothing: the reports under way
 *                 finish, no further one starts
 */
public record BuildRequest(BuildListener listener, boolean clean, boolean failFast) {

    /** An incremental build that goes on past a failed report, as {@code baogao build} does by default. */
    public static BuildRequest incremental(BuildListener listener) {
        return new BuildRequest(listener, false, false);
    }

    public BuildRequest withClean(boolean newClean) {
        return new BuildRequest(listener, newClean, failFast);
    }

    public BuildRequest withFailFast(boolean newFailFast) {
        return new BuildRequest(listener, clean, newFailFast);
    }
}
