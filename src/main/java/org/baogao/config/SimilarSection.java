package org.baogao.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.baogao.text.Messages;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The {@code similar:} section of {@code baogao.yml}, read with the file's own lines and words for its errors. */
final class SimilarSection {

    private final ConfigReader config;

    SimilarSection(ConfigReader config) {
        this.config = config;
    }

    /** {@code min-chars}, {@code common-share}, {@code warn-share}, {@code stop}, {@code archive}: the similarity check's settings. */
    SimilarSettings read(Node value) throws ConfigException {
        SimilarSettings d = SimilarSettings.DEFAULTS;
        if (value instanceof ScalarNode s && s.getValue().isBlank()) return d;
        int minChars = d.minChars();
        double commonShare = d.commonShare();
        double warnShare = d.warnShare();
        boolean archive = d.archive();
        List<String> stop = new ArrayList<>(d.stop());
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : config.mapping(value, ConfigReader.key("similar"), "min-chars: 20").getValue()) {
            String key = config.key(t.getKeyNode(), seen);
            Node v = t.getValueNode();
            switch (key) {
                case "min-chars" -> {
                    String text = config.text(v, ConfigReader.key("min-chars"));
                    try {
                        minChars = Integer.parseInt(text == null ? "" : text);
                    } catch (NumberFormatException e) {
                        minChars = -1;
                    }
                    if (minChars < SimilarSettings.MIN_MIN_CHARS) {
                        throw new ConfigException(config.at(v) + Messages.get("config.bad-min-chars", SimilarSettings.MIN_MIN_CHARS));
                    }
                }
                case "common-share" -> commonShare = share(v, "common-share", false);
                case "warn-share" -> warnShare = share(v, "warn-share", true);
                case "archive" -> {
                    String text = config.text(v, ConfigReader.key("archive"));
                    if (!"true".equals(text) && !"false".equals(text)) {
                        throw new ConfigException(config.at(v) + Messages.get("config.bad-similar-archive", text));
                    }
                    archive = text.equals("true");
                }
                case "stop" -> {
                    if (!(v instanceof SequenceNode seq)) {
                        throw new ConfigException(config.at(v) + Messages.get("config.bad-stop"));
                    }
                    for (Node item : seq.getValue()) {
                        String phrase = config.text(item, Messages.get("config.what.item", ConfigReader.key("stop")));
                        if (phrase != null) stop.add(phrase);
                    }
                }
                default -> throw new ConfigException(config.at(t.getKeyNode()) + Messages.get("config.unknown-similar-setting", key,
                        "min-chars, common-share, warn-share, stop, archive"));
            }
        }
        return new SimilarSettings(minChars, commonShare, stop, warnShare, archive);
    }

    /** A share written as 0.3 or 30%. */
    private double share(Node v, String key, boolean zeroAllowed) throws ConfigException {
        String text = config.text(v, ConfigReader.key(key));
        double share = Double.NaN;
        if (text != null) {
            try {
                share = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100
                        : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                share = Double.NaN;
            }
        }
        if (!(share >= 0 && share <= 1) || share == 0 && !zeroAllowed) {
            throw new ConfigException(config.at(v) + Messages.get("config.bad-share", key));
        }
        return share;
    }
}
