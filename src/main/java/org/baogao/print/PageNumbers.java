package org.baogao.print;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where the page numbers go, as {@code page-numbers} names it. */
public enum PageNumbers {
    /** odd pages at the right, even pages at the left, as GB/T 9704 prints on both sides: the default */
    OUTSIDE("outside"),
    /** every page in the middle */
    CENTER("center");

    private final String yaml;

    PageNumbers(String yaml) {
        this.yaml = yaml;
    }

    /** As {@code baogao.yml} and front matter write it. */
    public String yaml() {
        return yaml;
    }

    /** For the templates: {@code print.pageNumbers.center}. */
    public boolean isCenter() {
        return this == CENTER;
    }

    public static Optional<PageNumbers> of(String yaml) {
        return Arrays.stream(values()).filter(p -> p.yaml.equals(yaml)).findFirst();
    }

    /** What the settings may write, in this order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(PageNumbers::yaml).toList();
    }
}
