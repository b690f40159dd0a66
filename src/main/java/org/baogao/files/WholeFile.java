package org.baogao.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all. The bytes go to a hidden temporary file in the same folder
 * (a rename is atomic only within one file system), which then replaces the file in one step, so
 * the file is always there, old or new, for any reader at any moment.
 *
 * <p>The temporary file is made with {@code CREATE_NEW} and the process's default permissions, not
 * with {@link Files#createTempFile}, which makes it readable by its owner alone: a report imported
 * into a shared folder would have come out unreadable to the colleagues it was imported for.
 * Replacing a file keeps its permissions.
 */
public final class WholeFile {

    private WholeFile() {}

    /** What a file holds, written as it is made: a large file need not be held in memory whole first. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file}, replacing what it held; a file that was there keeps its permissions. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        replace(file, out -> out.write(bytes));
    }

    /** Writes {@code file} with what {@code contents} writes, replacing what it held; a file that was there keeps its permissions. */
    public static void replace(Path file, Contents contents) throws IOException {
        Path part = written(file, contents);
        try {
            keepPermissions(file, part);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Writes a new {@code file}.
     *
     * @throws FileAlreadyExistsException if it exists, or appeared while it was written; it is left as it was
     */
    public static void create(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(file.toString());
        Path part = written(file, out -> out.write(bytes));
        try {
            // a link, not a rename: a rename would replace a file made meanwhile, a link fails on it
            try {
                Files.createLink(file, part);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | IOException e) {
                // no hard links here (FAT on a USB stick): a move that does not replace
                Files.move(part, file);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static Path written(Path file, Contents contents) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        while (true) {
            Path part = folder.resolve("." + file.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
            OutputStream out;
            try {
                out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // another writer's name, by chance: draw another
                continue;
            }
            try (OutputStream buffered = new BufferedOutputStream(out, 64 * 1024)) {
                contents.writeTo(buffered);
                return part;
            } catch (IOException | RuntimeException | Error e) {
                Files.deleteIfExists(part);
                throw e;
            }
        }
    }

    private static void keepPermissions(Path file, Path part) throws IOException {
        if (!Files.isRegularFile(file)) return;
        PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (from == null) return;
        Files.setPosixFilePermissions(part, from.readAttributes().permissions());
    }
}
