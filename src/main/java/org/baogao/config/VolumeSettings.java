package org.baogao.config;

import java.util.List;

/**
 * How the archive binds the reports of a meeting into one volume (汇编), from {@code volume:} in
 * {@code baogao.yml}.
 *
 * @param enabled   whether volumes are bound at all ({@code volume: false} turns them off)
 * @param field     the field whose values make the volumes: one volume per value; {@code meeting}
 * @param numbering page numbers running through the volume, or each report's own
 * @param marking   the handling mark printed on the cover (内部资料), or null for none
 * @param rank      the order of rank of the individual reports: posts or names, first first; a
 *                  report's {@code order:} in its front matter comes before it
 * @param leading   the document types bound before the others, in this order: the group's report
 */
public record VolumeSettings(boolean enabled, TaxonomyField field, Numbering numbering, String marking,
        List<String> rank, List<String> leading) {

    /** Page numbers of a volume. */
    public enum Numbering {
        /** {@code — 1 —} on the first report's first page, running on to the last page */
        RUNNING("running"),
        /** each report keeps its own numbers, from 1 */
        PER_REPORT("per-report");

        private final String key;

        Numbering(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final VolumeSettings DEFAULTS = new VolumeSettings(true, TaxonomyField.MEETING, Numbering.RUNNING,
            null, List.of(), List.of("group"));

    public VolumeSettings {
        rank = List.copyOf(rank);
        leading = List.copyOf(leading);
    }
}
