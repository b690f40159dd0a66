package org.baogao.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;

import org.baogao.text.Messages;

/**
 * What the preview server answers: the served folder's files, a saved report's page rendered ahead
 * of its build, a failed report's errors in place of its page, the reload events and their script.
 * Only files inside the served folder, and only to requests whose {@code Host} is this machine: a
 * web page elsewhere cannot make the browser read the preview through a DNS name that points here.
 */
record SiteRequests(LiveSite site, PathResolver files, ReloadEvents events, int port) {

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

    void handle(HttpExchange exchange) throws IOException {
        if (EVENTS.equals(exchange.getRequestURI().getRawPath()) && localHost(exchange.getRequestHeaders().getFirst("Host"))
                && exchange.getRequestMethod().equals("GET")) {
            // kept open, without its thread, until the page goes away
            events.listen(exchange);
            return;
        }
        try (exchange) {
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(exchange, 403, "text/plain; charset=utf-8", Messages.get("serve.forbidden", Messages.get("serve.forbidden.host", port)) + "\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", Messages.get("serve.method-not-allowed") + "\n");
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
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
            respond(exchange, 403, "text/plain; charset=utf-8", Messages.get("serve.forbidden", f.why()) + "\n");
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
        byte[] pdf = index == null ? null : site.pdfAhead(index);
        if (pdf != null) {
            // a saved report's PDF, made by the build under way before it publishes
            respond(exchange, 200, "application/pdf", pdf);
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
        respond(exchange, 200, type, Files.readAllBytes(file));
    }

    private boolean localHost(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
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
}
