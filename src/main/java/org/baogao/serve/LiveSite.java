package org.baogao.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.baogao.content.ContentScanner;
import org.baogao.content.Problem;
import org.baogao.content.ReportFiles;
import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildListener;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildRequest;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.Builder;
import org.baogao.pipeline.PagePreview;
import org.baogao.pipeline.ReportOutcome;

/**
 * The served archive, kept up to date change by change by the build engine, which publishes a
 * finished build over the served folder and leaves it as it was when a build fails. What failed
 * is remembered, so that the server can show it in place of the page.
 */
final class LiveSite {

    private final Path served;
    private volatile BuildOptions options;
    /** Read without the lock by the thread that renders pages ahead, while a build holds it. */
    private volatile Builder builder;
    private final PagesAhead ahead = new PagesAhead();
    private final PdfsAhead pdfsAhead = new PdfsAhead();
    private final Map<Path, ReportOutcome> outcomes = new TreeMap<>();
    private final Map<String, List<Problem>> problems = new ConcurrentHashMap<>();
    private volatile String siteError;

    LiveSite(BuildOptions options) {
        this.options = options;
        this.served = options.out().toAbsolutePath().normalize();
    }

    Path served() {
        return served;
    }

    BuildOptions options() {
        return options;
    }

    /** The error that stopped the last whole build, shown on every page; null when it went well. */
    String siteError() {
        return siteError;
    }

    /** The problems of the report behind a page ({@code /2023/li-ming/index.html}), if it has any. */
    List<Problem> problems(String page) {
        return problems.getOrDefault(page, List.of());
    }

    /** Whether the report behind a page failed, so that its old page would mislead. */
    boolean failed(String page) {
        return problems(page).stream().anyMatch(Problem::isError);
    }

    /** Builds everything; on failure the served files stay as they were and the error is kept. */
    BuildResult rebuildAll(BuildOptions newOptions) throws BuildException {
        return rebuild(newOptions, Set.of());
    }

    /**
     * Builds everything, serving the PDFs of the {@code saved} report files ({@code 2023/li-ming.md},
     * relative to the content folder) as soon as the build has made them; on failure the served
     * files stay as they were and the error is kept.
     */
    synchronized BuildResult rebuild(BuildOptions newOptions, Set<String> saved) throws BuildException {
        // one builder for the server's life: its threads keep their fonts parsed, its templates loaded
        if (builder == null || !newOptions.equals(options)) {
            close();
            builder = Builder.warm(newOptions);
        }
        options = newOptions;
        long covers = ahead.buildStarting();
        Set<String> pdfs = new java.util.HashSet<>();
        for (String relative : saved) pdfs.add(pdfOf(relative));
        pdfsAhead.building(pdfs);
        BuildListener listener = new BuildListener() {
            @Override
            public void finished(ReportOutcome outcome, int done, int total) {
            }

            @Override
            public void pdfMade(String pdf, byte[] bytes) {
                pdfsAhead.made(pdf, bytes);
            }
        };
        try {
            // the preview is private: deleting every report there is no mistyped --content to refuse
            BuildResult result = builder.build(BuildRequest.incremental(listener).withAllowEmpty(true));
            outcomes.clear();
            problems.clear();
            for (ReportOutcome o : result.reports()) remember(o);
            siteError = null;
            return result;
        } catch (BuildException e) {
            siteError = e.getMessage();
            throw e;
        } finally {
            ahead.built(covers);
            pdfsAhead.built();
        }
    }

    /**
     * Renders a saved report's page ahead of the build that follows, as the last build placed it
     * and with that build's PDF; the page's path, or null when there is nothing to show ahead (see
     * {@link Builder#preview}). Runs beside a build under way.
     */
    String renderAhead(Path file) {
        Builder b = builder;
        if (b == null) return null;
        long number = ahead.starting();
        PagePreview p = b.preview(file);
        if (p == null) return null;
        return ahead.put(p.page(), p.html(), p.problems(), number) ? p.page() : null;
    }

    /** The PDF of a saved report that the build under way has made, at this served path, or null. */
    byte[] pdfAhead(String path) {
        return pdfsAhead.get(path);
    }

    /** The page rendered ahead of the build under way for this path, or null. */
    PagesAhead.Page ahead(String page) {
        return ahead.get(page);
    }

    /** Whether a report that was built lies at or below {@code path}: a deleted folder of reports. */
    synchronized boolean hasReportsUnder(Path path) {
        return outcomes.keySet().stream().anyMatch(f -> f.toAbsolutePath().normalize().startsWith(path));
    }

    /** {@code /2023/li-ming/index.html} for {@code 2023/li-ming.md}. */
    static String pageOf(String relative) {
        return "/" + new ReportFiles(stem(relative)).page();
    }

    /** {@code /2023/li-ming/li-ming.pdf} for {@code 2023/li-ming.md}. */
    static String pdfOf(String relative) {
        return "/" + new ReportFiles(stem(relative)).pdf();
    }

    private static String stem(String relative) {
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative;
    }

    private void remember(ReportOutcome o) {
        String relative = ContentScanner.relative(options.content(), o.file());
        outcomes.put(o.file(), o);
        if (o.problems().isEmpty()) problems.remove(pageOf(relative));
        else problems.put(pageOf(relative), o.problems());
    }

    /** Lets the builder's threads go. */
    synchronized void close() {
        if (builder != null) builder.close();
        builder = null;
    }
}
