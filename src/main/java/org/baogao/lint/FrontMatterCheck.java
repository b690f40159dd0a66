package org.baogao.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.Skeleton;
import org.baogao.text.Invocation;
import org.baogao.yaml.YamlReader;
import org.baogao.yaml.YamlSyntaxException;
import org.baogao.text.Messages;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The front matter against the schema of the report's type: it can be read, its type exists, the
 * fields the type's skeleton lists are filled, and no key is unknown.
 */
final class FrontMatterCheck {

    /** What a report needs when its type brings no skeleton: what the title, signature and date print. */
    static final List<String> BASE_REQUIRED = List.of("title", "type", "author", "date");

    /** Every key a report may have: those the build reads (not the record's names: page-numbers, not pageNumbers). */
    static final Set<String> KNOWN = FrontMatterParser.KNOWN_KEYS;

    private static final Map<String, String> EXAMPLES = Map.of(
            "title", "县委副书记李明2023年度民主生活会对照检查材料", "type", "individual", "author", "李明",
            "post", "县委副书记", "unit", "青山县委", "meeting", "2023年度民主生活会", "date", "2024-01-18");

    private final Set<String> types;
    private final Skeletons skeletons;

    /** @param types the known types, or null when there is no templates folder to ask */
    FrontMatterCheck(Set<String> types, Skeletons skeletons) {
        this.types = types;
        this.skeletons = skeletons;
    }

    void check(LintDocument doc, Findings out) {
        if (doc.frontMatterError() != null) {
            Problem p = doc.frontMatterError().problem();
            out.addAt(Rule.FRONT_MATTER_INVALID, Math.max(1, p.line()), p.column(), p.message());
            return;
        }
        Report report = doc.report();
        if (!doc.hasFrontMatter()) {
            out.addAtLine(Rule.FRONT_MATTER_MISSING, 1, Messages.get("lint.front-matter.missing", report.meta().title(),
                    report.meta().type(), Invocation.command(), doc.file()));
            return;
        }
        Map<String, Key> keys = keys(doc);
        for (Key k : keys.values()) {
            if (!KNOWN.contains(k.name)) {
                out.add(Rule.FRONT_MATTER_UNKNOWN_KEY, k.offset, Messages.get("front-matter.unknown-key", k.name,
                        String.join(", ", KNOWN.stream().sorted().toList())));
            }
        }
        String type = report.meta().type();
        if (types != null && !types.contains(type)) {
            Key k = keys.get("type");
            String message = Messages.get("lint.front-matter.unknown-type", type,
                    String.join(", ", types.stream().sorted().toList()));
            if (k != null) out.add(Rule.FRONT_MATTER_TYPE, k.offset, message);
            else out.addAtLine(Rule.FRONT_MATTER_TYPE, 1, message);
            return;
        }
        Skeleton skeleton = skeletons.of(type);
        List<String> required = skeleton == null ? BASE_REQUIRED : skeleton.requiredKeys();
        for (String name : required) {
            Key k = keys.get(name);
            String example = EXAMPLES.containsKey(name)
                    ? Messages.get("lint.front-matter.example", name + ": " + EXAMPLES.get(name)) : "";
            String from = skeleton == null ? Messages.get("lint.front-matter.needed-by-all")
                    : Messages.get("lint.front-matter.needed-by-type", type, skeleton.shown());
            if (k == null) {
                out.addAtLine(Rule.FRONT_MATTER_REQUIRED, 1, Messages.get("lint.front-matter.no-field", name, from, example));
            } else if (k.empty) {
                out.add(Rule.FRONT_MATTER_REQUIRED, k.offset, Messages.get("lint.front-matter.empty-field", name, from,
                        example));
            }
        }
    }

    /** A key of the front matter, where it is, and whether its value is empty. */
    private record Key(String name, int offset, boolean empty) {}

    private static Map<String, Key> keys(LintDocument doc) {
        Map<String, Key> out = new LinkedHashMap<>();
        String yaml = doc.text().substring(4, doc.frontMatterEnd());
        Optional<Node> root;
        try {
            root = new YamlReader("front matter", 2, FrontMatterParser.MAX_FRONT_MATTER_CHARS).compose(yaml);
        } catch (YamlSyntaxException e) {
            return out; // the parser has already said what is wrong with it
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode map)) return out;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
            Mark mark = t.getKeyNode().getStartMark().orElse(null);
            // marks count code points; the text is UTF-16
            int lineStart = doc.lineStart(mark == null ? 2 : mark.getLine() + 2);
            int offset = mark == null ? lineStart : doc.text().offsetByCodePoints(lineStart, mark.getColumn());
            boolean empty = t.getValueNode() instanceof ScalarNode v && v.getValue().isBlank();
            out.putIfAbsent(key.getValue(), new Key(key.getValue(), offset, empty));
        }
        return out;
    }
}
