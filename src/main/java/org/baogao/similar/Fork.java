package org.baogao.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Work over the indices 0 … count − 1 on a pool's threads, the one way the 查重 stage forks: the
 * check's own pool and the build's rendering threads that read the reports' texts for it.
 */
public final class Fork {

    private Fork() {}

    /**
     * Runs {@code task} for each index on at most {@code workers} of the pool's threads (on this
     * thread when the pool is null or one worker is asked for) and waits for all. Each thread takes
     * the next index when it is done with its last: the documents of a block differ in cost by ten
     * times and more, and fixed halves left one thread idle while the other finished (JFR at
     * 10,000: 2,652 samples against 1,257). What a task throws is thrown on as if it had happened
     * on this thread.
     */
    public static void forEach(ExecutorService pool, int workers, int count, IntConsumer task) {
        int threads = Math.min(workers, count);
        if (pool == null || threads <= 1) {
            for (int i = 0; i < count; i++) task.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) task.accept(i);
        };
        List<Future<?>> running = new ArrayList<>(threads);
        try {
            for (int w = 0; w < threads; w++) running.add(pool.submit(worker));
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("查重 interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
