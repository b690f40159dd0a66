package org.baogao.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The archive being written. Everything goes into a staging folder beside the published one, which
 * is swapped in only by {@link #publish()}: a build that fails or is killed leaves the previous
 * archive as it was.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".staging-");
        return new OutputFolder(absolute, staging);
    }

    public Path target() {
        return target;
    }

    /** Writes a file below the staging folder; {@code relative} uses forward slashes and cannot leave it. */
    public void write(String relative, byte[] bytes) throws IOException {
        Path file = resolve(relative);
        Files.createDirectories(file.getParent());
        // named by thread: two threads may write the same file (reports with the same text share one)
        Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public Path resolve(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("output path '" + relative + "' would leave the output folder");
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
            throw new IOException("output path '" + relative + "' would leave the output folder");
        }
        return file;
    }

    /** Replaces the published archive by the staged one. */
    public void publish() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            if (Files.exists(target.resolve(".gitkeep"))) Files.write(staging.resolve(".gitkeep"), new byte[0]);
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        published = true;
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staging folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) deleteTree(staging);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
