package org.baogao.site;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.baogao.config.ProjectConfig;
import org.baogao.config.Taxonomy;
import org.baogao.config.TaxonomyField;

/** Groups the published reports by each configured taxonomy. */
final class Listings {
    private Listings() {}

    /** {@code entries} must already be in {@link ArchiveOrder}; each term keeps that order. */
    static List<Listing> of(ProjectConfig config, List<ArchiveEntry> entries) {
        return config.taxonomies().stream().map(t -> of(t, config, entries)).toList();
    }

    static Listing of(Taxonomy taxonomy, ProjectConfig config, List<ArchiveEntry> entries) {
        TaxonomyField field = taxonomy.field();
        Map<String, List<ArchiveEntry>> byValue = new LinkedHashMap<>();
        for (ArchiveEntry e : entries) {
            for (String v : Terms.values(field, e.meta())) byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
        }
        List<Term> terms = new ArrayList<>();
        byValue.forEach((v, reports) -> terms.add(
                new Term(v, Terms.label(field, v, config), SitePaths.term(field, v), reports)));
        terms.sort(order(field, config));
        return new Listing(taxonomy, SitePaths.overview(field), terms);
    }

    /**
     * Years and meetings are looked for by time, newest first; types in the order the config
     * names them; tags by how often they are used; names of people and units as a dictionary
     * orders them (by pinyin).
     */
    private static Comparator<Term> order(TaxonomyField field, ProjectConfig config) {
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Comparator<Term> byName = Comparator.comparing(Term::label, pinyin);
        return switch (field) {
            case YEAR, MEETING -> Comparator.comparing(Listings::newest, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(byName);
            case TYPE -> {
                List<String> known = new ArrayList<>(config.types().keySet());
                yield Comparator.comparingInt((Term t) -> known.contains(t.value()) ? known.indexOf(t.value()) : known.size())
                        .thenComparing(byName);
            }
            case TAGS -> Comparator.comparingInt((Term t) -> -t.reports().size()).thenComparing(byName);
            case AUTHOR, POST, UNIT -> byName;
        };
    }

    private static LocalDate newest(Term t) {
        return t.reports().stream().map(e -> e.meta().date()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
