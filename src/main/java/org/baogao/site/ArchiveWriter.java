package org.baogao.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.baogao.config.ProjectConfig;
import org.baogao.config.Taxonomy;
import org.baogao.config.TaxonomyField;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;

/**
 * Writes the archive's own pages from the templates folder's {@code site/}: the home page, a page
 * per taxonomy and per value, every report, the search page and its index; and copies
 * {@code assets/}.
 */
public final class ArchiveWriter {

    static final String HOME = "site/index.ftlh";
    static final String REPORTS = "site/listing.ftlh";
    static final String TAXONOMY = "site/taxonomy.ftlh";
    static final String SEARCH = "site/search.ftlh";

    private final Layouts layouts;
    private final ProjectConfig config;

    public ArchiveWriter(Layouts layouts, ProjectConfig config) {
        this.layouts = layouts;
        this.config = config;
    }

    /** Parses the site's templates, so that a broken one stops the build before any report is rendered. */
    public void check() throws LayoutException {
        for (String t : List.of(HOME, REPORTS, TAXONOMY, SEARCH)) layouts.check(t);
    }

    public void write(List<ArchiveEntry> entries, OutputFolder out) throws LayoutException, IOException {
        writePages(entries, out);
        writeIndex(entries, out);
    }

    /** Writes the search index alone: it needs every report's text, which the pages do not. */
    public void writeIndex(List<ArchiveEntry> entries, OutputFolder out) throws IOException {
        out.write(SitePaths.SEARCH_INDEX, SearchIndex.of(sorted(entries)));
    }

    private static List<ArchiveEntry> sorted(List<ArchiveEntry> entries) {
        return entries.stream().sorted(ArchiveOrder.newestFirst(ArchiveEntry::meta, ArchiveEntry::path)).toList();
    }

    /**
     * Writes every page of the archive but the reports' own and the search index, and copies the
     * assets; the entries' texts are not read.
     *
     * @return the files written, relative to the site root
     */
    public List<String> writePages(List<ArchiveEntry> entries, OutputFolder out) throws LayoutException, IOException {
        List<String> written = new ArrayList<>();
        List<ArchiveEntry> sorted = sorted(entries);
        List<Listing> listings = Listings.of(config, sorted);
        List<SitePages.NavLink> nav = listings.stream()
                .map(l -> new SitePages.NavLink(l.taxonomy().label(), l.href())).toList();

        page(out, written, SitePaths.HOME, HOME, new SitePages.Home(frame(SitePaths.HOME, nav), counts(sorted),
                latestMeeting(sorted), latest(sorted), listings));
        page(out, written, SitePaths.ALL, REPORTS, new SitePages.Reports(frame(SitePaths.ALL, nav), "全部报告", null, null, sorted));
        for (Listing l : listings) {
            page(out, written, l.href(), TAXONOMY, new SitePages.Taxonomy(frame(l.href(), nav), l));
            for (Term t : l.terms()) {
                page(out, written, t.href(), REPORTS, new SitePages.Reports(frame(t.href(), nav),
                        l.taxonomy().label() + "：" + t.label(), l, t, t.reports()));
            }
        }
        page(out, written, SitePaths.SEARCH, SEARCH, new SitePages.Search(frame(SitePaths.SEARCH, nav), SitePaths.SEARCH_INDEX,
                options(TaxonomyField.YEAR, sorted), options(TaxonomyField.TYPE, sorted), options(TaxonomyField.UNIT, sorted)));
        copyAssets(out, written);
        return written;
    }

    private void page(OutputFolder out, List<String> written, String path, String template, Object model)
            throws LayoutException, IOException {
        out.write(path, layouts.render(template, model).getBytes(StandardCharsets.UTF_8));
        written.add(path);
    }

    private SitePages.Frame frame(String path, List<SitePages.NavLink> nav) {
        return new SitePages.Frame(config.name(), SitePaths.rootOf(path), SitePaths.HOME, SitePaths.ALL,
                SitePaths.SEARCH, nav, path);
    }

    private SitePages.Counts counts(List<ArchiveEntry> sorted) {
        List<SitePages.TypeCount> types = Listings.of(Taxonomy.of(TaxonomyField.TYPE), config, sorted).terms().stream()
                .map(t -> new SitePages.TypeCount(t.value(), t.label(), t.reports().size())).toList();
        List<String> years = Listings.of(Taxonomy.of(TaxonomyField.YEAR), config, sorted).terms().stream()
                .map(Term::value).toList();
        return new SitePages.Counts(sorted.size(), sorted.stream().mapToInt(ArchiveEntry::pages).sum(), years,
                distinct(sorted, TaxonomyField.UNIT), distinct(sorted, TaxonomyField.AUTHOR), types);
    }

    private static int distinct(List<ArchiveEntry> entries, TaxonomyField field) {
        return (int) entries.stream().flatMap(e -> Terms.values(field, e.meta()).stream()).distinct().count();
    }

    /** The meeting of the newest report that names one. */
    private static String latestMeeting(List<ArchiveEntry> sorted) {
        return sorted.stream().map(e -> e.meta().meeting()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<ArchiveEntry> latest(List<ArchiveEntry> sorted) {
        String meeting = latestMeeting(sorted);
        if (meeting == null) return sorted.subList(0, Math.min(sorted.size(), 10));
        return sorted.stream().filter(e -> meeting.equals(e.meta().meeting())).toList();
    }

    private List<SitePages.FilterOption> options(TaxonomyField field, List<ArchiveEntry> sorted) {
        List<SitePages.FilterOption> out = new ArrayList<>();
        for (Term t : Listings.of(Taxonomy.of(field), config, sorted).terms()) {
            out.add(new SitePages.FilterOption(t.value(), t.label(), t.reports().size()));
        }
        return out;
    }

    private void copyAssets(OutputFolder out, List<String> written) throws IOException {
        Path assets = layouts.folder().resolve("assets");
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = "assets/" + assets.relativize(f).toString().replace('\\', '/');
                out.write(rel, Files.readAllBytes(f));
                written.add(rel);
            }
        }
    }
}
