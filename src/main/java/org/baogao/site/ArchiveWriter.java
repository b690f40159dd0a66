package org.baogao.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.baogao.config.ProjectConfig;
import org.baogao.config.Taxonomy;
import org.baogao.config.TaxonomyField;
import org.baogao.hash.Sha256;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.publish.OutputFolder;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

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
        writePages(entries, out, null, "", Map.of(), VolumeShelf.NONE, SimilarPanels.NONE);
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
     * <p>A page is carried over from the published archive instead when its key is the one in
     * {@code before}: the key covers {@code salt} (what every page depends on: templates,
     * settings) and everything the page shows, so a report changed rewrites only the listings it
     * is in.
     *
     * @param pool   renders the pages at once on its threads; null: one after another on this one
     * @param salt   the key of what every page depends on
     * @param before the key of each page as the last build wrote it
     * @param shelf  the bound volumes, which the listings of their values and the home page link to
     * @param similar what the similarity check found, which each meeting's listing shows in a table
     * @return the key of each page written or carried, relative to the site root; assets, which
     *         are copied every time, with an empty key
     */
    public Map<String, String> writePages(List<ArchiveEntry> entries, OutputFolder out, ExecutorService pool,
            String salt, Map<String, String> before, VolumeShelf shelf, SimilarPanels similar)
            throws LayoutException, IOException {
        List<PageJob> jobs = new ArrayList<>();
        List<ArchiveEntry> sorted = sorted(entries);
        List<Listing> listings = Listings.of(config, sorted);
        List<SitePages.NavLink> nav = listings.stream()
                .map(l -> new SitePages.NavLink(l.taxonomy().label(), l.href())).toList();

        String latestMeeting = latestMeeting(sorted);
        VolumeLink latestVolume = shelf.of(TaxonomyField.MEETING, latestMeeting);
        page(jobs, SitePaths.HOME, HOME, new SitePages.Home(frame(SitePaths.HOME, nav), counts(sorted),
                latestMeeting, latestVolume, latest(sorted), listings), sorted, String.valueOf(latestVolume));
        page(jobs, SitePaths.ALL, REPORTS, new SitePages.Reports(frame(SitePaths.ALL, nav), "全部报告", null, null, null, sorted,
                null), sorted, "");
        for (Listing l : listings) {
            page(jobs, l.href(), TAXONOMY, new SitePages.Taxonomy(frame(l.href(), nav), l), sorted, "");
            for (Term t : l.terms()) {
                VolumeLink volume = shelf.of(l.taxonomy().field(), t.value());
                SharesTable shares = l.taxonomy().field() == TaxonomyField.MEETING ? similar.table(t.reports()) : null;
                page(jobs, t.href(), REPORTS, new SitePages.Reports(frame(t.href(), nav),
                        l.taxonomy().label() + "：" + t.label(), l, t, volume, t.reports(), shares), t.reports(),
                        volume + (shares == null ? "" : shares.key()));
            }
        }
        page(jobs, SitePaths.SEARCH, SEARCH, new SitePages.Search(frame(SitePaths.SEARCH, nav), SitePaths.SEARCH_INDEX,
                options(TaxonomyField.YEAR, sorted), options(TaxonomyField.TYPE, sorted), options(TaxonomyField.UNIT, sorted)), sorted, "");
        Map<String, String> keys = new LinkedHashMap<>();
        List<PageJob> changed = new ArrayList<>();
        Map<ArchiveEntry, String> rows = new java.util.IdentityHashMap<>();
        // a page's key: the salt, its path and template, and the key of every report it shows (its
        // metadata, PDF and size, Word document): what it shows cannot change without one of them changing
        for (ArchiveEntry e : sorted) {
            Sha256 row = KeyFields.add(new Sha256().add(e.path()), e.meta());
            rows.put(e, row.add(e.typeLabel()).add(e.pdf()).add(e.pages()).add(e.pdfBytes()).add(e.docx()).hex());
        }
        for (PageJob j : jobs) {
            Sha256 shown = new Sha256().add(salt).add(j.path()).add(j.template()).add(j.shownBesides());
            for (ArchiveEntry e : j.shows()) shown.add(rows.get(e));
            String key = shown.hex();
            keys.put(j.path(), key);
            if (!key.equals(before.get(j.path())) || !out.carry(j.path())) changed.add(j);
        }
        render(changed, out, pool);
        List<String> assets = new ArrayList<>();
        copyAssets(out, assets);
        for (String a : assets) keys.put(a, "");
        return keys;
    }


    /**
     * One page of the archive to render: its path, its template, the template's model, the reports
     * it shows, and the key of what else it shows (its volume, its meeting's shares).
     */
    private record PageJob(String path, String template, Object model, List<ArchiveEntry> shows, String shownBesides) {}

    private static void page(List<PageJob> jobs, String path, String template, Object model, List<ArchiveEntry> shows,
            String shownBesides) {
        jobs.add(new PageJob(path, template, model, shows, shownBesides));
    }

    private void render(List<PageJob> jobs, OutputFolder out, ExecutorService pool) throws LayoutException, IOException {
        if (pool == null) {
            for (PageJob j : jobs) render(j, out);
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (PageJob j : jobs) {
            tasks.add(() -> {
                render(j, out);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("build.interrupted"), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LayoutException l) throw l;
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(Messages.get("build.page-failed", Causes.of(e.getCause())), e.getCause());
        }
    }

    private void render(PageJob j, OutputFolder out) throws LayoutException, IOException {
        out.write(j.path(), layouts.render(j.template(), j.model()).getBytes(StandardCharsets.UTF_8));
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
        for (Map.Entry<String, Path> f : layouts.templates().files().entrySet()) {
            if (!f.getKey().startsWith("assets/")) continue;
            out.write(f.getKey(), Files.readAllBytes(f.getValue()));
            written.add(f.getKey());
        }
    }
}
