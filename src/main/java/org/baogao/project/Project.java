package org.baogao.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A baogao project: a folder with {@code baogao.yml}, or with a {@code content/} folder, holding
 * the reports ({@code content/}), optional templates that override the built-in ones
 * ({@code templates/}), fonts ({@code fonts/}), masked words ({@code glossary.yml}) and the
 * archive built from them ({@code site/}).
 *
 * @param root the project's folder, relative to the working folder when it is the working folder
 *             or above it ({@code ""}, {@code ..}), so that the paths in messages are short and
 *             can be clicked; absolute otherwise
 */
public record Project(Path root) {

    public static final String CONFIG = "baogao.yml";
    public static final String CONTENT = "content";

    /**
     * The project the working folder {@code cwd} is in: the nearest folder from it upward that has
     * {@code baogao.yml} or {@code content/}, as git finds its repository.
     */
    public static Optional<Project> find(Path cwd) {
        Path start = cwd.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CONFIG)) || Files.isDirectory(dir.resolve(CONTENT))) {
                return Optional.of(new Project(start.relativize(dir)));
            }
        }
        return Optional.empty();
    }

    /** The project in {@code dir}, as {@code --project DIR} names it, whether or not it has its files yet. */
    public static Project at(Path dir) {
        return new Project(dir);
    }

    public Path content() {
        return root.resolve(CONTENT);
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path site() {
        return root.resolve("site");
    }

    public Path config() {
        return root.resolve(CONFIG);
    }

    public Path fonts() {
        return root.resolve("fonts");
    }

    public Path glossary() {
        return root.resolve("glossary.yml");
    }
}
