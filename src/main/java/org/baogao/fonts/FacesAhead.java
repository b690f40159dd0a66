package org.baogao.fonts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The faces a build prints with, each converted (or read from the conversion cache) and parsed on
 * its own thread, all at once: one after the other they were the longest step of a one-report build
 * (the title face's 23 MB conversion alone about half of it), while the machine's other core did
 * little. What a face's preparation has to say is held until {@link #result} is asked for it, so
 * the lines come in the order of the faces, as when they were prepared one by one.
 */
final class FacesAhead implements AutoCloseable {

    /** How one face's preparation went: the lines it said, and what went wrong (null: nothing). */
    record Result(List<String> notices, String problem) {}

    private final ExecutorService threads;
    private final Map<FontFace, CompletableFuture<Result>> started = new ConcurrentHashMap<>();

    FacesAhead(int faces) {
        int n = Math.max(1, Math.min(faces, Runtime.getRuntime().availableProcessors()));
        this.threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "baogao-fonts");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts each face not started yet, in the order given (the largest, the title's, comes first). */
    void start(List<FontFace> faces) {
        for (FontFace f : faces) started.computeIfAbsent(f, face -> CompletableFuture.supplyAsync(() -> prepare(face), threads));
    }

    /** The face's result, waiting for it; a face not started is prepared here. */
    Result result(FontFace face) {
        start(List.of(face));
        return started.get(face).join();
    }

    private static Result prepare(FontFace f) {
        List<String> notices = new ArrayList<>();
        String problem = null;
        try {
            if (f.converted()) ConvertedFonts.shared().bytes(f, notices::add);
        } catch (java.io.IOException e) {
            problem = FontNotices.notConverted(f, e);
        }
        if (problem == null) {
            try {
                // parsed whole here, once, for every thread (the font search read only its headers), unless it reads plainly
                if (ParsedFaces.plain(f).isEmpty()) ParsedFaces.font(f);
            } catch (java.io.IOException | RuntimeException e) {
                problem = FontNotices.damagedFile(f.file(), e);
            }
        }
        return new Result(List.copyOf(notices), problem);
    }

    @Override
    public void close() {
        // not interrupted: a face no longer used may be writing its conversion to the cache
        threads.shutdown();
    }
}
