package org.baogao.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.baogao.print.PrintSettings;
import org.baogao.print.PrintSettingsReader;
import org.baogao.text.Causes;
import org.baogao.text.Messages;
import org.baogao.yaml.YamlReader;
import org.baogao.yaml.YamlSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code baogao.yml} into a {@link ProjectConfig}. Like the front matter, the YAML is composed
 * into a node tree and never constructed into objects, so that every mistake is reported with its
 * line. Settings that are absent keep their {@linkplain ProjectConfig#DEFAULTS defaults}.
 */
public final class ConfigReader {

    /** A project's settings fit in a few lines; anything larger is the wrong file. */
    static final int MAX_CHARS = 64 * 1024;

    private static final String KEYS = "name, taxonomies, types, print, outputs, volume, similar";

    private final Path file;
    private final YamlReader yaml;

    private ConfigReader(Path file) {
        this.file = file;
        this.yaml = new YamlReader(file.toString(), 1, MAX_CHARS);
    }

    /** The settings in {@code file}, which must exist. */
    public static ProjectConfig read(Path file) throws ConfigException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(Messages.get("config.no-such-file", file));
        } catch (CharacterCodingException e) {
            throw new ConfigException(Messages.get("config.not-utf8", file), e);
        } catch (IOException e) {
            throw new ConfigException(Messages.get("config.unreadable", file, Causes.of(e)), e);
        }
        return new ConfigReader(file).parse(text);
    }

    /** The settings in {@code file} when it exists, the defaults when it does not. */
    public static ProjectConfig readIfPresent(Path file) throws ConfigException {
        return Files.exists(file) ? read(file) : ProjectConfig.DEFAULTS;
    }

    ProjectConfig parse(String text) throws ConfigException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Optional<Node> root;
        try {
            root = yaml.compose(text);
        } catch (YamlSyntaxException e) {
            throw new ConfigException(file + ":" + Math.max(1, e.line) + (e.column > 0 ? ":" + e.column : "") + ": "
                    + e.describe(Messages.get("config.what.file")), e);
        }
        ProjectConfig d = ProjectConfig.DEFAULTS;
        if (root.isEmpty()) return d;
        String name = d.name();
        List<Taxonomy> taxonomies = d.taxonomies();
        Map<String, String> types = new LinkedHashMap<>(d.types());
        PrintSettings print = d.print();
        // 'outputs' may stand at the top, beside 'print', or inside it
        PrintSettings outputs = PrintSettings.UNSET;
        VolumeSettings volume = d.volume();
        SimilarSettings similar = d.similar();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : mapping(root.get(), Messages.get("config.what.file"), "name: 青山县报告档案").getValue()) {
            String key = key(t.getKeyNode(), seen);
            Node value = t.getValueNode();
            switch (key) {
                case "name" -> {
                    name = text(value, key(key));
                    if (name == null) throw new ConfigException(at(value) + Messages.get("config.name-empty"));
                }
                case "taxonomies" -> taxonomies = taxonomies(value);
                case "types" -> {
                    for (NodeTuple tt : mapping(value, key(key), "individual: 个人").getValue()) {
                        String type = text(tt.getKeyNode(), Messages.get("config.what.type"));
                        String label = text(tt.getValueNode(), Messages.get("config.what.type-label", type));
                        types.put(type, label == null ? type : label);
                    }
                }
                case "print" -> print = print(value);
                case "outputs" -> {
                    try {
                        outputs = PrintSettingsReader.apply(PrintSettings.UNSET, key, value);
                    } catch (PrintSettingsReader.InvalidSetting e) {
                        throw new ConfigException(at(e.node()) + e.getMessage());
                    }
                }
                case "volume" -> volume = volume(value);
                case "similar" -> similar = new SimilarSection(this).read(value);
                default -> throw new ConfigException(at(t.getKeyNode()) + Messages.get("config.unknown-setting", key, KEYS));
            }
        }
        return new ProjectConfig(name, taxonomies, types, print.overriddenBy(outputs), volume, similar);
    }

    /** {@code page-numbers}, {@code cover}, {@code bold-levels}: the keys a report's front matter takes too. */
    private PrintSettings print(Node value) throws ConfigException {
        PrintSettings print = PrintSettings.UNSET;
        if (value instanceof ScalarNode s && s.getValue().isBlank()) return ProjectConfig.DEFAULTS.print();
        Set<String> seen = new HashSet<>();
        String keys = String.join(", ", PrintSettingsReader.KEYS.stream().sorted().toList());
        for (NodeTuple t : mapping(value, key("print"), "cover: true").getValue()) {
            String key = key(t.getKeyNode(), seen);
            if (!PrintSettingsReader.KEYS.contains(key)) {
                throw new ConfigException(at(t.getKeyNode()) + Messages.get("config.unknown-print-setting", key, keys));
            }
            try {
                print = PrintSettingsReader.apply(print, key, t.getValueNode());
            } catch (PrintSettingsReader.InvalidSetting e) {
                throw new ConfigException(at(e.node()) + e.getMessage());
            }
        }
        // what is not set, or set empty, keeps its default
        return ProjectConfig.DEFAULTS.print().overriddenBy(print);
    }

    private static final String VOLUME_KEYS = "field, page-numbers, marking, order, first";

    /**
     * {@code volume: false}, or {@code field}, {@code page-numbers} ({@code running},
     * {@code per-report}), {@code marking}, {@code order} (posts or names in rank order) and
     * {@code first} (the types bound first).
     */
    private VolumeSettings volume(Node value) throws ConfigException {
        VolumeSettings d = VolumeSettings.DEFAULTS;
        if (value instanceof ScalarNode s) {
            String v = s.getValue().strip();
            if (v.isEmpty() || v.equals("true")) return d;
            if (v.equals("false")) return new VolumeSettings(false, d.field(), d.numbering(), d.marking(), d.rank(), d.leading());
            throw new ConfigException(at(value) + Messages.get("config.bad-volume", v));
        }
        TaxonomyField field = d.field();
        VolumeSettings.Numbering numbering = d.numbering();
        String marking = d.marking();
        List<String> rank = d.rank();
        List<String> leading = d.leading();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : mapping(value, key("volume"), "page-numbers: running").getValue()) {
            String key = key(t.getKeyNode(), seen);
            Node v = t.getValueNode();
            switch (key) {
                case "field" -> {
                    String f = text(v, key(key));
                    field = TaxonomyField.byKey(f == null ? "" : f).orElseThrow(() -> new ConfigException(at(v)
                            + Messages.get("config.bad-volume-field", f, TaxonomyField.keys())));
                }
                case "page-numbers" -> {
                    String n = text(v, key(key));
                    numbering = java.util.Arrays.stream(VolumeSettings.Numbering.values()).filter(x -> x.key().equals(n))
                            .findFirst().orElseThrow(() -> new ConfigException(at(v)
                                    + Messages.get("config.bad-volume-numbering", n)));
                }
                case "marking" -> marking = text(v, key(key));
                case "order" -> rank = list(v, key(key));
                case "first" -> leading = list(v, key(key));
                default -> throw new ConfigException(at(t.getKeyNode())
                        + Messages.get("config.unknown-volume-setting", key, VOLUME_KEYS));
            }
        }
        return new VolumeSettings(true, field, numbering, marking, rank, leading);
    }

    private List<String> list(Node value, String what) throws ConfigException {
        if (!(value instanceof SequenceNode seq)) {
            throw new ConfigException(at(value) + Messages.get("config.not-a-list", what));
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String v = text(item, Messages.get("config.what.item", what));
            if (v != null) out.add(v);
        }
        return out;
    }

    /** Either a list of fields ({@code [year, unit]}) or fields with their labels ({@code unit: 单位}). */
    private List<Taxonomy> taxonomies(Node value) throws ConfigException {
        List<Taxonomy> out = new ArrayList<>();
        Set<TaxonomyField> seen = new HashSet<>();
        if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) add(out, seen, item, null);
        } else if (value instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) add(out, seen, t.getKeyNode(), t.getValueNode());
        } else if (!(value instanceof ScalarNode s && s.getValue().isBlank())) {
            throw new ConfigException(at(value) + Messages.get("config.bad-taxonomies"));
        }
        return out;
    }

    private void add(List<Taxonomy> out, Set<TaxonomyField> seen, Node fieldNode, Node labelNode)
            throws ConfigException {
        String key = text(fieldNode, Messages.get("config.what.taxonomy"));
        TaxonomyField field = TaxonomyField.byKey(key == null ? "" : key).orElseThrow(() -> new ConfigException(
                at(fieldNode) + Messages.get("config.bad-taxonomy", key, TaxonomyField.keys())));
        if (!seen.add(field)) throw new ConfigException(at(fieldNode) + Messages.get("config.taxonomy-twice", key));
        String label = labelNode == null ? null : text(labelNode, Messages.get("config.what.taxonomy-label", key));
        out.add(new Taxonomy(field, label == null ? field.defaultLabel() : label));
    }

    /** @param example a line of the mapping, as it would be written */
    MappingNode mapping(Node node, String what, String example) throws ConfigException {
        if (node instanceof MappingNode m) return m;
        throw new ConfigException(at(node) + Messages.get("config.not-a-mapping", what, example));
    }

    /** A setting named in a message, as the catalogue quotes it ({@code 'name'}, “name”). */
    static String key(String name) {
        return Messages.get("config.what.key", name);
    }

    String key(Node node, Set<String> seen) throws ConfigException {
        if (!(node instanceof ScalarNode s)) throw new ConfigException(at(node) + Messages.get("config.key-not-a-word"));
        if (!seen.add(s.getValue())) throw new ConfigException(at(node) + Messages.get("config.key-twice", s.getValue()));
        return s.getValue();
    }

    /** The stripped text of a scalar, null when empty. */
    String text(Node node, String what) throws ConfigException {
        return YamlReader.text(node, kind -> new ConfigException(at(node)
                + Messages.get(kind.equals("list") ? "config.list-not-text" : "config.mapping-not-text", what)));
    }

    String at(Node node) {
        return at(yaml.line(node));
    }

    private String at(int line) {
        return file + ":" + line + ": ";
    }

}
