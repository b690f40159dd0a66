package org.baogao.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.baogao.content.ContentScanner;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.pdf.FontRegistry;
import org.baogao.pdf.FontsMissingException;
import org.baogao.site.ArchiveEntry;
import org.baogao.site.ArchiveWriter;
import org.baogao.site.OutputFolder;

/**
 * Builds the whole archive: every report on a bounded pool of threads, then the archive's pages,
 * then swaps the new archive in. One broken report does not stop the others; a failure of the
 * build itself (templates, fonts, disk) leaves the published archive untouched.
 */
public final class Builder {

    private final BuildOptions options;

    public Builder(BuildOptions options) {
        this.options = options;
    }

    /**
     * @throws BuildException when nothing can be built: no fonts, no templates, no content folder
     */
    public BuildResult build(BuildListener listener) throws BuildException {
        long start = System.nanoTime();
        Layouts layouts;
        FontRegistry fonts;
        List<Path> files;
        try {
            layouts = new Layouts(options.templates());
            fonts = FontRegistry.discover(options.fonts());
            if (options.pdf()) fonts.requireChinese();
            files = ContentScanner.scan(options.content());
        } catch (LayoutException | FontsMissingException | IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
        ReportBuilder reports = new ReportBuilder(layouts, fonts, options);
        try (OutputFolder out = OutputFolder.open(options.out())) {
            List<ReportOutcome> outcomes = renderAll(files, reports, out, listener);
            List<ArchiveEntry> entries = outcomes.stream()
                    .filter(o -> o.status() == ReportOutcome.Status.BUILT)
                    .map(ArchiveEntry::of).toList();
            new ArchiveWriter(layouts).write(entries, out);
            out.publish();
            return new BuildResult(outcomes, (System.nanoTime() - start) / 1_000_000, true);
        } catch (LayoutException | IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    private List<ReportOutcome> renderAll(List<Path> files, ReportBuilder reports, OutputFolder out,
            BuildListener listener) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.jobs(), files.size())),
                r -> {
                    // deep Markdown nesting recurses in the parser; give it room rather than a crash
                    Thread t = new Thread(null, r, "baogao-render", 16L * 1024 * 1024);
                    t.setDaemon(true);
                    return t;
                });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ReportOutcome>> futures = new ArrayList<>();
            for (Path f : files) {
                String relative = ContentScanner.relative(options.content(), f);
                futures.add(pool.submit(() -> {
                    ReportOutcome o = reports.build(f, relative, out);
                    synchronized (listener) {
                        listener.finished(o, done.incrementAndGet(), files.size());
                    }
                    return o;
                }));
            }
            List<ReportOutcome> outcomes = new ArrayList<>();
            for (Future<ReportOutcome> f : futures) outcomes.add(f.get());
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("build failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
