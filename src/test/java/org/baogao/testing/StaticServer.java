package org.baogao.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a folder over HTTP on 127.0.0.1 at a random port, below a base path, as an intranet
 * server would serve an archive that is not at the root of its site.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css", "js", "text/javascript",
            "pdf", "application/pdf", "png", "image/png", "svg", "image/svg+xml");

    private final HttpServer server;
    private final String base;

    private StaticServer(HttpServer server, String base) {
        this.server = server;
        this.base = base;
    }

    /** Serves {@code root} at {@code http://127.0.0.1:<port><base>}; {@code base} starts and ends with '/'. */
    public static StaticServer serve(Path root, String base) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(base, exchange -> respond(exchange, root, base));
        server.start();
        return new StaticServer(server, base);
    }

    /** The archive's root URL, ending in '/'. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + base);
    }

    private static void respond(HttpExchange exchange, Path root, String base) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(base.length());
            if (path.isEmpty() || path.endsWith("/")) path += "index.html";
            Path file = root.resolve(path).normalize();
            if (!exchange.getRequestMethod().equals("GET") || !file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
