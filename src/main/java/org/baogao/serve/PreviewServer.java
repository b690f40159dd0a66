package org.baogao.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

import org.baogao.content.Problem;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.GlossaryFile;
import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.ReportOutcome;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

import com.sun.net.httpserver.HttpServer;

/**
 * A preview of the archive on this machine only (127.0.0.1): it builds the site, serves it, and
 * rebuilds what a saved change touches, telling the open pages to reload. A build that fails shows
 * its error in the page instead of stopping the server. What it answers: {@link SiteRequests}.
 */
public final class PreviewServer implements AutoCloseable {

    private final ServeOptions options;
    private final LiveSite site;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ExecutorService rebuilds;
    /** Renders saved reports' pages ahead of their build, beside it, so that they never wait for a PDF. */
    private final ExecutorService ahead;
    /** Page requests answered at once; one person's browser asks for a handful at a time. */
    static final int HANDLER_THREADS = 8;

    private final ReloadEvents events = new ReloadEvents();
    private final PathResolver files;
    private final ChangeWatcher watcher;
    private final Consumer<ServeLog> log;
    private final int port;

    private PreviewServer(ServeOptions options, Consumer<ServeLog> log) throws IOException, BuildException {
        this.options = options;
        this.log = log;
        this.site = new LiveSite(options.build());
        this.files = new PathResolver(site.served());
        try {
            BuildResult first = site.rebuildAll(options.build());
            log.accept(summary(first));
        } catch (BuildException e) {
            if (e.getCause() instanceof org.baogao.fonts.FontsMissingException) throw e;
            log.accept(new ServeLog(Messages.get("serve.first-build-failed", Causes.of(e)), true));
        }
        this.http = bind(options.port());
        this.port = http.getAddress().getPort();
        // reload connections hold no thread: these serve pages only
        this.handlers = Executors.newFixedThreadPool(HANDLER_THREADS, daemon("baogao-http"));
        this.rebuilds = Executors.newSingleThreadExecutor(daemon("baogao-rebuild"));
        this.ahead = Executors.newSingleThreadExecutor(daemon("baogao-ahead"));
        http.setExecutor(handlers);
        http.createContext("/", new SiteRequests(site, files, events, port)::handle);
        http.start();
        List<Path> watchedFiles = new java.util.ArrayList<>(options.configFiles());
        if (options.glossaryFile() != null) watchedFiles.add(options.glossaryFile());
        this.watcher = new ChangeWatcher(List.of(options.build().content(), options.build().templates()), watchedFiles,
                changed -> {
                    // the page first, the whole build (PDF, listings, search) after it
                    ahead.execute(() -> renderAhead(changed));
                    rebuilds.execute(() -> changed(changed));
                });
    }

    /**
     * Builds the site and starts serving it.
     *
     * @param log told of each build and rebuild, one line each
     * @throws BuildException when nothing can ever be built: no fonts
     */
    public static PreviewServer start(ServeOptions options, Consumer<ServeLog> log) throws IOException, BuildException {
        return new PreviewServer(options, log);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** How many open pages are listening for reload events. */
    int reloadListeners() {
        return events.listeners();
    }

    /** Whether the wanted port was taken and another was used. */
    public boolean movedPort() {
        return options.port() != 0 && port != options.port();
    }

    private static HttpServer bind(int wanted) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            return HttpServer.create(new InetSocketAddress(loopback, wanted), 16);
        } catch (BindException e) {
            return HttpServer.create(new InetSocketAddress(loopback, 0), 16);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(null, r, name, 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        };
    }

    // ---- rebuilding ----

    /** What a batch of changed paths touches: everything, or these report files. */
    private record Changes(boolean everything, Set<Path> reports) {}

