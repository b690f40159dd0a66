package org.baogao.site;

import java.util.List;

/**
 * One value of a taxonomy and the reports that have it, newest first.
 *
 * @param value   the value as written in front matter ({@code 2024}, {@code group}, {@code 青山县委})
 * @param label   the value as shown ({@code 2024年}, {@code 班子})
 * @param href    its listing page, relative to the site root
 * @param reports the reports that have it
 */
public record Term(String value, String label, String href, List<ArchiveEntry> reports) {
    public Term {
        reports = List.copyOf(reports);
    }
}
