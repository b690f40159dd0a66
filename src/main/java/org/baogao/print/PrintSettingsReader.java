package org.baogao.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.baogao.text.Messages;
import org.baogao.yaml.YamlReader;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the print settings' keys from YAML nodes, for the front matter and for {@code baogao.yml}
 * alike, so that both accept and refuse the same values with the same words. The caller adds where.
 */
public final class PrintSettingsReader {

    /** The keys, as written in YAML. */
    public static final Set<String> KEYS = Set.of("page-numbers", "cover", "bold-levels", "outputs");

    /** A value that is not one the key takes; the message says what to write instead. */
    public static final class InvalidSetting extends Exception {
        private final Node node;

        InvalidSetting(Node node, String message) {
            super(message);
            this.node = node;
        }

        /** The node that is wrong, for its line. */
        public Node node() {
            return node;
        }
    }

    private PrintSettingsReader() {}

    /** {@code settings} with {@code key} set from {@code value}; {@code key} is one of {@link #KEYS}. */
    public static PrintSettings apply(PrintSettings settings, String key, Node value) throws InvalidSetting {
        return switch (key) {
            case "page-numbers" -> new PrintSettings(pageNumbers(value), settings.cover(), settings.boldLevels(),
                    settings.outputs());
            case "cover" -> new PrintSettings(settings.pageNumbers(), bool(key, value), settings.boldLevels(),
                    settings.outputs());
            case "bold-levels" -> new PrintSettings(settings.pageNumbers(), settings.cover(), levels(value),
                    settings.outputs());
            case "outputs" -> new PrintSettings(settings.pageNumbers(), settings.cover(), settings.boldLevels(),
                    outputs(value));
            default -> throw new IllegalArgumentException("not a print setting: " + key);
        };
    }

    private static PageNumbers pageNumbers(Node value) throws InvalidSetting {
        String v = scalar("page-numbers", value);
        if (v == null) return null;
        return YamlReader.choice(PageNumbers.class, v).orElseThrow(() -> new InvalidSetting(value,
                Messages.get("yaml.one-of", "page-numbers", v, String.join(", ", YamlReader.choices(PageNumbers.class)))));
    }

    private static Boolean bool(String key, Node value) throws InvalidSetting {
        String v = scalar(key, value);
        if (v == null) return null;
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new InvalidSetting(value, Messages.get("yaml.true-or-false", key, v));
    }

    /** {@code [3, 4]}, {@code 3}, or {@code []} for none. */
    private static List<Integer> levels(Node value) throws InvalidSetting {
        List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        List<Integer> levels = new ArrayList<>();
        for (Node item : items) {
            String v = scalar("bold-levels", item);
            if (v == null) continue;
            int level;
            try {
                level = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                level = -1;
            }
            if (!PrintSettings.BOLD_LEVELS.contains(level)) {
                throw new InvalidSetting(item, Messages.get("print.bad-bold-level", v));
            }
            if (!levels.contains(level)) levels.add(level);
        }
        return levels;
    }

    /** {@code [html, pdf, docx]}, or {@code docx} alone. */
    private static List<OutputFormat> outputs(Node value) throws InvalidSetting {
        List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        List<OutputFormat> outputs = new ArrayList<>();
        for (Node item : items) {
            String v = scalar("outputs", item);
            if (v == null) continue;
            OutputFormat f = YamlReader.choice(OutputFormat.class, v).orElseThrow(() -> new InvalidSetting(item,
                    Messages.get("print.outputs.unknown", v, String.join(", ", YamlReader.choices(OutputFormat.class)))));
            if (!outputs.contains(f)) outputs.add(f);
        }
        return outputs;
    }

    private static String scalar(String key, Node value) throws InvalidSetting {
        return YamlReader.text(value, kind -> new InvalidSetting(value,
                Messages.get(kind.equals("list") ? "print.list-not-value" : "print.mapping-not-value", key)));
    }
}