    private Changes classify(Set<Path> paths, BuildOptions build) {
        Path content = build.content().toAbsolutePath().normalize();
        Path templates = build.templates().toAbsolutePath().normalize();
        boolean everything = site.siteError() != null;
        Set<Path> reports = new java.util.LinkedHashSet<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(templates) || !abs.startsWith(content)) {
                everything = true;
            } else if (abs.getFileName().toString().endsWith(".md") && !hidden(content.relativize(abs))) {
                reports.add(abs);
            } else if (Files.isDirectory(abs) || !Files.exists(abs) && site.hasReportsUnder(abs)) {
                everything = true; // a folder of reports came or went
            }
            // anything else is an editor's temporary or backup file
        }
        return new Changes(everything, reports);
    }

    /** Shows saved reports' pages at once, rendered ahead of the build that {@link #changed} runs. */
    private void renderAhead(Set<Path> paths) {
        try {
            Changes c = classify(paths, site.options());
            if (c.everything()) return;
            for (Path file : c.reports()) {
                if (!Files.isRegularFile(file)) continue;
                String page = site.renderAhead(file);
                if (page != null) events.reload(page);
            }
        } catch (RuntimeException e) {
            // the build that follows reports what is wrong
        }
    }

    private void changed(Set<Path> paths) {
        BuildOptions build = site.options();
        Path content = build.content().toAbsolutePath().normalize();
        Changes changes = classify(paths, build);
        boolean everything = changes.everything();
        Set<Path> reports = changes.reports();
        long start = System.nanoTime();
        try {
            if (everything) {
                BuildResult r = site.rebuildAll(reloadGlossary(build));
                log.accept(summary(r));
                events.reload("*");
                return;
            }
            if (reports.isEmpty()) return;
            // one build for every report saved at once: the engine re-renders only what changed
            Map<Path, String> saved = new java.util.LinkedHashMap<>();
            for (Path file : reports) saved.put(file, content.relativize(file).toString().replace('\\', '/'));
            BuildResult r = site.rebuild(build, Set.copyOf(saved.values()));
            for (Path file : reports) {
                String relative = saved.get(file);
                Path given = build.content().resolve(relative);
                if (Files.isRegularFile(file)) {
                    r.reports().stream().filter(o -> o.file().toAbsolutePath().normalize().equals(file)).findFirst()
                            .ifPresent(o -> log.accept(line(o, (System.nanoTime() - start) / 1_000_000)));
                } else {
                    log.accept(new ServeLog(Messages.get("serve.removed", given), false));
                }
                events.reload(LiveSite.pageOf(relative));
            }
            events.reload("/index.html");
        } catch (BuildException e) {
            log.accept(new ServeLog(Messages.get("serve.build-failed", Causes.of(e)), true));
            events.reload("*");
        } catch (RuntimeException e) {
            log.accept(new ServeLog(Messages.get("serve.rebuild-failed", Causes.of(e)), true));
            events.reload("*");
        }
    }

    private BuildOptions reloadGlossary(BuildOptions build) throws BuildException {
        if (options.glossaryFile() == null) return build;
        try {
            Glossary g = GlossaryFile.load(options.glossaryFile(), false);
            return build.withPlaceholders(g, build.allowPlaceholders());
        } catch (GlossaryException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static ServeLog summary(BuildResult r) {
        return new ServeLog(Messages.get("serve.built", r.built(), r.millis())
                + (r.failed() > 0 ? Messages.get("serve.built.failed", r.failed()) : ""), r.failed() > 0);
    }

    static ServeLog line(ReportOutcome o, long millis) {
        StringBuilder s = new StringBuilder(Messages.get(o.failed() ? "serve.report-failed" : "serve.rebuilt", o.file(), millis));
        for (Problem p : o.problems()) if (p.isError()) s.append("\n  ").append(p);
        return new ServeLog(s.toString(), o.failed());
    }

    /**
     * Stops watching and serving, and waits for a rebuild under way to stop, so that no staging
     * folder is left half-written; the served folder is left for the caller to remove.
     */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // already closed
        }
        events.close();
        http.stop(0);
        // queued rebuilds are dropped; the one under way is interrupted and discards its staging folder
        ahead.shutdownNow();
        rebuilds.shutdownNow();
        try {
            rebuilds.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handlers.shutdownNow();
        site.close();
    }
}
