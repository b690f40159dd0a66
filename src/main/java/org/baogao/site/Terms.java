package org.baogao.site;

import java.util.List;

import org.baogao.config.ProjectConfig;
import org.baogao.config.TaxonomyField;
import org.baogao.content.FrontMatter;

/** The values a report has for each field the archive can be browsed by, and how the site names them. */
public final class Terms {
    private Terms() {}

    /** The report's values of {@code field}: none when absent, several for tags. */
    public static List<String> values(TaxonomyField field, FrontMatter m) {
        return switch (field) {
            case YEAR -> m.reviewedYear() == null ? List.of() : List.of(String.valueOf(m.reviewedYear()));
            case TYPE -> List.of(m.type());
            case AUTHOR -> optional(m.author());
            case POST -> optional(m.post());
            case UNIT -> optional(m.unit());
            case MEETING -> optional(m.meeting());
            case TAGS -> m.tags();
        };
    }

    /** What the site shows for a value: {@code 2023年度}, {@code 班子}, or the value itself. */
    public static String label(TaxonomyField field, String value, ProjectConfig config) {
        return switch (field) {
            case YEAR -> value + "年度";
            case TYPE -> config.typeLabel(value);
            default -> value;
        };
    }

    private static List<String> optional(String s) {
        return s == null ? List.of() : List.of(s);
    }
}
