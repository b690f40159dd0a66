package org.baogao.cli;

import java.util.ArrayList;
import java.util.List;

import org.baogao.similar.ReportShare;
import org.baogao.text.Messages;

/**
 * The lines of {@code baogao similar}'s tables, from the catalogue ({@code similar.*}); the one
 * place that puts a share and its two kinds (照搬往年, 互相抄袭) into words.
 */
final class SimilarText {

    private SimilarText() {}

    static String percent(double share) {
        return Messages.get("similar.percent", share * 100);
    }

    /** A count with its thousands grouped by commas, as {@code String.format(Locale.ROOT, "%,d", n)} writes it, without parsing a format for each. */
    static String grouped(int n) {
        String digits = Integer.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) return digits;
        StringBuilder s = new StringBuilder(digits.length() + length / 3).append(digits, 0, sign);
        int head = (length - 1) % 3 + 1;
        s.append(digits, sign, sign + head);
        for (int i = sign + head; i < digits.length(); i += 3) s.append(',').append(digits, i, i + 3);
        return s.toString();
    }

    static String kind(boolean sameAuthor) {
        return Messages.get(sameAuthor ? "similar.same-author" : "similar.other-author");
    }

    /** {@code 2023/li-ming.md: 25.0 % shared (1,203 of 4,812 characters): same author 8.1 %, other authors 17.0 %}. */
    static String heading(ReportShare r) {
        String s = Messages.get("similar.heading", r.report(), percent(r.share()), r.shared(), r.chars());
        List<String> kinds = new ArrayList<>(2);
        if (r.sharedSameAuthor() > 0) {
            kinds.add(Messages.get("similar.kind-share", kind(true), percent((double) r.sharedSameAuthor() / r.chars())));
        }
        if (r.sharedOthers() > 0) {
            kinds.add(Messages.get("similar.kind-share", kind(false), percent((double) r.sharedOthers() / r.chars())));
        }
        if (kinds.isEmpty()) return s;
        return s + Messages.get("similar.heading.kinds", String.join(Messages.get("similar.list-separator"), kinds));
    }

    static String[] columns() {
        return new String[] {Messages.get("similar.column.share"), Messages.get("similar.column.chars"),
            Messages.get("similar.column.source"), Messages.get("similar.column.kind"), Messages.get("similar.column.longest")};
    }
}
