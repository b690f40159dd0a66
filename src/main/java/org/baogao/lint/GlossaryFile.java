package org.baogao.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.baogao.text.Causes;
import org.baogao.text.Messages;
import org.baogao.yaml.YamlReader;
import org.baogao.yaml.YamlSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A project's own glossary, {@code glossary.yml} at the project root: one {@code masked: word} line
 * per entry, added to the built-in ones; a masked word with an empty value turns a built-in entry
 * off. Read as a YAML node tree, never into objects.
 */
public final class GlossaryFile {

    /** Where a project keeps its glossary, relative to the project root. */
    public static final String NAME = "glossary.yml";

    private static final int MAX_CHARS = 256 * 1024;

    private GlossaryFile() {}

    /**
     * The glossary for a project: the built-in entries, with {@code file}'s applied when it is
     * given. An absent file is an error only when {@code required}: the default location is optional.
     */
    public static Glossary load(Path file, boolean required) throws GlossaryException {
        if (file == null || !required && !Files.exists(file)) return Glossary.defaultGlossary();
        String yaml;
        try {
            if (Files.size(file) > MAX_CHARS) {
                throw new GlossaryException(Messages.get("glossary.too-big", file, MAX_CHARS / 1024));
            }
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GlossaryException(Messages.get("glossary.unreadable", file, Causes.of(e)));
        }
        return new Glossary(merge(Glossary.DEFAULTS, parse(file, yaml)));
    }

    static Map<String, String> merge(Map<String, String> base, Map<String, String> overrides) {
        Map<String, String> out = new LinkedHashMap<>(base);
        overrides.forEach((k, v) -> {
            if (v == null) out.remove(k); else out.put(k, v);
        });
        return out;
    }

    /** Masked word to word, in file order; a null word removes the entry. */
    static Map<String, String> parse(Path file, String yaml) throws GlossaryException {
        YamlReader reader = new YamlReader(file.toString(), 1, MAX_CHARS);
        Optional<Node> root;
        try {
            root = reader.compose(yaml);
        } catch (YamlSyntaxException e) {
            String what = e.describe(Messages.get("glossary.what"));
            if (e.line == 0) throw new GlossaryException(file + ": " + what);
            throw new GlossaryException(file + ":" + e.line + (e.column > 0 ? ":" + e.column : "") + ": "
                    + Messages.get("glossary.invalid", what));
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (root.isEmpty()) return out;
        if (!(root.get() instanceof MappingNode map)) {
            throw new GlossaryException(file + ":1: " + Messages.get("glossary.not-a-mapping"));
        }
        for (NodeTuple t : map.getValue()) {
            int line = reader.line(t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode key) || key.getValue().isBlank()
                    || !key.getValue().strip().equals(key.getValue()) || key.getValue().contains(" ")) {
                throw new GlossaryException(file + ":" + line + ": " + Messages.get("glossary.not-a-word"));
            }
            if (!(t.getValueNode() instanceof ScalarNode value)) {
                throw new GlossaryException(file + ":" + line + ": " + Messages.get("glossary.no-word", key.getValue()));
            }
            String word = value.getValue().strip();
            out.put(key.getValue().toLowerCase(java.util.Locale.ROOT), word.isEmpty() ? null : word);
        }
        return out;
    }
}
