package org.baogao.markdown;

import java.util.List;

/**
 * A recognised heading of the Chinese structure: level 1 {@code 一、}, 2 {@code （一）}, 3 {@code 1.},
 * 4 {@code （1）}.
 *
 * @param level    1 to 4
 * @param text     the heading as printed, number included
 * @param id       the anchor of the heading in the page
 * @param runIn    whether the heading opens a paragraph whose body follows on the same line
 * @param children the headings of the next levels under it
 */
public record Heading(int level, String text, String id, boolean runIn, List<Heading> children) {

    public Heading {
        children = List.copyOf(children);
    }
}
