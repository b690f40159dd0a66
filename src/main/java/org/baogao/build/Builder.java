package org.baogao.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.baogao.config.ConfigException;
import org.baogao.config.ConfigReader;
import org.baogao.config.ProjectConfig;
import org.baogao.content.ContentScanner;
import org.baogao.content.Report;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.layout.WebContext;
import org.baogao.pdf.FontRegistry;
import org.baogao.pdf.FontsMissingException;
import org.baogao.site.ArchiveEntry;
import org.baogao.site.ArchiveWriter;
import org.baogao.site.Catalogue;
import org.baogao.site.OutputFolder;

/**
 * Builds the whole archive, then swaps it in. First every report is read (cheap), so that each
 * one's page can link to its neighbours; then the reports are rendered on a bounded pool of
 * threads; then the archive's own pages are written. One broken report does not stop the others;
 * a failure of the build itself (settings, templates, fonts, disk) leaves the published archive
 * untouched.
 */
public final class Builder {

    private final BuildOptions options;

    public Builder(BuildOptions options) {
        this.options = options;
    }

    /**
     * @throws BuildException when nothing can be built: bad settings, no fonts, no templates, no content folder
     */
    public BuildResult build(BuildListener listener) throws BuildException {
        long start = System.nanoTime();
        ProjectConfig config;
        Layouts layouts;
        ArchiveWriter archive;
        FontRegistry fonts;
        List<Path> files;
        try {
            config = options.config() != null ? ConfigReader.read(options.config())
                    : ConfigReader.readIfPresent(options.configFile());
            layouts = new Layouts(options.templates());
            archive = new ArchiveWriter(layouts, config);
            archive.check();
            fonts = FontRegistry.discover(options.fonts());
            if (options.pdf()) fonts.requireChinese();
            files = ContentScanner.scan(options.content());
        } catch (ConfigException | LayoutException | FontsMissingException | IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
        ReportBuilder reports = new ReportBuilder(layouts, fonts, options);
        Progress progress = new Progress(listener, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.jobs(), files.size())), r -> {
            // deep Markdown nesting recurses in the parser; give it room rather than a crash
            Thread t = new Thread(null, r, "baogao-render", 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        try (OutputFolder out = OutputFolder.open(options.out())) {
            List<Callable<ReportBuilder.Reading>> reading = new ArrayList<>();
            for (Path f : files) {
                String relative = ContentScanner.relative(options.content(), f);
                reading.add(() -> {
                    ReportBuilder.Reading r = reports.prepare(f, relative);
                    if (r.settled() != null) progress.finished(r.settled());
                    return r;
                });
            }
            List<ReportBuilder.Reading> readings = runAll(pool, reading);

            List<Report> publishing = readings.stream().filter(r -> r.settled() == null).map(ReportBuilder.Reading::report).toList();
            Catalogue catalogue = new Catalogue(config, publishing);
            List<Callable<ReportOutcome>> rendering = new ArrayList<>();
            for (ReportBuilder.Reading r : readings) {
                rendering.add(r.settled() != null ? r::settled : () -> {
                    ReportOutcome o = reports.build(r.report(), catalogue.place(r.report()), out);
                    progress.finished(o);
                    return o;
                });
            }
            List<ReportOutcome> outcomes = runAll(pool, rendering);
            List<ReportOutcome> built = outcomes.stream().filter(o -> o.status() == ReportOutcome.Status.BUILT).toList();
            if (built.size() < publishing.size()) unlinkFailed(catalogue, built, config, reports, out);

            archive.write(built.stream().map(o -> ArchiveEntry.of(o, config)).toList(), out);
            out.publish();
            return new BuildResult(outcomes, (System.nanoTime() - start) / 1_000_000, true);
        } catch (LayoutException | IOException e) {
            throw new BuildException(e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rewrites the pages whose previous or next report failed to render, so that no page links to a missing one. */
    private static void unlinkFailed(Catalogue before, List<ReportOutcome> built, ProjectConfig config,
            ReportBuilder reports, OutputFolder out) throws LayoutException, IOException {
        Catalogue after = new Catalogue(config, built.stream().map(ReportOutcome::report).toList());
        for (ReportOutcome o : built) {
            WebContext now = after.place(o.report());
            if (!now.equals(before.place(o.report()))) reports.rewritePage(o, now, out);
        }
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

    /** Tells the listener of each report as it finishes, one call at a time, counting across both stages. */
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
