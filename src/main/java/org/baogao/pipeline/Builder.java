package org.baogao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.baogao.config.ConfigException;
import org.baogao.config.ConfigReader;
import org.baogao.config.ProjectConfig;
import org.baogao.content.ContentScanner;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.layout.WebContext;
import org.baogao.publish.OutputFolder;
import org.baogao.site.ArchiveEntry;
import org.baogao.site.ArchiveWriter;
import org.baogao.site.Catalogue;
import org.baogao.site.SitePaths;
import org.baogao.docx.WordTemplates;

/**
 * Builds the whole archive, then swaps it in, redoing only what changed since the last build.
 *
 * <p>First every report is read (cheap), so that each one's page can link to its neighbours; then
 * the reports are rendered on a bounded pool of threads; then the archive's own pages are
 * written. One broken report does not stop the others; a failure of the build itself (settings,
 * templates, fonts, disk) leaves the published archive untouched.
 *
 * <p>The {@link BuildCache} in the archive says what the last build made from which inputs. A
 * report whose source, type templates, settings and fonts are unchanged keeps its PDF; if its
 * place in the archive (neighbours, listings, PDF size) is unchanged too it keeps its page, and
 * both are carried into the new archive as hard links. The listings are written again only when
 * some report's metadata changed, the search index only when some text changed. When nothing at
 * all changed, the archive is left as it is and not even the reports are parsed.
 *
 * <p>A builder can be kept and asked to build again, as a preview server does: its threads keep
 * their parsed fonts, and the templates and the font set stay loaded while their files are
 * unchanged. Close it to let its threads go.
 */
public final class Builder implements AutoCloseable {

    /** Idle rendering threads, and the fonts each has parsed, are let go after this long. */
    private static final long KEEP_ALIVE_SECONDS = 120;

    private final BuildOptions options;
    private final boolean warm;
    private final SourceFiles sources;
    private final ReadingMemo memo = new ReadingMemo();
    /** Deletes the archives that publishing replaced, off the path of a warm builder's next reload. */
    private final ExecutorService cleaner;
    /** What the last published build made; what a page rendered ahead of the next build is placed among. */
    private volatile Published last;
    private ThreadPoolExecutor pool;
    private String layoutsKey;
    private Layouts layouts;
    private String fontsKey;
    private FontRegistry fonts;
    private ReportBuilder reports;
    private org.baogao.print.PrintSettings print;

    public Builder(BuildOptions options) {
        this(options, false);
    }

    private Builder(BuildOptions options, boolean warm) {
        this.options = options;
        this.warm = warm;
        this.sources = new SourceFiles(warm);
        this.cleaner = warm ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "baogao-cleanup");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /**
     * A builder to be kept and asked again and again, as a preview server does: besides the
     * templates, fonts and parsed reports it keeps, it hashes again only the files whose status
     * changed, renders pages ahead of a build ({@link #preview}), and deletes a replaced archive
     * in the background rather than before returning.
     */
    public static Builder warm(BuildOptions options) {
        return new Builder(options, true);
    }

    /** An incremental build. */
    public BuildResult build(BuildListener listener) throws BuildException {
        return build(listener, false);
    }

    /**
     * @param clean ignore what earlier builds made and render everything
     * @throws BuildException when nothing can be built: bad settings, no fonts, no templates, no content folder
     */
    public BuildResult build(BuildListener listener, boolean clean) throws BuildException {
        return build(listener, clean, false);
    }

