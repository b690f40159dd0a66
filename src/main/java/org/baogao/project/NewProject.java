package org.baogao.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.baogao.files.WholeFile;

/**
 * Writes what a new project starts with: {@code baogao.yml} with every setting explained in
 * Chinese, one example report of each built-in type in {@code content/}, and a
 * {@code .gitignore}. It never replaces a file: one that exists is kept and reported as kept.
 * Copying the built-in templates out for editing works the same way.
 */
public final class NewProject {

    /** What became of one file. */
    public enum Outcome { WRITTEN, KEPT }

    /** One file of the new project, as written or kept. */
    public record Entry(Path file, Outcome outcome) {}

    private NewProject() {}

    /** Writes the new project into {@code dir}, made when missing. */
    public static List<Entry> create(Path dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        out.add(write(dir.resolve(Project.CONFIG), resource("init/baogao.yml")));
        out.add(write(dir.resolve(".gitignore"), resource("init/gitignore")));
        for (var e : tree(BuiltInTemplates.examples()).entrySet()) {
            out.add(write(dir.resolve(Project.CONTENT).resolve(e.getKey()), Files.readAllBytes(e.getValue())));
        }
        return out;
    }

    /** Copies every built-in template into {@code folder} for editing, keeping the files it already has. */
    public static List<Entry> copyTemplates(Path folder) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (var e : tree(BuiltInTemplates.folder()).entrySet()) {
            out.add(write(folder.resolve(e.getKey()), Files.readAllBytes(e.getValue())));
        }
        return out;
    }

    private static Entry write(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file)) return new Entry(file, Outcome.KEPT);
        try {
            // a file made meanwhile is not replaced either
            WholeFile.create(file, bytes);
        } catch (FileAlreadyExistsException e) {
            return new Entry(file, Outcome.KEPT);
        }
        return new Entry(file, Outcome.WRITTEN);
    }

    private static TreeMap<String, Path> tree(Path folder) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.put(folder.relativize(p).toString().replace('\\', '/'), p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NewProject.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("built-in file " + name + " is missing from the class path");
            return in.readAllBytes();
        }
    }
}
