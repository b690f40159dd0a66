package org.baogao.volume;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.baogao.config.VolumeSettings;
import org.baogao.content.FrontMatter;

/**
 * The order of rank in which a volume binds a meeting's reports: the leading types first (the
 * group's report), then the individuals by the {@code order:} of their front matter, then by where
 * their post or name stands in the project's rank list, then by date and path. The rank in these
 * offices is not alphabetical, so without either the order is only the date's and the file's.
 */
final class RankOrder {
    private RankOrder() {}

    static Comparator<VolumeEntry> of(VolumeSettings settings) {
        List<String> leading = settings.leading();
        List<String> rank = settings.rank();
        Comparator<VolumeEntry> byType = Comparator.comparingInt(e -> {
            int i = leading.indexOf(e.meta().type());
            return i < 0 ? leading.size() : i;
        });
        Comparator<VolumeEntry> byOrder = Comparator.comparing(e -> e.meta().order(),
                Comparator.nullsLast(Comparator.<Integer>naturalOrder()));
        Comparator<VolumeEntry> byRank = Comparator.comparingInt(e -> place(rank, e.meta()));
        Comparator<VolumeEntry> byDate = Comparator.comparing(e -> e.meta().date(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
        return byType.thenComparing(byOrder).thenComparing(byRank).thenComparing(byDate)
                .thenComparing(VolumeEntry::path);
    }

    /** The first place in the rank list that names the report's post or author; after all of them when none does. */
    private static int place(List<String> rank, FrontMatter m) {
        for (int i = 0; i < rank.size(); i++) {
            String r = rank.get(i);
            if (r.equals(m.post()) || r.equals(m.author())) return i;
        }
        return rank.size();
    }
}
