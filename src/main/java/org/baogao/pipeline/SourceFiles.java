package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.baogao.content.SourceReader;
import org.baogao.hash.ContentHash;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * The report files' hashes for one build, with the bytes that were hashed, so that a report is
 * parsed from exactly the bytes its hash names (a file saved again during the build cannot give
 * the cache a hash of one version and a page of another) and read from disk once.
 *
 * <p>A builder kept across builds (a preview server's) hashes again only the files whose status
 * (size, times, inode) changed: hashing 1,000 reports was 0.15–0.2 s of every rebuild. A status is
 * trusted only if the file had not changed for {@link #SETTLED_MILLIS} when it was hashed, so that
 * a second save within the file system's clock tick, with the same size, is not missed.
 */
final class SourceFiles {

    /** How long a file must have been unchanged when hashed for its status to stand for its hash. */
    static final long SETTLED_MILLIS = 2000;

    /** A report file as this build found it: its hash, and its bytes when they were read by this build. */
    record Snapshot(String hash, byte[] bytes) {}

    /** What a file's status was when it was hashed: unchanged status, unchanged bytes. */
    private record Stamp(long size, long modified, long changed, Object inode) {} // times in nanoseconds

    private record Known(Path file, Stamp stamp, Snapshot snapshot) {}

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final boolean remember;

    /** @param remember keep the files' statuses for the next build of the same builder */
    SourceFiles(boolean remember) {
        this.remember = remember;
    }

    /**
     * The snapshots of {@code files}, in their order, hashed on {@code pool}: hashing is a tenth
     * of an HTML-only build's work, and it comes before anything else can start.
     */
    Map<Path, Snapshot> hash(List<Path> files, ExecutorService pool) throws IOException {
        int chunks = Math.min(files.size(), 4 * Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Callable<List<Known>>> tasks = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>(java.util.Collections.nCopies(files.size(), (Snapshot) null));
        for (int c = 0; c < chunks; c++) {
            int from = files.size() * c / chunks;
            int to = files.size() * (c + 1) / chunks;
            tasks.add(() -> {
                List<Known> seen = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    Path f = files.get(i);
                    Known k = hash(f);
                    snapshots.set(i, k.snapshot());
                    if (k.stamp() != null) seen.add(k);
                }
                return seen;
            });
        }
        List<Known> seen = new ArrayList<>();
        try {
            for (Future<List<Known>> f : pool.invokeAll(tasks)) seen.addAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("build.interrupted"), e);
        } catch (ExecutionException e) {
            throw new IOException(Messages.get("build.hashing-failed", Causes.of(e.getCause())), e.getCause());
        }
        Map<Path, Snapshot> out = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) out.put(files.get(i), snapshots.get(i));
        known.keySet().retainAll(new java.util.HashSet<>(files));
        // the hashes only: the bytes are this build's
        for (Known k : seen) known.put(k.file(), new Known(k.file(), k.stamp(), new Snapshot(k.snapshot().hash(), null)));
        return out;
    }

    /** One file's snapshot, with its status when that may stand for its hash next time (else a null stamp). */
    private Known hash(Path f) {
        Stamp stamp = remember ? stamp(f) : null;
        Known k = known.get(f);
        if (stamp != null && k != null && k.stamp().equals(stamp)) return new Known(f, stamp, new Snapshot(k.snapshot().hash(), null));
        long now = System.currentTimeMillis();
        try {
            byte[] bytes = Files.readAllBytes(f);
            Snapshot s = new Snapshot(ContentHash.of(bytes), bytes.length > SourceReader.MAX_BYTES ? null : bytes);
            // the status was read before the bytes: if it is older than the tick, the bytes are of that status
            boolean settled = stamp != null && now - stamp.changed() / 1_000_000 > SETTLED_MILLIS;
            return new Known(f, settled ? stamp : null, s);
        } catch (IOException e) {
            // reading it will fail again and say why; it must not count as unchanged
            return new Known(f, null, new Snapshot("unreadable " + System.nanoTime(), null));
        }
    }

    /** The file's status, or null where the file system gives no change time (then it is always hashed). */
    private static Stamp stamp(Path f) {
        try {
            Map<String, Object> a = Files.readAttributes(f, "unix:size,lastModifiedTime,ctime,ino");
            return new Stamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")), a.get("ino"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    private static long nanos(Object time) {
        return ((java.nio.file.attribute.FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
