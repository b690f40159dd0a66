package org.baogao.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import org.baogao.text.Messages;
import org.baogao.files.WholeFile;

/**
 * The archive being written. Everything goes into a staging folder beside the published one, which
 * is swapped in only by {@link #publish()}: a build that fails or is killed leaves the previous
 * archive as it was. One build at a time: a lock file beside the archive keeps a second build
 * from interleaving with the first, and lets the next build clear what a killed one left behind.
 */
public final class OutputFolder implements Output, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final FileChannel lockFile;
    private final FileLock lock;
    private boolean published;

    private OutputFolder(Path target, Path staging, FileChannel lockFile, FileLock lock) {
        this.target = target;
        this.staging = staging;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * @throws IOException also when another build is writing the same archive
     */
    public static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            // a file stands where a folder of the path must be: say that, not "exists"
            throw new NotDirectoryException(e.getFile());
        }
        Path lockPath = lockPath(absolute);
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new IOException(Messages.get("publish.locked", absolute, lockPath));
        }
        String name = absolute.getFileName().toString();
        try {
            restore(absolute);
            clearLeftovers(parent, absolute);
            Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
            readableByAll(staging);
            return new OutputFolder(absolute, staging, channel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /**
     * Puts back the archive that a build killed between the two renames of {@link #publish()} left
     * only in its old folder (the published archive moved aside, the new one not yet in its place),
     * before anything else looks at the archive: a command stopped early by a mistake in the
     * settings must not report an archive as unchanged while it is missing. Done under the build
     * lock; when another build holds it, that build puts it back itself.
     *
     * @return the folder the archive was restored from, or null when there was nothing to restore
     */
    public static Path recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || Files.exists(absolute) || !Files.isDirectory(parent)) return null;
        try (FileChannel channel = FileChannel.open(lockPath(absolute), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) return null;
            try {
                return restore(absolute);
            } finally {
                lock.release();
            }
        }
    }

    private static Path lockPath(Path absolute) {
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The old folder moved back in place of a missing archive (the newest, if several): see {@link #recover}. */
    private static Path restore(Path target) throws IOException {
        if (Files.exists(target)) return null;
        String prefix = "." + target.getFileName() + ".old-";
        Path newest = null;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                if (newest == null || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) > 0) newest = p;
            }
        }
        if (newest == null) return null;
        move(newest, target);
        return newest;
    }

    /**
     * Staging and old folders of builds that were killed: nobody else can be using them while we
     * hold the lock, and the archive itself was put back by {@link #restore} first.
     */
    private static void clearLeftovers(Path parent, Path target) throws IOException {
        String name = target.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-")) {
                    deleteTree(p);
                }
            }
        }
    }

    /** A temporary folder is private to its owner; a published archive is read by a web server. */
    private static void readableByAll(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions are the user's
        }
    }

    public Path target() {
        return target;
    }

    /** Writes a file below the staging folder, atomically; {@code relative} uses forward slashes and cannot leave it. */
    @Override
    public void write(String relative, byte[] bytes) throws IOException {
        Path file = resolve(relative);
        WholeFile.replace(file, bytes);
    }

    public Path resolve(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException(Messages.get("publish.outside", relative));
        }
        return file;
    }

    /**
     * Carries a file of the published archive over into the staged one unchanged: a hard link,
     * which costs no copy and leaves the published file as it is (a later {@link #write} of the
     * same path replaces the link, never writes through it), or a copy where links are not
     * supported. False when the published archive has no such file.
     */
    public boolean carry(String relative) throws IOException {
        Path from = published(relative);
        if (!Files.isRegularFile(from)) return false;
        Path to = resolve(relative);
        Files.createDirectories(to.getParent());
        try {
            Files.createLink(to, from);
        } catch (FileAlreadyExistsException e) {
            // carried already, by a report that shares the file
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    /** Removes a file from the staged archive: one of a report that failed after it was written. */
    public void remove(String relative) throws IOException {
        Files.deleteIfExists(resolve(relative));
    }

    /** A file of the archive as it was published before this build, which may not exist. */
    public Path published(String relative) throws IOException {
        Path file = target.resolve(relative).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            throw new IOException(Messages.get("publish.outside", relative));
        }
        return file;
    }

    /** Replaces the published archive by the staged one. */
    public void publish() throws IOException {
        Path old = publishLeavingOld();
        if (old != null) deleteTree(old);
    }

    /**
     * Replaces the published archive by the staged one, and leaves the replaced one for the caller
     * to delete (null: there was none): deleting a large archive takes longer than swapping it.
     * One left behind is deleted by the next build of the archive.
     */
    public Path publishLeavingOld() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (Files.exists(target.resolve(".gitkeep"))) Files.write(staging.resolve(".gitkeep"), new byte[0]);
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        published = true;
        return old;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staging folder unless it was published, and lets the next build in. */
    @Override
    public void close() throws IOException {
        try {
            if (!published) deleteTree(staging);
        } finally {
            lock.release();
            lockFile.close();
        }
    }

    /**
     * Deletes a folder (a replaced archive, a temporary preview), if there is one; what cannot be
     * deleted is left, for the next build to clear or the system's temporary files.
     */
    public static void deleteQuietly(Path old) {
        if (old == null) return;
        try {
            deleteTree(old);
        } catch (IOException e) {
            // left for the next build, which clears what earlier ones left behind
        }
    }

    /**
     * Deletes a folder and everything in it. Another thread may be deleting the same folder (a
     * replaced archive deleted in the background while the next build clears leftovers): what it
     * deleted first is not an error.
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof java.nio.file.NoSuchFileException) return FileVisitResult.CONTINUE;
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof java.nio.file.NoSuchFileException)) throw exc;
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
