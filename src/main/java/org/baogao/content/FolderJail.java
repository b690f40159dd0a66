package org.baogao.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The folders a build reads from (the content, the templates), and the test of whether a file is
 * inside them. A file is judged by its real path, every link followed: a link inside the content
 * folder to a file elsewhere is outside, exactly as {@code ../} out of it is, and a content folder
 * that is itself a link holds what its target holds.
 */
public final class FolderJail {

    private final List<Path> roots;

    private FolderJail(List<Path> roots) {
        this.roots = roots;
    }

    public static FolderJail of(List<Path> folders) {
        return new FolderJail(folders.stream().map(FolderJail::real).toList());
    }

    public static FolderJail of(Path folder) {
        return of(List.of(folder));
    }

    /** Whether {@code file}, its links followed, lies inside one of the folders. */
    public boolean contains(Path file) {
        Path p = real(file);
        for (Path root : roots) {
            if (p.startsWith(root)) return true;
        }
        return false;
    }

    /**
     * Where {@code file} really is, when a link takes it out of the folders; null when it is
     * inside them.
     */
    public Path outside(Path file) {
        return contains(file) ? null : real(file);
    }

    /** The real path, or, for a file that does not exist (yet), the normalised absolute path. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
