package org.baogao.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.baogao.chinese.Numbering;
import org.baogao.project.TemplateSet;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;
import org.baogao.yaml.YamlReader;
import org.baogao.yaml.YamlSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The skeleton of a document type, {@code templates/<type>.md}: the front matter fields the type
 * uses, in order, with their defaults, and the body a new report starts from. It is the one
 * description of a type's content: {@code baogao new} copies it, {@code baogao import} writes its
 * fields, and {@code baogao lint} asks a report for its fields and its level-1 sections.
 *
 * @param type   the document type
 * @param file   where it was read from
 * @param fields the front matter fields, in order; a value may name others as {@code {author}}
 * @param body   the Markdown after the front matter
 */
public record Skeleton(String type, Path file, List<Field> fields, String body) {

    public static final String EXTENSION = ".md";

    /** Fields that every type may have and none needs. */
    public static final List<String> OPTIONAL = List.of("tags", "draft", "marking");

    /**
     * One front matter field of a skeleton, its value a default or a pattern ({@code {year}年度民主生活会});
     * or a list of values ({@code tags: [主题教育, 理论学习]}), {@code items} then not null.
     */
    public record Field(String key, String value, List<String> items) {

        public Field {
            if (items != null) items = List.copyOf(items);
        }

        public Field(String key, String value) {
            this(key, value, null);
        }

        /** A field whose value is a list. */
        public static Field list(String key, List<String> items) {
            return new Field(key, null, items);
        }
    }

    public Skeleton {
        fields = List.copyOf(fields);
    }

    /** The skeleton of {@code type} in a templates folder, if the type brings one. */
    public static Optional<Skeleton> find(Path templates, String type) throws ReportException {
        if (type == null || !type.matches("[A-Za-z0-9_-]+") || type.startsWith("_")) return Optional.empty();
        Optional<Path> found = TemplateSet.of(templates).find(type + EXTENSION);
        if (found.isEmpty()) return Optional.empty();
        Path file = found.get();
        String text;
        try {
            text = SourceReader.normaliseLineEnds(Files.readString(file));
        } catch (IOException e) {
            throw new ReportException(Problem.error(file, 0, Messages.get("skeleton.unreadable", Causes.of(e))), e);
        }
        return Optional.of(parse(type, file, text));
    }

    /**
     * The skeleton's file as a message names it: the project's by its path; a built-in one, which
     * lives inside the jar, by its name and how to copy it out for editing.
     */
    public String shown() {
        return TemplateSet.isBuiltIn(file) ? Messages.get("skeleton.built-in", file.getFileName(), Invocation.command()) : file.toString();
    }

    static Skeleton parse(String type, Path file, String text) throws ReportException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!text.startsWith("---\n")) {
            throw new ReportException(Problem.error(file, 1, Messages.get("skeleton.no-front-matter")));
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0) {
            throw new ReportException(Problem.error(file, 1, Messages.get("skeleton.not-closed")));
        }
        String yaml = text.substring(4, close + 1);
        String body = text.substring(close + 5);
        List<Field> fields = new ArrayList<>();
        YamlReader reader = new YamlReader(file.toString(), 2, YamlReader.DEFAULT_MAX_CHARS);
        Optional<Node> root;
        try {
            root = reader.compose(yaml);
        } catch (YamlSyntaxException e) {
            throw new ReportException(new Problem(Problem.Severity.ERROR, file, Math.max(2, e.line), e.column,
                    e.describe(Messages.get("yaml.skeleton"))), e);
        }
        if (root.isPresent()) {
            if (!(root.get() instanceof MappingNode map)) {
                throw new ReportException(Problem.error(file, 2, Messages.get("skeleton.not-a-mapping")));
            }
            for (NodeTuple t : map.getValue()) {
                int line = reader.line(t.getKeyNode());
                if (!(t.getKeyNode() instanceof ScalarNode k) || !(t.getValueNode() instanceof ScalarNode v)) {
                    throw new ReportException(Problem.error(file, line, Messages.get("skeleton.field-not-plain")));
                }
                fields.add(new Field(k.getValue(), v.getValue().strip()));
            }
        }
        return new Skeleton(type, file, fields, body);
    }

    public List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }

    /** The fields a report of this type should fill: all but the optional ones. */
    public List<String> requiredKeys() {
        return keys().stream().filter(k -> !OPTIONAL.contains(k)).toList();
    }

    /** The titles of the level-1 sections, without their numbers: 存在的主要问题, 原因剖析, 整改措施. */
    public List<String> sections() {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            String s = line.strip();
            if (s.startsWith("#")) s = s.replaceFirst("^#+\\s*", "");
            s = s.replace("*", "").strip();
            Optional<Numbering.Marker> m = Numbering.parse(s);
            if (m.isPresent() && m.get().level() == 1) out.add(s.substring(m.get().length()).strip());
        }
        return out;
    }
}
