package org.baogao.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * Runs one task per report on the rendering threads. With {@code --fail-fast} the first failure
 * stops the build: no further report starts, those under way finish.
 */
final class Tasks {

    private Tasks() {}

    /**
     * The tasks' results, in the tasks' order.
     *
     * @param failure with {@code --fail-fast}, the failed outcome a result stands for (null: it did
     *                not fail); null without. From the first failure on no task starts, those
     *                under way finish, and the build stops with that failure.
     */
    static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks, Function<T, ReportOutcome> failure)
            throws IOException, BuildException {
        CompletionService<T> finished = new ExecutorCompletionService<>(pool);
        // a task that starts after the build has stopped does nothing
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                futures.add(finished.submit(() -> {
                    if (stop.get()) return null;
                    T result = t.call();
                    // said here, on the thread that is free now, before it takes the next report
                    if (failure != null && failure.apply(result) != null) stop.set(true);
                    return result;
                }));
            }
            if (failure != null) {
                for (int i = 0; i < futures.size(); i++) {
                    T result = finished.take().get();
                    ReportOutcome failed = result == null ? null : failure.apply(result);
                    if (failed != null) {
                        stop.set(true);
                        waitForAll(futures);
                        throw stopped(failed);
                    }
                }
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("build.interrupted"), e);
        } catch (ExecutionException e) {
            stop.set(true);
            waitForAll(futures);
            if (e.getCause() instanceof OutOfMemoryError) throw new IOException(RenderMemory.outOfMemory(), e.getCause());
            if (e.getCause() instanceof BrokenTemplateException b) throw new IOException(b.getMessage(), b.getCause());
            throw new IOException(Messages.get("build.failed-inside", Causes.of(e.getCause())), e.getCause());
        }
    }

    /** Waits for the tasks under way, which write into the output folder, before the build gives it up. */
    private static <T> void waitForAll(List<Future<T>> futures) {
        for (Future<T> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // the build stops with the first failure; this one adds nothing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static BuildException stopped(ReportOutcome failed) {
        String why = failed.problems().stream().filter(org.baogao.content.Problem::isError).findFirst()
                .map(Object::toString).orElse(Messages.get("build.report-failed", failed.file()));
        return new BuildException(Messages.get("build.fail-fast", why), null);
    }
}
