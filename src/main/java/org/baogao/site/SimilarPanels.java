package org.baogao.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baogao.chinese.ChineseDate;
import org.baogao.content.Report;
import org.baogao.layout.SimilarPanel;
import org.baogao.similar.Document;
import org.baogao.similar.Passage;
import org.baogao.similar.ReportSimilarity;
import org.baogao.similar.SourceMatch;

/**
 * What the similarity check found of each report of the archive, as the archive shows it: each
 * report's panel, and what it shares with each other report of its meeting (the meeting's table).
 * Each result is reduced as it arrives ({@link #add}): a report of an archive of stock phrases
 * shares something with hundreds of others, and their passages' texts are not kept.
 */
public final class SimilarPanels {

    /** The archive was not checked: no page has a panel, no meeting a table. */
    public static final SimilarPanels NONE = new SimilarPanels(Map.of(), 0);

    private final Map<String, Report> byPath;
    private final double warnShare;
    private final Map<String, SimilarPanel> panels = new HashMap<>();
    private final Map<String, Map<String, Integer>> withinMeeting = new HashMap<>();

    private SimilarPanels(Map<String, Report> byPath, double warnShare) {
        this.byPath = byPath;
        this.warnShare = warnShare;
    }

    /** The panels of {@code reports}, to be filled by {@link #add} with the check's results, each named by its report's path. */
    public static SimilarPanels of(List<Report> reports, double warnShare) {
        Map<String, Report> byPath = new LinkedHashMap<>();
        for (Report r : reports) byPath.put(r.path(), r);
        return new SimilarPanels(byPath, warnShare);
    }

    /** How the check is to see a report of the archive: named by its path below the site. */
    public static Document document(Report report) {
        return Document.of(report, report.path());
    }

    /** Whether the archive was checked. */
    public boolean checked() {
        return this != NONE;
    }

    /** Takes in the check's result for one report. */
    public void add(ReportSimilarity r) {
        Report report = byPath.get(r.report());
        if (report == null) throw new IllegalArgumentException("not a report of the archive: " + r.report());
        List<SimilarPanel.Source> sources = new ArrayList<>();
        Map<String, Integer> meeting = new HashMap<>();
        String own = report.meta().meeting();
        for (SourceMatch s : r.sources()) {
            Report source = byPath.get(s.report());
            if (source == null) throw new IllegalArgumentException("not a report of the archive: " + s.report());
            if (sources.size() < SimilarPanel.SHOWN) {
                sources.add(new SimilarPanel.Source(source.meta().title(), SitePaths.href(source.files().page()),
                        source.meta().author(), ChineseDate.format(source.meta().date()), s.sameAuthor(), s.shared(),
                        s.passages().size()));
            }
            if (own != null && own.equals(source.meta().meeting())) meeting.put(source.path(), s.shared());
        }
        panels.put(r.report(), new SimilarPanel(r.chars(), r.shared(), r.sharedSameAuthor(), r.sharedOthers(), warnShare,
                sources, r.sources().size() - sources.size(), marks(r)));
        if (!meeting.isEmpty()) withinMeeting.put(r.report(), Map.copyOf(meeting));
    }

    /** The report's panel: null when the archive was not checked. */
    public SimilarPanel of(Report report) {
        return panels.get(report.path());
    }

    /** The characters of {@code report}'s body it shares with {@code other}, 0 when nothing, as the check counted them. */
    public int shared(String report, String other) {
        Map<String, Integer> m = withinMeeting.get(report);
        return m == null ? 0 : m.getOrDefault(other, 0);
    }

