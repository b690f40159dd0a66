package org.baogao.config;

/**
 * One way of browsing the archive: a listing page per value of {@code field}.
 *
 * @param field the front-matter field
 * @param label what the site calls it, e.g. 单位
 */
public record Taxonomy(TaxonomyField field, String label) {

    public static Taxonomy of(TaxonomyField field) {
        return new Taxonomy(field, field.defaultLabel());
    }

    public String key() {
        return field.key();
    }
}
