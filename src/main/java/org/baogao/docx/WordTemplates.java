package org.baogao.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Word templates of a templates folder: {@code <type>.docx} for one type, {@code _base.docx}
 * for every type that has none of its own (as {@code _base.ftlh} is the layout they share), and
 * baogao's own page and styles where neither exists. Each file is read and checked once.
 */
public final class WordTemplates {

    public static final String EXTENSION = ".docx";
    public static final String SHARED = "_base" + EXTENSION;

    private final Path folder;
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(WordTemplate template, DocxException error) {}

    public WordTemplates(Path folder) {
        this.folder = folder;
    }

    /** Only baogao's own: for a project without a templates folder of its own. */
    public static WordTemplates builtIn() {
        return new WordTemplates(null);
    }

    /**
     * The names in a templates folder that may serve {@code type}, the first found serving: its
     * own, then the shared one. The build keys a type's Word documents on the same names.
     */
    public static List<String> names(String type) {
        return List.of(type + EXTENSION, SHARED);
    }

    /** The file that serves {@code type}, or null for the built-in template. */
    public Path fileFor(String type) {
        if (folder == null) return null;
        for (String name : names(type)) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) return file;
        }
        return null;
    }

    /**
     * The template of a document type.
     *
     * @throws DocxException when the unit's template for it is not a usable Word document
     */
    public WordTemplate forType(String type) throws DocxException {
        Path file = fileFor(type);
        if (file == null) return WordTemplate.builtIn();
        Loaded l = loaded.computeIfAbsent(file, f -> {
            try {
                return new Loaded(WordTemplate.load(f), null);
            } catch (DocxException e) {
                return new Loaded(null, e);
            }
        });
        if (l.error() != null) throw new DocxException(l.error().getMessage(), l.error());
        return l.template();
    }
}
