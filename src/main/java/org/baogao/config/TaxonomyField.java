package org.baogao.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The front-matter fields an archive can be browsed by. {@code year} is the year a report reviews:
 * {@code year:} when its front matter sets it, else the year its meeting names, else its date's.
 */
public enum TaxonomyField {
    YEAR("年度"),
    MEETING("会议"),
    UNIT("单位"),
    AUTHOR("作者"),
    POST("职务"),
    TYPE("类型"),
    TAGS("标签");

    private final String defaultLabel;

    TaxonomyField(String defaultLabel) {
        this.defaultLabel = defaultLabel;
    }

    /** The name used in {@code baogao.yml} and in the listings' folder names. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultLabel() {
        return defaultLabel;
    }

    public static Optional<TaxonomyField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(TaxonomyField::key).toList());
    }
}
