package org.baogao.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.baogao.print.PrintSettings;
import org.baogao.print.PrintSettingsReader;
import org.baogao.text.Messages;
import org.baogao.yaml.YamlReader;
import org.baogao.yaml.YamlSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The values of a report's front matter as read from its YAML, each checked for its type. */
final class FrontMatterFields {

    /** The YAML starts on line 2 of the file, after the opening {@code ---}. */
    private static final YamlReader YAML = new YamlReader("front matter", 2, FrontMatterParser.MAX_FRONT_MATTER_CHARS);

    String title, type, author, post, unit, meeting, marking, closing;
    SignaturePlace signature;
    PrintSettings print = PrintSettings.UNSET;
    LocalDate date;
    List<String> tags = List.of();
    boolean draft;
    Integer order;
    Integer year;

    private FrontMatterFields() {}

    FrontMatter toFrontMatter(String t, String ty) {
        return new FrontMatter(t, ty, author, post, unit, meeting, date, tags, draft, marking,
                signature, print, closing, order, year);
    }

    /** The front matter's YAML, each value checked for its type; what is unknown is a warning. */
    static FrontMatterFields bind(Path file, String yaml, List<Problem> warnings) throws ReportException {
        FrontMatterFields f = new FrontMatterFields();
        Optional<Node> root;
        try {
            root = YAML.compose(yaml);
        } catch (YamlSyntaxException e) {
            throw new ReportException(new Problem(Problem.Severity.ERROR, file, Math.max(1, e.line), e.column,
                    e.describe(Messages.get("yaml.front-matter"))), e);
        }
        if (root.isEmpty()) return f;
        if (!(root.get() instanceof MappingNode map)) {
            throw new ReportException(Problem.error(file, 2, Messages.get("front-matter.not-a-mapping")));
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            int line = line(keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new ReportException(Problem.error(file, line, Messages.get("front-matter.key-not-a-word")));
            }
            String key = keyScalar.getValue();
            if (!seen.add(key)) {
                throw new ReportException(Problem.error(file, line, Messages.get("front-matter.key-twice", key)));
            }
            switch (key) {
                case "title" -> f.title = text(file, key, value);
                case "type" -> f.type = text(file, key, value);
                case "author" -> f.author = text(file, key, value);
                case "post" -> f.post = text(file, key, value);
                case "unit" -> f.unit = text(file, key, value);
                case "meeting" -> f.meeting = text(file, key, value);
                case "marking" -> f.marking = text(file, key, value);
                case "closing" -> f.closing = text(file, key, value);
                case "signature" -> f.signature = YamlReader.choice(SignaturePlace.class, oneOf(file, key, value, YamlReader.choices(SignaturePlace.class))).orElse(null);
                case "page-numbers", "cover", "bold-levels", "outputs" -> {
                    try {
                        f.print = PrintSettingsReader.apply(f.print, key, value);
                    } catch (PrintSettingsReader.InvalidSetting e) {
                        throw new ReportException(Problem.error(file, line(e.node()), e.getMessage()));
                    }
                }
                case "date" -> f.date = date(file, value);
                case "tags" -> f.tags = tags(file, value);
                case "draft" -> f.draft = bool(file, key, value);
                case "order" -> f.order = order(file, value);
                case "year" -> f.year = year(file, value);
                default -> warnings.add(Problem.warning(file, line, Messages.get("front-matter.unknown-key", key,
                        String.join(", ", FrontMatterParser.KNOWN_KEYS.stream().sorted().toList()))));
            }
        }
        return f;
    }

    private static int line(Node node) {
        return YAML.line(node);
    }

    private static String text(Path file, String key, Node value) throws ReportException {
        return YamlReader.text(value, kind -> new ReportException(Problem.error(file, line(value),
                Messages.get(kind.equals("list") ? "yaml.list-not-text" : "yaml.mapping-not-text", key))));
    }

    private static String oneOf(Path file, String key, Node value, List<String> allowed) throws ReportException {
        String v = text(file, key, value);
        if (v == null || allowed.contains(v)) return v;
        throw new ReportException(Problem.error(file, line(value),
                Messages.get("yaml.one-of", key, v, String.join(", ", allowed))));
    }

    private static LocalDate date(Path file, Node value) throws ReportException {
        String v = text(file, "date", value);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ReportException(Problem.error(file, line(value), Messages.get("front-matter.bad-date", v)));
        }
    }

    private static Integer order(Path file, Node value) throws ReportException {
        String v = text(file, "order", value);
        if (v == null) return null;
        if (v.matches("[0-9]{1,4}") && Integer.parseInt(v) > 0) return Integer.parseInt(v);
        throw new ReportException(Problem.error(file, line(value), Messages.get("front-matter.bad-order", v)));
    }

    /** The year the report reviews, when its meeting does not name it or names it wrongly. */
    private static Integer year(Path file, Node value) throws ReportException {
        String v = text(file, "year", value);
        if (v == null) return null;
        if (v.matches("(19|20)[0-9]{2}")) return Integer.parseInt(v);
        throw new ReportException(Problem.error(file, line(value), Messages.get("front-matter.bad-year", v)));
    }

    private static boolean bool(Path file, String key, Node value) throws ReportException {
        String v = text(file, key, value);
        if (v == null || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw new ReportException(Problem.error(file, line(value), Messages.get("yaml.true-or-false", key, v)));
    }

    private static List<String> tags(Path file, Node value) throws ReportException {
        if (value instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return Arrays.stream(v.split("\\s*[,，、]\\s*")).filter(t -> !t.isEmpty()).toList();
        }
        if (value instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                String t = text(file, "tags", item);
                if (t != null) out.add(t);
            }
            return out;
        }
        throw new ReportException(Problem.error(file, line(value), Messages.get("front-matter.bad-tags")));
    }
}
