package org.baogao.yaml;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The one way baogao reads YAML (front matter, {@code baogao.yml}, skeletons, the glossary): a
 * node tree with the line of every node, no objects constructed, within limits checked before
 * the work. Each reader of a file turns what is wrong into its own message, in its own words.
 */
public final class YamlReader {

    /** Aliases a document may use: enough to reuse a list, far too few for a "billion laughs". */
    public static final int MAX_ALIASES = 10;
    /** The longest YAML read, in characters, unless the file's reader allows more. */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024;

    private final String label;
    private final int firstLine;
    private final int maxChars;

    /**
     * @param label     the file, for the parser's own marks
     * @param firstLine the line of the file on which the YAML starts: 2 for front matter, after its {@code ---}
     * @param maxChars  the longest YAML this file may have
     */
    public YamlReader(String label, int firstLine, int maxChars) {
        this.label = label;
        this.firstLine = firstLine;
        this.maxChars = maxChars;
    }

    /** The document's root node; empty for an empty document. */
    public Optional<Node> compose(String yaml) throws YamlSyntaxException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(maxChars)
                .build();
        try {
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            int line = mark.map(m -> m.getLine() + firstLine).orElse(0);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            String problem = firstLine(e.getProblem());
            boolean secondColon = problem.startsWith("mapping values are not allowed");
            int at = mark.map(Mark::getLine).orElse(-1);
            YamlSyntaxException.Mistake mistake = YamlSyntaxException.Mistake.of(problem, e.getContext());
            if (secondColon && at > 0 && noColon(yaml, at - 1)) {
                // "title 甲" above reads as a value going on into this line, whose colon is then a second one
                throw new YamlSyntaxException(line - 1, 0, problem, null, YamlSyntaxException.Mistake.NO_COLON, e);
            }
            YamlSyntaxException.UnquotedColon colon = secondColon && at >= 0 ? unquotedColon(yaml, at) : null;
            // a key indented under the one before reads as the rest of that one's value, then as a second colon
            if (colon == null && secondColon && at >= 0 && indented(yaml, at)) mistake = YamlSyntaxException.Mistake.INDENTED;
            throw new YamlSyntaxException(line, column, problem, colon, mistake, e);
        } catch (YamlEngineException e) {
            throw new YamlSyntaxException(0, 0, firstLine(e.getMessage()), null, null, e);
        }
    }

    /**
     * The line {@code key: value: more} rewritten with the value in quotes; null when the line is
     * not one key and a plain value (a list item, a value already quoted, a line of its own colons).
     */
    private static YamlSyntaxException.UnquotedColon unquotedColon(String yaml, int line) {
        String text = yaml.lines().skip(line).findFirst().orElse("");
        int colon = text.indexOf(": ");
        if (colon <= 0 || indented(yaml, line)) return null;
        String key = text.substring(0, colon).strip();
        String value = text.substring(colon + 2).strip();
        if (key.isEmpty() || key.startsWith("-") || key.contains(" ") || value.isEmpty()
                || "\"'[{|>".indexOf(value.charAt(0)) >= 0) {
            return null;
        }
        String quoted = value.indexOf('"') >= 0 && value.indexOf('\'') < 0 ? "'" + value + "'"
                : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return new YamlSyntaxException.UnquotedColon(key, key + ": " + quoted);
    }

    /** Whether the line is a field without its colon: text, not a list item, a comment or a key alone. */
    private static boolean noColon(String yaml, int line) {
        String text = yaml.lines().skip(line).findFirst().orElse("").strip();
        return !text.isEmpty() && text.indexOf(':') < 0 && "-#\"'[{|>".indexOf(text.charAt(0)) < 0
                && !indented(yaml, line);
    }

    /** Whether the line starts with a space, as a key of the front matter must not. */
    private static boolean indented(String yaml, int line) {
        String text = yaml.lines().skip(line).findFirst().orElse("");
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    }

    /** The line of the file on which a node starts. */
    public int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    /**
     * A scalar's text, stripped; null when it is empty.
     *
     * @param notText what to throw when the node is a list or a mapping, told which of the two
     *                ({@code "list"} or {@code "mapping"})
     */
    public static <E extends Exception> String text(Node node, Function<String, E> notText) throws E {
        if (node instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() ? null : v;
        }
        throw notText.apply(node instanceof SequenceNode ? "list" : "mapping");
    }

    /**
     * A value of a fixed set, as YAML writes it: the constant's name in lower case with hyphens,
     * {@code UNDER_TITLE} as {@code under-title}; empty when {@code text} names none of them.
     */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) if (name(e).equals(text)) return Optional.of(e);
        return Optional.empty();
    }

    /** The values of a fixed set as YAML writes them, in their order: for "write one of: …". */
    public static <E extends Enum<E>> List<String> choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlReader::name).toList();
    }

    /** A constant as YAML writes it: {@code under-title}. */
    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
