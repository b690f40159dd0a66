package org.baogao.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.baogao.chinese.ChineseDate;
import org.baogao.config.ProjectConfig;
import org.baogao.config.Taxonomy;
import org.baogao.config.TaxonomyField;
import org.baogao.content.FrontMatter;
import org.baogao.content.Report;
import org.baogao.layout.ReportLink;
import org.baogao.layout.TermLink;
import org.baogao.layout.TermLinks;
import org.baogao.layout.WebContext;

/**
 * The reports an archive publishes, known before any of them is rendered, so that each report's
 * page can link to its neighbours within its meeting and to the listings of its metadata.
 */
public final class Catalogue {

    private record Neighbours(ReportLink previous, ReportLink next) {}

    private static final Neighbours NONE = new Neighbours(null, null);

    private final ProjectConfig config;
    private final Set<TaxonomyField> listed;
    private final Map<String, Neighbours> neighbours = new HashMap<>();
    private final SimilarPanels similar;

    /** The archive of {@code reports}, not checked for what they share. */
    public Catalogue(ProjectConfig config, List<Report> reports) {
        this(config, reports, SimilarPanels.NONE);
    }

    /** @param similar what the similarity check found of each of {@code reports} */
    public Catalogue(ProjectConfig config, List<Report> reports, SimilarPanels similar) {
        this.config = config;
        this.similar = similar;
        this.listed = config.taxonomies().stream().map(Taxonomy::field).collect(Collectors.toSet());
        Map<String, List<Report>> byMeeting = new LinkedHashMap<>();
        for (Report r : reports) {
            if (r.meta().meeting() != null) byMeeting.computeIfAbsent(r.meta().meeting(), k -> new ArrayList<>()).add(r);
        }
        for (List<Report> meeting : byMeeting.values()) {
            List<Report> sorted = meeting.stream().sorted(ArchiveOrder.newestFirst(Report::meta, Report::path)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                neighbours.put(sorted.get(i).path(), new Neighbours(
                        i > 0 ? link(sorted.get(i - 1)) : null,
                        i + 1 < sorted.size() ? link(sorted.get(i + 1)) : null));
            }
        }
    }

    /** The report's place in the archive, before its PDF is known. */
    public WebContext place(Report report) {
        FrontMatter m = report.meta();
        Neighbours n = neighbours.getOrDefault(report.path(), NONE);
        TermLinks terms = new TermLinks(
                first(TaxonomyField.YEAR, m), first(TaxonomyField.TYPE, m), first(TaxonomyField.AUTHOR, m),
                first(TaxonomyField.POST, m), first(TaxonomyField.UNIT, m), first(TaxonomyField.MEETING, m),
                Terms.values(TaxonomyField.TAGS, m).stream().map(v -> term(TaxonomyField.TAGS, v)).toList());
        return new WebContext(config.name(), config.typeLabel(m.type()), terms, n.previous(), n.next(), 0, 0, null, null,
                similar.of(report));
    }

    /** What the similarity check found of the archive's reports. */
    public SimilarPanels similar() {
        return similar;
    }

    private TermLink first(TaxonomyField field, FrontMatter m) {
        List<String> values = Terms.values(field, m);
        return values.isEmpty() ? null : term(field, values.get(0));
    }

    private TermLink term(TaxonomyField field, String value) {
        return new TermLink(Terms.label(field, value, config),
                listed.contains(field) ? SitePaths.term(field, value) : null);
    }

    private static ReportLink link(Report r) {
        return new ReportLink(r.meta().title(), SitePaths.href(r.files().page()), r.meta().author(),
                ChineseDate.format(r.meta().date()));
    }
}
