package org.baogao.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

import org.baogao.content.Problem;
import org.baogao.fonts.FontRegistry;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.GlossaryFile;
import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.ReportOutcome;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A preview of the archive on this machine only (127.0.0.1): it builds the site, serves it, and
 * rebuilds what a saved change touches, telling the open pages to reload. A build that fails shows
 * its error in the page instead of stopping the server.
 *
 * <p>Only files inside the served folder are served, and only to requests whose {@code Host} is
 * this machine: a web page elsewhere cannot make the browser read the preview through a DNS name
 * that points here.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/_baogao/events";
    static final String SCRIPT = "/_baogao/reload.js";

    private static final String RELOAD_JS = """
            (function () {
              var events = new EventSource('/_baogao/events');
              events.addEventListener('reload', function (e) {
                var here = location.pathname.endsWith('/') ? location.pathname + 'index.html' : location.pathname;
                if (e.data === '*' || e.data === decodeURIComponent(here)) location.reload();
              });
            })();
            """;

    private final ServeOptions options;
    private final LiveSite site;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ExecutorService rebuilds;
    /** Renders saved reports' pages ahead of their build, beside it, so that they never wait for a PDF. */
    private final ExecutorService ahead;
    private final ReloadEvents events = new ReloadEvents();
    private final PathResolver files;
    private final ChangeWatcher watcher;
    private final Consumer<String> log;
    private final int port;

    private PreviewServer(ServeOptions options, Consumer<String> log) throws IOException, BuildException {
        this.options = options;
        this.log = log;
        FontRegistry fonts = FontRegistry.discover(options.build().fonts());
        this.site = new LiveSite(options.build(), fonts);
        this.files = new PathResolver(site.served());
        try {
            BuildResult first = site.rebuildAll(options.build());
            log.accept(summary(first));
        } catch (BuildException e) {
            if (e.getCause() instanceof org.baogao.fonts.FontsMissingException) throw e;
            log.accept("build failed: " + e.getMessage() + " (shown in the page; fix it and save)");
        }
        this.http = bind(options.port());
        this.port = http.getAddress().getPort();
        this.handlers = Executors.newFixedThreadPool(ReloadEvents.MAX_LISTENERS + 8, daemon("baogao-http"));
        this.rebuilds = Executors.newSingleThreadExecutor(daemon("baogao-rebuild"));
        this.ahead = Executors.newSingleThreadExecutor(daemon("baogao-ahead"));
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
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
    public static PreviewServer start(ServeOptions options, Consumer<String> log) throws IOException, BuildException {
        return new PreviewServer(options, log);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
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
            BuildResult r = site.rebuildAll(build);
            for (Path file : reports) {
                String relative = content.relativize(file).toString().replace('\\', '/');
                Path given = build.content().resolve(relative);
                if (Files.isRegularFile(file)) {
                    r.reports().stream().filter(o -> o.file().toAbsolutePath().normalize().equals(file)).findFirst()
                            .ifPresent(o -> log.accept(line(o, (System.nanoTime() - start) / 1_000_000)));
                } else {
                    log.accept("removed " + given);
                }
                events.reload(LiveSite.pageOf(relative));
            }
            events.reload("/index.html");
        } catch (BuildException e) {
            log.accept("build failed: " + e.getMessage());
            events.reload("*");
        } catch (RuntimeException e) {
            log.accept("rebuild failed: " + e.getMessage());
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

    static String summary(BuildResult r) {
        return "built " + r.built() + " reports in " + r.millis() + " ms"
                + (r.failed() > 0 ? ", " + r.failed() + " FAILED (shown in their pages)" : "");
    }

    static String line(ReportOutcome o, long millis) {
        String head = (o.failed() ? "FAILED  " : "rebuilt ") + o.file() + "  " + millis + " ms";
        StringBuilder s = new StringBuilder(head);
        for (Problem p : o.problems()) if (p.isError()) s.append("\n  ").append(p);
        return s.toString();
    }

    // ---- serving ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(exchange, 403, "text/plain; charset=utf-8", "Forbidden: this preview answers only to 127.0.0.1:"
                        + port + " and localhost:" + port + "\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n");
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (EVENTS.equals(raw)) {
                events.listen(exchange);
                return;
            }
            if (SCRIPT.equals(raw)) {
                respond(exchange, 200, "text/javascript; charset=utf-8", RELOAD_JS);
                return;
            }
            serveFile(exchange, raw);
        }
    }

    private void serveFile(HttpExchange exchange, String raw) throws IOException {
        PathResolver.Result result = files.resolve(raw);
        String page = null;
        if (result instanceof PathResolver.Forbidden f) {
            respond(exchange, 403, "text/plain; charset=utf-8", "Forbidden: " + f.why() + "\n");
            return;
        }
        if (result instanceof PathResolver.Found found) page = files.pathOf(found.file());
        String asked = PathResolver.decodeOrNull(raw);
        String index = page != null ? page : asked == null ? null : asked.endsWith("/") ? asked + "index.html" : asked;
        PagesAhead.Page ahead = index == null ? null : site.ahead(index);
        if (ahead != null) {
            // a saved report's page, rendered ahead of the build that will publish it
            respond(exchange, 200, "text/html; charset=utf-8", ErrorPage.inject(
                    new String(ahead.html(), StandardCharsets.UTF_8), ahead.problems(), site.siteError()));
            return;
        }
        if (page == null) {
            if (index != null && site.failed(index)) {
                respond(exchange, 200, "text/html; charset=utf-8", ErrorPage.render(index, site.problems(index),
                        site.siteError()));
                return;
            }
            respond(exchange, 404, "text/html; charset=utf-8", ErrorPage.notFound(asked == null ? raw : asked));
            return;
        }
        Path file = ((PathResolver.Found) result).file();
        String type = contentType(file);
        if (type.startsWith("text/html")) {
            String html = site.failed(page) ? ErrorPage.render(page, site.problems(page), site.siteError())
                    : ErrorPage.inject(Files.readString(file, StandardCharsets.UTF_8), site.problems(page), site.siteError());
            respond(exchange, 200, type, html);
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private boolean localHost(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".json")) return "application/json; charset=utf-8";
        if (name.endsWith(".pdf")) return "application/pdf";
        if (name.endsWith(".svg")) return "image/svg+xml";
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
        if (name.endsWith(".woff2")) return "font/woff2";
        if (name.endsWith(".txt")) return "text/plain; charset=utf-8";
        return "application/octet-stream";
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
