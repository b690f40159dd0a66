package org.baogao.site;

import java.util.List;

import org.baogao.config.Taxonomy;

/**
 * A taxonomy with its values: the pages of "by unit", "by year", ….
 *
 * @param taxonomy the field and its label
 * @param href     the page listing its values, relative to the site root
 * @param terms    its values, in the order that suits the field
 */
public record Listing(Taxonomy taxonomy, String href, List<Term> terms) {
    public Listing {
        terms = List.copyOf(terms);
    }
}
