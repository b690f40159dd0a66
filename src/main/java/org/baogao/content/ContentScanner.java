package org.baogao.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.baogao.text.Messages;

/** Finds the report files of a content folder: every {@code .md} below it, in a stable order. */
public final class ContentScanner {

    /** Folders deeper than this are not reports' folders. */
    public static final int MAX_DEPTH = 16;

    private ContentScanner() {}

    /**
     * The report files, and the folders at {@link #MAX_DEPTH} that hold reports further down: those
     * are not entered, and reading such a folder as a report fails saying why, so that nothing is
     * left out silently.
     */
    public static List<Path> scan(Path content) throws IOException {
        if (!Files.isDirectory(content)) {
            throw new IOException(Messages.get("source.no-content", content));
        }
        try (Stream<Path> walk = Files.walk(content, MAX_DEPTH, new FileVisitOption[0])) {
            return walk.filter(p -> !isHidden(content.relativize(p)))
                    .filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)
                            || content.relativize(p).getNameCount() == MAX_DEPTH && holdsReports(p))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a folder not entered holds a report below it: then it is named rather than skipped. */
    private static boolean holdsReports(Path folder) {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        try (Stream<Path> below = Files.walk(folder, MAX_DEPTH)) {
            return below.anyMatch(p -> p.getFileName().toString().endsWith(".md"));
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    /** Editors leave {@code .#draft.md} and {@code .draft.md.swp} files; hidden folders are not content. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** The path below the content folder with forward slashes, as used in output paths. */
    public static String relative(Path content, Path file) {
        return content.relativize(file).toString().replace('\\', '/');
    }
}