    /**
     * @param failFast stop at the first report that fails, publishing nothing: the reports already
     *                 under way finish, no further one starts
     */
    public BuildResult build(BuildListener listener, boolean clean, boolean failFast) throws BuildException {
        long start = System.nanoTime();
        TemplateKeys templates;
        String settingsKey;
        String fontSet;
        List<Path> files;
        Map<Path, String> sourceHashes = new LinkedHashMap<>();
        Map<Path, SourceFiles.Snapshot> snapshots;
        try {
            Path configFile = options.configFile();
            String configKey = Files.isRegularFile(configFile) ? Sha256.of(Files.readAllBytes(configFile)) : "none";
            templates = TemplateKeys.of(options.templates());
            // pages for the screen use no fonts: an HTML-only build neither scans nor keys them
            fontSet = options.pdf() ? FontSetKey.of(options.fonts()) : "no fonts";
            settingsKey = Sha256.of(EngineVersion.KEY, configKey, fontSet,
                    "pdf=" + options.pdf(), "pdfa=" + options.pdfA(), "drafts=" + options.drafts(), "docx=" + options.docx());
            files = ContentScanner.scan(options.content());
            snapshots = sources.hash(files, pool());
            for (Path f : files) sourceHashes.put(f, snapshots.get(f).hash());
        } catch (IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
        BuildCache previous = clean ? BuildCache.EMPTY : BuildCache.read(options.out());
        BuildResult unchanged = unchanged(previous, templates, settingsKey, sourceHashes, listener, start);
        // a warm builder that has not yet read the reports reads them once, for the pages it renders ahead
        if (unchanged != null && (!warm || last != null)) return unchanged;

        ProjectConfig config;
        ArchiveWriter archive;
        try {
            config = options.config() != null ? ConfigReader.read(options.config())
                    : ConfigReader.readIfPresent(options.configFile());
            warmUp(templates, fontSet, config);
            archive = new ArchiveWriter(layouts, config);
            archive.check();
            if (options.pdf()) fonts.requireChinese();
        } catch (ConfigException | LayoutException | FontsMissingException e) {
            throw new BuildException(e.getMessage(), e);
        }
        ReportBuilder reports = this.reports;
        Progress progress = new Progress(listener, files.size());
        ExecutorService pool = pool();
        try (OutputFolder out = OutputFolder.open(options.out())) {
            // a PDF depends on its report alone: those that must be rendered start as soon as their
            // report is read, beside the reading of the others, rather than after all are read
            List<Callable<Read>> reading = new ArrayList<>();
            Map<String, String> wordKeys = new java.util.concurrent.ConcurrentHashMap<>();
            for (Path f : files) {
                String relative = ContentScanner.relative(options.content(), f);
                String sourceHash = sourceHashes.get(f);
                SourceFiles.Snapshot snapshot = snapshots.get(f);
                CachedReport before = previous.reports.get(relative);
                reading.add(() -> {
                    ReportBuilder.Reading r = read(reports, f, relative, snapshot);
                    if (r.settled() != null) return new Read(r, null, null, WordOutput.NONE);
                    String printKey = Sha256.of(settingsKey, sourceHash, templates.typeKey(r.report().meta().type()));
                    boolean keep = before != null && !before.draft() && before.printKey().equals(printKey)
                            && before.path().equals(r.report().path());
                    ReportOutcome pdf = options.pdf() && !keep ? reports.buildPdf(r.report(), out) : null;
                    WordOutput docx = pdf != null && pdf.failed() ? WordOutput.NONE
                            : wordOutput(reports, r.report(), printKey, wordKeys, before, out);
                    return new Read(r, printKey, pdf, docx);
                });
            }
            List<Read> readings = runChangedFirst(pool, reading, files, sourceHashes, previous);
            if (failFast) {
                for (Read r : readings) {
                    ReportOutcome o = r.reading().settled() != null ? r.reading().settled() : r.pdf();
                    if (o != null && o.failed()) throw stopped(o);
                }
            }

            List<Report> publishing = readings.stream().filter(Read::publishable).map(r -> r.reading().report()).toList();
            Catalogue catalogue = new Catalogue(config, publishing);
            List<Callable<Done>> rendering = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Read read = readings.get(i);
                ReportBuilder.Reading r = read.reading();
                String relative = ContentScanner.relative(options.content(), files.get(i));
                String sourceHash = sourceHashes.get(files.get(i));
                if (!read.publishable()) {
                    ReportOutcome o = r.settled() != null ? r.settled() : read.pdf();
                    CachedReport row = o.status() == ReportOutcome.Status.DRAFT
                            ? CachedReport.draft(relative, sourceHash, o.report().meta().type()) : null;
                    rendering.add(() -> {
                        progress.finished(o);
                        return new Done(o, row);
                    });
                    continue;
                }
                CachedReport before = previous.reports.get(relative);
                rendering.add(() -> {
                    Done d = render(reports, read, relative, sourceHash, before, catalogue.place(r.report()), out);
                    storeText(d, out);
                    progress.finished(d.outcome());
                    return d;
                });
            }
            List<Done> done = new ArrayList<>(runAll(pool, rendering));
            if (failFast) {
                for (Done d : done) if (d.outcome().failed()) throw stopped(d.outcome());
            }
            List<Done> built = done.stream().filter(d -> d.outcome().status() == ReportOutcome.Status.BUILT).toList();
            if (built.size() < publishing.size()) unlinkFailed(catalogue, built, done, config, reports, out);

            List<Done> published = done.stream().filter(d -> d.outcome().status() == ReportOutcome.Status.BUILT).toList();
            ArchiveState archiveState = writeArchive(archive, config, templates, settingsKey, previous, published, out, pool);

            Map<String, CachedReport> rows = new LinkedHashMap<>();
            for (Done d : done) if (d.cached() != null) rows.put(d.cached().relative(), d.cached());
            if (options.pdf()) out.write(FontListFile.FILE, FontListFile.bytes(fonts, fontsKey));
            out.write(BuildCache.FILE, new BuildCache(settingsKey, cacheSiteKey(templates), archiveState.pagesKey(),
                    archiveState.indexKey(), archiveState.files(), rows).bytes());
            if (cleaner == null) {
                out.publish();
            } else {
                Path old = out.publishLeavingOld();
                if (old != null) cleaner.execute(() -> OutputFolder.deleteQuietly(old));
            }
            memo.retain(files);
            last = new Published(reports, config, published.stream().map(d -> d.outcome().report()).toList(), rows);
            return new BuildResult(done.stream().map(Done::outcome).toList(), (System.nanoTime() - start) / 1_000_000, true);
        } catch (LayoutException | IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /** What a build published: the reports, placed among each other, and what the cache says of them. */
    private record Published(ReportBuilder reports, ProjectConfig config, List<Report> published,
            Map<String, CachedReport> rows) {}

    /** A report read, from the memo when its bytes were read before by the same report builder. */
    private ReportBuilder.Reading read(ReportBuilder reports, Path file, String relative, SourceFiles.Snapshot snapshot) {
        ReportBuilder.Reading r = memo.get(file, snapshot.hash(), reports);
        if (r != null) return r;
        byte[] bytes = snapshot.bytes();
        String hash = snapshot.hash();
        if (bytes == null) {
            // hashed by an earlier build, or too large to be a report: read it now, hash what was read
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return reports.prepare(file, relative);
            }
            if (bytes.length > SourceReader.MAX_BYTES) return reports.prepare(file, relative);
            hash = ContentHash.of(bytes);
        }
        r = reports.prepare(file, relative, bytes);
        memo.put(file, hash, reports, r);
        return r;
    }

    /**
     * Renders the page of one saved report file ahead of the build that will follow, as the last
     * build would have placed it among the others, showing that build's PDF of it: what a preview
     * server shows at once while the PDF, the listings and the search index are made. Null when
     * there is nothing to show ahead: no build has published yet, or the report cannot be read, is
     * a draft that is not published, or would be refused.
     */
    public PagePreview preview(Path file) {
        Published p = last;
        if (p == null) return null;
        String relative = ContentScanner.relative(options.content(), file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        if (bytes.length > SourceReader.MAX_BYTES) return null;
        ReportBuilder.Reading r = p.reports().prepare(file, relative, bytes);
        // the build that follows finds it parsed
        memo.put(file, ContentHash.of(bytes), p.reports(), r);
        if (r.settled() != null) return null;
        Report report = r.report();
        List<Report> placed = new ArrayList<>(p.published().size() + 1);
        for (Report o : p.published()) if (!o.path().equals(report.path())) placed.add(o);
        placed.add(report);
        WebContext place = new Catalogue(p.config(), placed).place(report);
        CachedReport row = p.rows().get(relative);
        if (row != null && !row.draft() && row.path().equals(report.path())) place = place.withPdf(row.pages(), row.pdfBytes());
        String page = report.path() + "/index.html";
        byte[][] html = new byte[1][];
        ReportOutcome o = p.reports().buildPageAhead(report, place, (path, b) -> {
            if (path.equals(page)) html[0] = b;
        });
        if (o.failed() || html[0] == null) return null;
        return new PagePreview("/" + page, html[0], o.problems());
    }

    private BuildException stopped(ReportOutcome failed) {
        String why = failed.problems().stream().filter(org.baogao.content.Problem::isError).findFirst()
                .map(Object::toString).orElse(failed.file() + ": failed");
        return new BuildException("stopped at the first error (--fail-fast): " + why, null);
    }

    /**
     * A report's outcome, what the cache is to remember of it (null: nothing, it failed), and its
     * text in UTF-8 when it was rendered (encoded once: encoding was a tenth of an HTML-only build).
     */
    private record Done(ReportOutcome outcome, CachedReport cached, byte[] text) {
        Done(ReportOutcome outcome, CachedReport cached) {
            this(outcome, cached, null);
        }

        static Done rendered(ReportOutcome o, CachedReport cached, byte[] text) {
            return new Done(o, cached, text);
        }
    }

    /**
     * The result of a build that finds nothing changed, and so touches nothing: every file has
     * the same bytes, type templates, settings and fonts as when the archive was built, the site
     * templates are the same, and every output is still there. Null when anything differs.
     */
    private BuildResult unchanged(BuildCache previous, TemplateKeys templates, String settingsKey,
            Map<Path, String> sourceHashes, BuildListener listener, long start) throws BuildException {
        if (!previous.settingsKey.equals(settingsKey) || !previous.siteKey.equals(cacheSiteKey(templates))
                || previous.reports.size() != sourceHashes.size()) {
            return null;
        }
        List<CachedReport> rows = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : sourceHashes.entrySet()) {
                CachedReport row = previous.reports.get(ContentScanner.relative(options.content(), e.getKey()));
                if (row == null || !row.sourceHash().equals(e.getValue())) return null;
                if (!row.draft()) {
                    String printKey = Sha256.of(settingsKey, row.sourceHash(), templates.typeKey(row.type()));
                    if (!printKey.equals(row.printKey())) return null;
                    for (String f : row.outputs()) if (!Files.isRegularFile(options.out().resolve(f))) return null;
                    if (!Files.isRegularFile(options.out().resolve(BuildCache.TEXTS + row.textHash() + ".txt"))) return null;
                }
                rows.add(row);
            }
            for (String f : previous.archiveFiles.keySet()) if (!Files.isRegularFile(options.out().resolve(f))) return null;
            if (!Files.isRegularFile(options.out().resolve(SitePaths.SEARCH_INDEX))) return null;
        } catch (RuntimeException e) {
            return null;
        }
        List<ReportOutcome> outcomes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Path, String> e : sourceHashes.entrySet()) {
            CachedReport row = rows.get(i++);
            ReportOutcome o = new ReportOutcome(e.getKey(), row.draft() ? ReportOutcome.Status.DRAFT : ReportOutcome.Status.BUILT,
                    null, row.pages(), row.pdfBytes(), 0, List.of(), null, ReportOutcome.Work.REUSED);
            outcomes.add(o);
            listener.finished(o, i, rows.size());
        }
        return new BuildResult(outcomes, (System.nanoTime() - start) / 1_000_000, false);
    }

    /**
     * A report read, with the key of its PDF, and its PDF if it was rendered while reading (null:
     * kept from the last build, or no PDFs are built).
     */
    private record Read(ReportBuilder.Reading reading, String printKey, ReportOutcome pdf, WordOutput docx) {
        /** Read, not a draft, and its PDF, if rendered, did not fail. */
        boolean publishable() {
            return reading.settled() == null && (pdf == null || !pdf.failed());
        }
    }

    /**
     * The site templates' key with the Word templates' in it: a changed Word template is then
     * something changed, and the reports' own keys say which Word documents it concerns.
     */
    private String cacheSiteKey(TemplateKeys templates) {
        Sha256 key = new Sha256().add(templates.siteKey());
        if (Files.isDirectory(options.templates())) {
            try (var files = Files.list(options.templates())) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(WordTemplates.EXTENSION)).sorted().toList()) {
                    key.add(f.getFileName().toString()).add(Sha256.of(Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                // unreadable now: different from any earlier build, so that nothing is taken as unchanged
                key.add(System.nanoTime());
            }
        }
        return key.hex();
    }

    /**
     * A report's Word document in this build: its file name and key when there is one (written now
     * or kept from the last build), and what stopped it otherwise.
     */
    private record WordOutput(String name, String key, List<Problem> problems) {
        static final WordOutput NONE = new WordOutput("", "", List.of());
    }

    /**
     * The Word document's own key: the print key (source, type templates, settings, fonts, version)
     * and the Word template of the type; kept from the last build when that key is unchanged.
     */
    private WordOutput wordOutput(ReportBuilder reports, Report report, String printKey, Map<String, String> wordKeys,
            CachedReport before, OutputFolder out) throws IOException {
        if (!reports.wantsDocx(report)) return WordOutput.NONE;
        String type = report.meta().type();
        String key = Sha256.of(printKey, wordKeys.computeIfAbsent(type, t -> wordTemplateKey(reports, t)));
        String name = report.slug() + ".docx";
        if (before != null && !before.draft() && key.equals(before.docxKey()) && before.path().equals(report.path())
                && out.carry(report.path() + "/" + before.docxName())) {
            return new WordOutput(before.docxName(), key, List.of());
        }
        ReportBuilder.DocxResult made = reports.buildDocx(report, out);
        return made.written() ? new WordOutput(name, key, made.problems()) : new WordOutput("", "", made.problems());
    }

    /** The bytes of the Word template a type uses, or "built-in"; a template that cannot be read is tried again. */
    private static String wordTemplateKey(ReportBuilder reports, String type) {
        Path file = reports.wordTemplates().fileFor(type);
        if (file == null) return "built-in";
        try {
            return Sha256.of(file.toString(), Sha256.of(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
    }

    /** Renders what must be rendered of one report, and carries over what need not; with its Word document. */
    private Done render(ReportBuilder reports, Read read, String relative, String sourceHash, CachedReport before,
            WebContext place, OutputFolder out) throws IOException {
        WordOutput docx = read.docx();
        Done d = renderPage(reports, read, relative, sourceHash, before,
                docx.name().isEmpty() ? place : place.withDocx(SitePaths.href(docx.name())), out);
        ReportOutcome o = d.outcome();
        if (d.cached() == null && !docx.name().isEmpty()) out.remove(o.report().path() + "/" + docx.name());
        if (docx.problems().isEmpty() && (d.cached() == null || d.cached().docxKey().equals(docx.key()))) return d;
        List<Problem> problems = new ArrayList<>(o.problems());
        problems.addAll(docx.problems());
        ReportOutcome withWord = new ReportOutcome(o.file(), o.status(), o.report(), o.pages(), o.pdfBytes(), o.millis(),
                problems, o.text(), o.work());
        CachedReport c = d.cached();
        return new Done(withWord, c == null ? null : new CachedReport(c.relative(), c.sourceHash(), c.draft(), c.type(),
                c.printKey(), c.webKey(), c.path(), c.pdfName(), c.pages(), c.pdfBytes(), c.textHash(), docx.name(),
                docx.key()), d.text());
    }

    private Done renderPage(ReportBuilder reports, Read read, String relative, String sourceHash, CachedReport before,
            WebContext place, OutputFolder out) throws IOException {
        Report report = read.reading().report();
        String printKey = read.printKey();
        if (read.pdf() != null) {
            ReportOutcome pdf = read.pdf();
            WebContext placed = place.withPdf(pdf.pages(), pdf.pdfBytes());
            ReportOutcome page = reports.buildPage(report, placed, out);
            List<Problem> problems = new ArrayList<>(page.problems());
            problems.addAll(pdf.problems());
            if (page.failed()) {
                out.remove(report.path() + "/" + report.slug() + ".pdf");
                return new Done(new ReportOutcome(page.file(), page.status(), report, 0, 0, pdf.millis() + page.millis(),
                        problems, null), null);
            }
            ReportOutcome o = new ReportOutcome(page.file(), page.status(), report, pdf.pages(), pdf.pdfBytes(),
                    pdf.millis() + page.millis(), problems, page.text(), ReportOutcome.Work.RENDERED);
            return done(o, relative, sourceHash, printKey, webKey(printKey, report, placed));
        }
        if (before != null && !before.draft() && before.printKey().equals(printKey) && before.path().equals(report.path())
                && (before.pdfName().isEmpty() || out.carry(before.path() + "/" + before.pdfName()))) {
            WebContext placed = place.withPdf(before.pages(), before.pdfBytes());
            String webKey = webKey(printKey, report, placed);
            if (webKey.equals(before.webKey()) && out.carry(report.path() + "/index.html")) {
                ReportOutcome o = new ReportOutcome(report.source().file(), ReportOutcome.Status.BUILT, report,
                        before.pages(), before.pdfBytes(), 0, report.warnings(), null, ReportOutcome.Work.REUSED);
                return new Done(o, before);
            }
            return done(reports.buildPage(report, placed, out), relative, sourceHash, printKey, webKey);
        }
        ReportOutcome o = reports.build(report, place, out);
        return done(o, relative, sourceHash, printKey, webKey(printKey, report, place.withPdf(o.pages(), o.pdfBytes())));
    }

    private Done done(ReportOutcome o, String relative, String sourceHash, String printKey, String webKey) {
        if (o.status() != ReportOutcome.Status.BUILT) return new Done(o, null);
        Report r = o.report();
        byte[] text = o.text().getBytes(StandardCharsets.UTF_8);
        return Done.rendered(o, new CachedReport(relative, sourceHash, false, r.meta().type(), printKey, webKey, r.path(),
                options.pdf() ? r.slug() + ".pdf" : "", o.pages(), o.pdfBytes(), ContentHash.of(text)), text);
    }

    /** Everything a report's page shows: its print key (source, templates, settings) and its place in the archive. */
    private static String webKey(String printKey, Report report, WebContext placed) {
        return Sha256.of(printKey, report.path(), placed.toString());
    }

    /**
     * Rewrites the pages whose previous or next report failed to render, so that no page links to
     * a missing one, and what the cache says of them.
     */
    private static void unlinkFailed(Catalogue before, List<Done> built, List<Done> done, ProjectConfig config,
            ReportBuilder reports, OutputFolder out) throws LayoutException, IOException {
        Catalogue after = new Catalogue(config, built.stream().map(d -> d.outcome().report()).toList());
        for (Done d : built) {
            ReportOutcome o = d.outcome();
            WebContext now = after.place(o.report());
            if (now.equals(before.place(o.report()))) continue;
            CachedReport c = d.cached();
            if (!c.docxName().isEmpty()) now = now.withDocx(SitePaths.href(c.docxName()));
            reports.rewritePage(o, now, out);
            CachedReport rewritten = c.withWebKey(webKey(c.printKey(), o.report(), now.withPdf(o.pages(), o.pdfBytes())));
            done.set(done.indexOf(d), new Done(o, rewritten, d.text()));
        }
    }

    /** Keeps a published report's text in the cache folder: the search index needs it when another report changes. */
    private static void storeText(Done d, OutputFolder out) throws IOException {
        if (d.cached() == null || d.cached().draft()) return;
        String file = BuildCache.TEXTS + d.cached().textHash() + ".txt";
        if (d.text() != null) out.write(file, d.text());
        else if (!out.carry(file)) throw new IOException("the build cache lost the text of " + d.cached().relative() + "; build with --clean");
    }

    /** The keys of what the archive's pages and its search index show, and the pages' files. */
    private record ArchiveState(String pagesKey, String indexKey, Map<String, String> files) {}

    /** Writes the archive's pages and its search index, or carries them over when what they show is unchanged. */
    private ArchiveState writeArchive(ArchiveWriter archive, ProjectConfig config, TemplateKeys templates, String settingsKey,
            BuildCache previous, List<Done> published, OutputFolder out, ExecutorService pool) throws LayoutException, IOException {
        List<Done> byPath = published.stream().sorted(Comparator.comparing(d -> d.outcome().report().path())).toList();
        Sha256 pages = new Sha256().add(settingsKey).add(templates.siteKey());
        Sha256 index = new Sha256().add(settingsKey);
        for (Done d : byPath) {
            ReportOutcome o = d.outcome();
            String row = o.report().path() + "\n" + o.report().meta() + "\n" + o.pages() + "\n" + o.pdfBytes()
                    + "\n" + d.cached().docxName();
            pages.add(row);
            index.add(row).add(d.cached().textHash());
        }
        String pagesKey = pages.hex();
        String indexKey = index.hex();
        List<ArchiveEntry> entries = new ArrayList<>();
        for (Done d : published) {
            ReportOutcome o = d.outcome();
            String docx = d.cached().docxName().isEmpty() ? null : d.cached().docxName();
            entries.add(ArchiveEntry.of(o.report(), o.pages(), o.pdfBytes(), o.text(), config, docx));
        }
        // the search index is written on a rendering thread while this one writes the pages
        Future<?> indexWritten = null;
        if (!(indexKey.equals(previous.indexKey) && out.carry(SitePaths.SEARCH_INDEX))) {
            indexWritten = pool.submit(() -> {
                List<ArchiveEntry> withTexts = new ArrayList<>(entries.size());
                for (int i = 0; i < published.size(); i++) {
                    ArchiveEntry e = entries.get(i);
                    String text = published.get(i).outcome().text();
                    if (text == null) {
                        text = Files.readString(out.resolve(BuildCache.TEXTS + published.get(i).cached().textHash() + ".txt"),
                                StandardCharsets.UTF_8);
                    }
                    withTexts.add(e.withText(text));
                }
                archive.writeIndex(withTexts, out);
                return null;
            });
        }
        // the pages show no texts: entries without them, so that a page's key is what it shows
        List<ArchiveEntry> untexted = entries.stream().map(e -> e.withText("")).toList();
        Map<String, String> files = pagesKey.equals(previous.archiveKey) && carryAll(previous.archiveFiles.keySet(), out)
                ? previous.archiveFiles
                : archive.writePages(untexted, out, pool, settingsKey + " " + templates.siteKey(), previous.archiveFiles);
        if (indexWritten != null) {
            try {
                indexWritten.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("build interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("the search index could not be written: " + e.getCause(), e.getCause());
            }
        }
        return new ArchiveState(pagesKey, indexKey, files);
    }

    private static boolean carryAll(java.util.Collection<String> files, OutputFolder out) throws IOException {
        if (files.isEmpty()) return false;
        for (String f : files) if (!out.carry(f)) return false;
        return true;
    }

    /**
     * Loads the templates and the fonts, or keeps those of the last build when their files are
     * unchanged; and the project's print settings, which every report's layout starts from.
     */
    private void warmUp(TemplateKeys templates, String fontSet, ProjectConfig config) throws LayoutException {
        boolean changed = false;
        if (layouts == null || !templates.folderKey().equals(layoutsKey)) {
            layouts = new Layouts(options.templates());
            layoutsKey = templates.folderKey();
            changed = true;
        }
        if (fonts == null || !fontSet.equals(fontsKey)) {
            FontRegistry listed = options.pdf() ? FontListFile.read(options.out().resolve(FontListFile.FILE), fontSet)
                    : FontRegistry.of(List.of(), List.of());
            fonts = listed != null ? listed : FontRegistry.discover(options.fonts());
            fontsKey = fontSet;
            changed = true;
            // the threads' parsed fonts may be of files that changed: start afresh
            if (pool != null) {
                pool.shutdown();
                pool = null;
            }
        }
        if (changed || reports == null || !config.print().equals(print)) {
            print = config.print();
            reports = new ReportBuilder(layouts, fonts, options, print);
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            pool = new ThreadPoolExecutor(options.jobs(), options.jobs(), KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        // deep Markdown nesting recurses in the parser; give it room rather than a crash
                        Thread t = new Thread(null, r, "baogao-render", 16L * 1024 * 1024);
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }

    /** Lets the rendering threads go. */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
        pool = null;
        if (cleaner != null) {
            // a replaced archive half deleted would be left beside the served one
            cleaner.shutdown();
            try {
                cleaner.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs the reading tasks with those of changed files first, so that their PDFs start at once
     * rather than after half the archive has been read; the results are in the files' order.
     */
    private List<Read> runChangedFirst(ExecutorService pool, List<Callable<Read>> tasks, List<Path> files,
            Map<Path, String> sourceHashes, BuildCache previous) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < files.size(); i++) {
                CachedReport before = previous.reports.get(ContentScanner.relative(options.content(), files.get(i)));
                boolean changed = before == null || !before.sourceHash().equals(sourceHashes.get(files.get(i)));
                if (changed == (pass == 0)) order.add(i);
            }
        }
        List<Callable<Read>> ordered = new ArrayList<>();
        for (int i : order) ordered.add(tasks.get(i));
        List<Read> results = runAll(pool, ordered);
        Read[] inFileOrder = new Read[results.size()];
        for (int k = 0; k < order.size(); k++) inFileOrder[order.get(k)] = results.get(k);
        return List.of(inFileOrder);
    }

    private static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) throws IOException {
        try {
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> f : pool.invokeAll(tasks)) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("build failed: " + e.getCause(), e.getCause());
        }
    }

    /** Tells the listener of each report as it finishes, one call at a time. */
    private static final class Progress {
        private final BuildListener listener;
        private final int total;
        private int done;

        Progress(BuildListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        synchronized void finished(ReportOutcome o) {
            listener.finished(o, ++done, total);
        }
    }
}
