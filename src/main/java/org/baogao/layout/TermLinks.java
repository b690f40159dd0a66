package org.baogao.layout;

import java.util.List;

/** The report's metadata values, each linked to its listing where the archive has one; absent values are null. */
public record TermLinks(TermLink year, TermLink type, TermLink author, TermLink post, TermLink unit,
        TermLink meeting, List<TermLink> tags) {

    public TermLinks {
        tags = List.copyOf(tags);
    }
}
