package org.baogao.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs bindings side by side, and a binding that ran out of memory beside the others once more
 * alone, after them. A volume holds its reports' pages in memory while it is bound; two large
 * meetings bound at once (125 reports each, after a type's template changed) did not fit the
 * launcher's 720 MB where each alone does, and the volume was missing from the archive. Running
 * every binding alone would make the common case, volumes that fit side by side, twice as slow on
 * two cores.
 */
final class AloneAfterOutOfMemory {

    /** What one task gave: its value, or why it has none. */
    record Outcome<T>(T value, Throwable failure) {}

    private AloneAfterOutOfMemory() {}

    /** Each task's outcome, in the tasks' order; a task that ran out of memory twice fails with that. */
    static <T> List<Outcome<T>> run(ExecutorService pool, List<Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> futures = pool.invokeAll(tasks);
        List<Outcome<T>> out = new ArrayList<>();
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(new Outcome<>(futures.get(i).get(), null));
            } catch (ExecutionException e) {
                out.add(new Outcome<>(null, e.getCause()));
                if (e.getCause() instanceof OutOfMemoryError) again.add(i);
            }
        }
        // in this thread, one at a time: the pool's other threads are idle now, their memory free
        for (int i : again) {
            try {
                out.set(i, new Outcome<>(tasks.get(i).call(), null));
            } catch (Exception | OutOfMemoryError e) {
                out.set(i, new Outcome<>(null, e));
            }
        }
        return out;
    }
}
