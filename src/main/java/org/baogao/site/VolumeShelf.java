package org.baogao.site;

import java.util.Map;

import org.baogao.config.TaxonomyField;

/**
 * The archive's bound volumes: one per value of {@code field}.
 *
 * @param field   the field whose values the volumes bind, {@code meeting}
 * @param byValue each value's volume
 */
public record VolumeShelf(TaxonomyField field, Map<String, VolumeLink> byValue) {

    /** No volumes: an HTML-only build, or {@code volume: false}. */
    public static final VolumeShelf NONE = new VolumeShelf(TaxonomyField.MEETING, Map.of());

    public VolumeShelf {
        byValue = Map.copyOf(byValue);
    }

    /** The volume of a value of {@code f}, or null. */
    public VolumeLink of(TaxonomyField f, String value) {
        return f == field && value != null ? byValue.get(value) : null;
    }
}
