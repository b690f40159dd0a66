package org.baogao.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baogao.print.PrintSettings;

/**
 * The project's settings from {@code baogao.yml}. Every setting is optional; {@link #DEFAULTS} is
 * the one place that says what an absent setting means.
 *
 * @param name       the archive's name, shown on every page
 * @param taxonomies which fields get listings, in the order the site shows them
 * @param types      what the site calls each document type; a type not named here is shown as is
 * @param print      how reports are printed, unless a report's front matter says otherwise
 * @param volume     how the reports of a meeting are bound into one volume
 * @param similar    what the similarity check (查重) counts as shared
 */
public record ProjectConfig(String name, List<Taxonomy> taxonomies, Map<String, String> types, PrintSettings print,
        VolumeSettings volume, SimilarSettings similar) {

    public static final String FILE_NAME = "baogao.yml";

    public static final ProjectConfig DEFAULTS = new ProjectConfig(
            "报告档案",
            List.of(Taxonomy.of(TaxonomyField.YEAR), Taxonomy.of(TaxonomyField.MEETING),
                    Taxonomy.of(TaxonomyField.UNIT), Taxonomy.of(TaxonomyField.AUTHOR),
                    Taxonomy.of(TaxonomyField.TYPE), Taxonomy.of(TaxonomyField.TAGS)),
            orderedMap("individual", "个人", "group", "班子"),
            PrintSettings.DEFAULTS,
            VolumeSettings.DEFAULTS,
            SimilarSettings.DEFAULTS);

    public ProjectConfig {
        if (similar == null) similar = SimilarSettings.DEFAULTS;
        taxonomies = List.copyOf(taxonomies);
        // the order of a LinkedHashMap is the order the site lists the types in
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** Where the settings of the project whose reports are in {@code content} are: beside that folder. */
    public static java.nio.file.Path besideContent(java.nio.file.Path content) {
        java.nio.file.Path parent = content.toAbsolutePath().normalize().getParent();
        return (parent == null ? content.toAbsolutePath() : parent).resolve(FILE_NAME);
    }

    /** The name the site shows for a document type. */
    public String typeLabel(String type) {
        return types.getOrDefault(type, type);
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
