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

    private static final String KEYS = "name, taxonomies, types, print, volume, similar";

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
            throw new ConfigException(file + ": no such file; write one or leave out --config");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
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
            throw new ConfigException(at(Math.max(1, e.line)) + "not valid YAML: " + e.getMessage(), e);
        }
        ProjectConfig d = ProjectConfig.DEFAULTS;
        if (root.isEmpty()) return d;
        String name = d.name();
        List<Taxonomy> taxonomies = d.taxonomies();
        Map<String, String> types = new LinkedHashMap<>(d.types());
        PrintSettings print = d.print();
        VolumeSettings volume = d.volume();
        SimilarSettings similar = d.similar();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : mapping(root.get(), "the file", "'key: value' lines, e.g. 'name: 青山县报告档案'").getValue()) {
            String key = key(t.getKeyNode(), seen);
            Node value = t.getValueNode();
            switch (key) {
                case "name" -> {
                    name = text(value, "name");
                    if (name == null) throw new ConfigException(at(value) + "'name' is empty; write the archive's name");
                }
                case "taxonomies" -> taxonomies = taxonomies(value);
                case "types" -> {
                    for (NodeTuple tt : mapping(value, "'types'", "'type: 名称' lines, e.g. 'individual: 个人'").getValue()) {
                        String type = text(tt.getKeyNode(), "a type");
                        String label = text(tt.getValueNode(), "the name of type '" + type + "'");
                        types.put(type, label == null ? type : label);
                    }
                }
                case "print" -> print = print(value);
                case "volume" -> volume = volume(value);
                case "similar" -> similar = new SimilarSection(this).read(value);
                default -> throw new ConfigException(at(t.getKeyNode()) + "unknown setting '" + key
                        + "' (known: " + KEYS + ")");
            }
        }
        return new ProjectConfig(name, taxonomies, types, print, volume, similar);
    }

    /** {@code page-numbers}, {@code cover}, {@code bold-levels}: the keys a report's front matter takes too. */
    private PrintSettings print(Node value) throws ConfigException {
        PrintSettings print = PrintSettings.UNSET;
        if (value instanceof ScalarNode s && s.getValue().isBlank()) return ProjectConfig.DEFAULTS.print();
        Set<String> seen = new HashSet<>();
        String keys = String.join(", ", PrintSettingsReader.KEYS.stream().sorted().toList());
        for (NodeTuple t : mapping(value, "'print'", "'key: value' lines, e.g. 'cover: true'").getValue()) {
            String key = key(t.getKeyNode(), seen);
            if (!PrintSettingsReader.KEYS.contains(key)) {
                throw new ConfigException(at(t.getKeyNode()) + "unknown print setting '" + key + "' (known: " + keys + ")");
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
            throw new ConfigException(at(value) + "'volume' is '" + v + "'; write false, or settings such as 'page-numbers: running'");
        }
        TaxonomyField field = d.field();
        VolumeSettings.Numbering numbering = d.numbering();
        String marking = d.marking();
        List<String> rank = d.rank();
        List<String> leading = d.leading();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : mapping(value, "'volume'", "'key: value' lines, e.g. 'page-numbers: running'").getValue()) {
            String key = key(t.getKeyNode(), seen);
            Node v = t.getValueNode();
            switch (key) {
                case "field" -> {
                    String f = text(v, "'field'");
                    field = TaxonomyField.byKey(f == null ? "" : f).orElseThrow(() -> new ConfigException(at(v)
                            + "'field' is '" + f + "', not a field (known: " + TaxonomyField.keys() + ")"));
                }
                case "page-numbers" -> {
                    String n = text(v, "'page-numbers'");
                    numbering = java.util.Arrays.stream(VolumeSettings.Numbering.values()).filter(x -> x.key().equals(n))
                            .findFirst().orElseThrow(() -> new ConfigException(at(v) + "'page-numbers' is '" + n
                                    + "'; write running (through the volume) or per-report (each report from 1)"));
                }
                case "marking" -> marking = text(v, "'marking'");
                case "order" -> rank = list(v, "'order'");
                case "first" -> leading = list(v, "'first'");
                default -> throw new ConfigException(at(t.getKeyNode()) + "unknown volume setting '" + key
                        + "' (known: " + VOLUME_KEYS + ")");
            }
        }
        return new VolumeSettings(true, field, numbering, marking, rank, leading);
    }

    private List<String> list(Node value, String what) throws ConfigException {
        if (!(value instanceof SequenceNode seq)) {
            throw new ConfigException(at(value) + what + " must be a list, e.g. [县委书记, 县长, 县委副书记]");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String v = text(item, "an item of " + what);
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
            throw new ConfigException(at(value) + "'taxonomies' must be a list of fields, e.g. [year, meeting, unit], "
                    + "or 'field: 名称' lines");
        }
        return out;
    }

    private void add(List<Taxonomy> out, Set<TaxonomyField> seen, Node fieldNode, Node labelNode)
            throws ConfigException {
        String key = text(fieldNode, "a taxonomy");
        TaxonomyField field = TaxonomyField.byKey(key == null ? "" : key).orElseThrow(() -> new ConfigException(
                at(fieldNode) + "'" + key + "' is not a field the archive can be browsed by (known: "
                        + TaxonomyField.keys() + ")"));
        if (!seen.add(field)) throw new ConfigException(at(fieldNode) + "taxonomy '" + key + "' appears twice");
        String label = labelNode == null ? null : text(labelNode, "the label of '" + key + "'");
        out.add(new Taxonomy(field, label == null ? field.defaultLabel() : label));
    }

    MappingNode mapping(Node node, String what, String expected) throws ConfigException {
        if (node instanceof MappingNode m) return m;
        throw new ConfigException(at(node) + what + " must be " + expected);
    }

    String key(Node node, Set<String> seen) throws ConfigException {
        if (!(node instanceof ScalarNode s)) throw new ConfigException(at(node) + "a setting's name must be a plain word");
        if (!seen.add(s.getValue())) throw new ConfigException(at(node) + "'" + s.getValue() + "' appears twice");
        return s.getValue();
    }

    /** The stripped text of a scalar, null when empty. */
    String text(Node node, String what) throws ConfigException {
        return YamlReader.text(node, kind -> new ConfigException(at(node) + what + " must be text, not a " + kind));
    }

    String at(Node node) {
        return at(yaml.line(node));
    }

    private String at(int line) {
        return file + ":" + line + ": ";
    }

}
