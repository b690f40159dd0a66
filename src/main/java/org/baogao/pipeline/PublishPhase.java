package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.baogao.publish.OutputFolder;

/**
 * The publish phase: the staged archive becomes the site in one rename. A kept builder (a preview
 * server's) deletes the archive it replaced in the background, off the path of its next reload.
 */
final class PublishPhase implements AutoCloseable {

    /** Deletes the archives that publishing replaced; null: deleted before publishing returns. */
    private final ExecutorService cleaner;

    PublishPhase(boolean inBackground) {
        this.cleaner = inBackground ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "baogao-cleanup");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    void publish(OutputFolder out) throws IOException {
        if (cleaner == null) {
            out.publish();
        } else {
            Path old = out.publishLeavingOld();
            if (old != null) cleaner.execute(() -> OutputFolder.deleteQuietly(old));
        }
    }

    @Override
    public void close() {
        if (cleaner == null) return;
        // a replaced archive half deleted would be left beside the served one
        cleaner.shutdown();
        try {
            cleaner.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
