package org.baogao.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.text.Messages;

/**
 * The lint rule {@code duplicate-order}: two reports of one meeting with the same {@code order:},
 * the place a report takes in the meeting's bound volume. The volume cannot tell which comes
 * first and falls back to the rank list and the dates, which is seldom what was meant. Found over
 * the reports of the content folder, not by the linter, which sees one file at a time.
 */
public final class DuplicateOrders {

    private DuplicateOrders() {}

    /** A report's place: its meeting, its order, and the line that says it. */
    private record Placed(Path file, String meeting, int order, int line) {}

    /**
     * The findings for {@code checked}, each on its {@code order:} line naming the others.
     *
     * @param all the reports compared with them: the content folder's and the checked ones
     */
    public static Map<Path, List<Finding>> find(Set<Path> checked, Set<Path> all) {
        // one file named two ways (content/2023/a.md, /home/x/content/2023/a.md) is one report, shown as it was given
        Map<Path, Path> shown = new LinkedHashMap<>();
        for (Path f : all) shown.putIfAbsent(same(f), f);
        for (Path f : checked) shown.put(same(f), f);
        Set<Path> asked = new HashSet<>();
        for (Path f : checked) asked.add(same(f));
        Map<String, List<Placed>> byPlace = new LinkedHashMap<>();
        SourceReader reader = new SourceReader();
        FrontMatterParser parser = new FrontMatterParser();
        for (Path file : shown.values()) {
            Placed p = placed(reader, parser, file);
            if (p != null) byPlace.computeIfAbsent(p.meeting() + "\n" + p.order(), k -> new ArrayList<>()).add(p);
        }
        Map<Path, List<Finding>> found = new HashMap<>();
        for (List<Placed> same : byPlace.values()) {
            if (same.size() < 2) continue;
            for (Placed p : same) {
                if (!asked.contains(same(p.file()))) continue;
                List<String> others = same.stream().filter(o -> o != p).map(o -> o.file() + ":" + o.line()).toList();
                found.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(new Finding(Rule.DUPLICATE_ORDER, p.file(), p.line(), 1,
                        Messages.get("lint.duplicate-order", p.order(), p.meeting(), String.join(Messages.get("lint.duplicate-order.and"), others)),
                        List.of()));
            }
        }
        return found;
    }

    private static Path same(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Null for a report without both fields, or one that cannot be read: the other rules say why. */
    private static Placed placed(SourceReader reader, FrontMatterParser parser, Path file) {
        try {
            Source source = reader.read(file, file.getFileName().toString());
            Report r = parser.parse(source);
            String meeting = r.meta().meeting();
            Integer order = r.meta().order();
            if (meeting == null || meeting.isBlank() || order == null) return null;
            return new Placed(file, meeting.strip(), order, orderLine(source.text()));
        } catch (ReportException | RuntimeException e) {
            return null;
        }
    }

    /** The line of {@code order:} in the front matter; 1 when it is not written on a line of its own. */
    private static int orderLine(String text) {
        String[] lines = text.split("\n", 200);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---")) break;
            if (lines[i].startsWith("order:")) return i + 1;
        }
        return 1;
    }
}
