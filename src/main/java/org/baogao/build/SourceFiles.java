package org.baogao.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.baogao.content.SourceReader;

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

    private record Known(Stamp stamp, String hash) {}

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final boolean remember;

    /** @param remember keep the files' statuses for the next build of the same builder */
    SourceFiles(boolean remember) {
        this.remember = remember;
    }

    /** The snapshots of {@code files}, in their order. */
    Map<Path, Snapshot> hash(List<Path> files) {
        Map<Path, Snapshot> out = new LinkedHashMap<>();
        Map<Path, Known> seen = new LinkedHashMap<>();
        for (Path f : files) {
            Stamp stamp = remember ? stamp(f) : null;
            Known k = known.get(f);
            if (stamp != null && k != null && k.stamp().equals(stamp)) {
                out.put(f, new Snapshot(k.hash(), null));
                seen.put(f, k);
                continue;
            }
            long now = System.currentTimeMillis();
            try {
                byte[] bytes = Files.readAllBytes(f);
                String hash = Sha256.of(bytes);
                out.put(f, new Snapshot(hash, bytes.length > SourceReader.MAX_BYTES ? null : bytes));
                // the status was read before the bytes: if it is older than the tick, the bytes are of that status
                if (stamp != null && now - stamp.changed() / 1_000_000 > SETTLED_MILLIS) seen.put(f, new Known(stamp, hash));
            } catch (IOException e) {
                // reading it will fail again and say why; it must not count as unchanged
                out.put(f, new Snapshot("unreadable " + System.nanoTime(), null));
            }
        }
        known.keySet().retainAll(new java.util.HashSet<>(files));
        known.putAll(seen);
        return out;
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