    /**
     * The table of a meeting's {@code reports}' shares against each other, in their order; null
     * when the archive was not checked or the meeting has one report.
     */
    public SharesTable table(List<ArchiveEntry> reports) {
        if (!checked() || reports.size() < 2) return null;
        List<SharesTable.Column> columns = new ArrayList<>();
        List<SharesTable.Row> rows = new ArrayList<>();
        boolean found = false;
        for (ArchiveEntry e : reports) columns.add(new SharesTable.Column(label(e), e.meta().title()));
        for (ArchiveEntry e : reports) {
            SimilarPanel p = panels.get(e.path());
            List<SharesTable.Cell> cells = new ArrayList<>();
            for (ArchiveEntry other : reports) {
                if (other == e) {
                    cells.add(new SharesTable.Cell("", true, false));
                    continue;
                }
                int shared = shared(e.path(), other.path());
                found |= shared > 0;
                int chars = p == null ? 0 : p.chars();
                cells.add(new SharesTable.Cell(shared == 0 ? "" : SimilarPanel.percent(shared, chars), false,
                        chars > 0 && (double) shared / chars > warnShare));
            }
            rows.add(new SharesTable.Row(e.meta().title(), e.href(), label(e), p == null || !p.found() ? "" : p.percent(p.shared()),
                    p != null && p.warned(), cells));
        }
        return new SharesTable(columns, rows, found);
    }

    /**
     * The key of what the meetings' tables can show: each report's share and what it shares with
     * each report of its meeting. The archive's pages are all looked at again when it changes.
     */
    public String tablesKey() {
        org.baogao.hash.Sha256 k = new org.baogao.hash.Sha256().add("tables").add(String.valueOf(checked()))
                .add(Double.toString(warnShare));
        for (String path : new java.util.TreeSet<>(panels.keySet())) {
            SimilarPanel p = panels.get(path);
            k.add(path).add(p.chars()).add(p.shared());
            new java.util.TreeMap<>(withinMeeting.getOrDefault(path, Map.of())).forEach((o, n) -> k.add(o).add(n));
        }
        return k.hex();
    }

    private static String label(ArchiveEntry e) {
        return e.meta().author() != null ? e.meta().author() : e.meta().title();
    }

    /**
     * The stretches of the report's body inside shared passages, each with whose reports and how
     * many share it: where the sources' passages start and end, the marks change.
     */
    static List<SimilarPanel.Mark> marks(ReportSimilarity r) {
        // each source's passages run together first, so that a stretch counts each source once
        List<int[]> edges = new ArrayList<>();
        for (SourceMatch s : r.sources()) {
            List<Passage> ps = new ArrayList<>(s.passages());
            ps.sort(Comparator.comparingInt(Passage::start));
            int start = -1;
            int end = -1;
            for (Passage p : ps) {
                if (p.start() > end) {
                    if (end > start) edge(edges, start, end, s.sameAuthor());
                    start = p.start();
                    end = p.end();
                } else {
                    end = Math.max(end, p.end());
                }
            }
            if (end > start) edge(edges, start, end, s.sameAuthor());
        }
        edges.sort(Comparator.comparingInt(e -> e[0]));
        List<SimilarPanel.Mark> marks = new ArrayList<>();
        int same = 0;
        int others = 0;
        for (int i = 0; i < edges.size(); ) {
            int at = edges.get(i)[0];
            for (; i < edges.size() && edges.get(i)[0] == at; i++) {
                int[] e = edges.get(i);
                if (e[2] == 1) same += e[1];
                else others += e[1];
            }
            if (i == edges.size() || same + others == 0) continue;
            int next = edges.get(i)[0];
            SimilarPanel.Kind kind = same > 0 && others > 0 ? SimilarPanel.Kind.BOTH
                    : same > 0 ? SimilarPanel.Kind.PAST : SimilarPanel.Kind.OTHERS;
            SimilarPanel.Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (last != null && last.end() == at && last.kind() == kind && last.reports() == same + others) {
                marks.set(marks.size() - 1, new SimilarPanel.Mark(last.start(), next, kind, last.reports()));
            } else {
                marks.add(new SimilarPanel.Mark(at, next, kind, same + others));
            }
        }
        return marks;
    }

    /** A source's stretch as two edges: {position, +1 or −1, 1 for the same author}. */
    private static void edge(List<int[]> edges, int start, int end, boolean sameAuthor) {
        int author = sameAuthor ? 1 : 0;
        edges.add(new int[] {start, 1, author});
        edges.add(new int[] {end, -1, author});
    }
}
