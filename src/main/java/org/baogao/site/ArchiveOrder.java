package org.baogao.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

import org.baogao.content.FrontMatter;

/**
 * The one order of reports in every listing, and so of "previous" and "next" on a report's page:
 * newest first, then by path, which authors control by naming their files. Undated reports last.
 */
final class ArchiveOrder {
    private ArchiveOrder() {}

    static <T> Comparator<T> newestFirst(Function<T, FrontMatter> meta, Function<T, String> path) {
        Comparator<T> byDate = Comparator.comparing((T t) -> meta.apply(t).date(),
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        return byDate.thenComparing(path);
    }
}
