package org.baogao.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates a project builds with: the files of its own {@code templates/} folder over the
 * built-in ones of the same name, as a Hugo site's files override its theme's. A project without
 * the folder builds with the built-ins alone; a project that has one need only hold the files it
 * changes. Names are relative paths with {@code /}: {@code individual.ftlh}, {@code site/index.ftlh},
 * {@code assets/baogao.css}.
 *
 * @param folders the folders in the order they are searched: the project's first (when it exists)
 */
public record TemplateSet(List<Path> folders) {

    public TemplateSet {
        folders = List.copyOf(folders);
    }

    /** The project's {@code templates} folder, when it exists, over the built-in templates. */
    public static TemplateSet of(Path projectTemplates) {
        List<Path> folders = new ArrayList<>();
        if (projectTemplates != null && Files.isDirectory(projectTemplates)) folders.add(projectTemplates);
        Path builtIn = BuiltInTemplates.folder();
        if (folders.isEmpty() || !sameFolder(folders.get(0), builtIn)) folders.add(builtIn);
        return new TemplateSet(folders);
    }

    /** The file that serves {@code name}: the project's when it has one, else the built-in. */
    public Optional<Path> find(String name) {
        for (Path f : folders) {
            Path p = f.resolve(name);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Every name of the set, each with the file that serves it, sorted by name. */
    public TreeMap<String, Path> files() throws IOException {
        TreeMap<String, Path> out = new TreeMap<>();
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path folder = folders.get(i);
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    out.put(folder.relativize(p).toString().replace('\\', '/'), p);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return out;
    }

    /** Whether {@code file} is one of the built-in templates rather than a project's. */
    public static boolean isBuiltIn(Path file) {
        return file.getFileSystem() != BuiltInTemplates.folder().getFileSystem()
                ? false : file.toAbsolutePath().startsWith(BuiltInTemplates.folder().toAbsolutePath());
    }

    private static boolean sameFolder(Path a, Path b) {
        if (a.getFileSystem() != b.getFileSystem()) return false;
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
