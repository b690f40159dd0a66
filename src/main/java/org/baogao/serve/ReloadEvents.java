package org.baogao.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;

/**
 * The open pages, listening for server-sent events: each is told the path of every page that
 * was rebuilt ({@code *} for all of them), and reloads itself when it is that page.
 */
final class ReloadEvents {

    /** More pages than this open at once is not one person previewing; the oldest is let go. */
    static final int MAX_LISTENERS = 32;

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Serves one listener until it goes away or the server stops; blocks the calling thread. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (listeners.size() >= MAX_LISTENERS) {
            HttpExchange oldest = listeners.remove(0);
            oldest.close();
        }
        listeners.add(exchange);
        try {
            send(exchange, ": connected\n\n");
            // a comment now and then finds out whether the page is still there
            while (!closed && listeners.contains(exchange)) {
                Thread.sleep(10_000);
                send(exchange, ": ping\n\n");
            }
        } catch (IOException | InterruptedException e) {
            // the page was closed or reloaded
        } finally {
            listeners.remove(exchange);
            exchange.close();
        }
    }

    /** Tells every listener that {@code path} (a page's path, or {@code *}) has changed. */
    void reload(String path) {
        String event = "event: reload\ndata: " + path + "\n\n";
        for (HttpExchange e : listeners) {
            try {
                send(e, event);
            } catch (IOException ex) {
                listeners.remove(e);
                e.close();
            }
        }
    }

    int listeners() {
        return listeners.size();
    }

    void close() {
        closed = true;
        for (HttpExchange e : listeners) e.close();
        listeners.clear();
    }

    private static void send(HttpExchange exchange, String text) throws IOException {
        OutputStream out = exchange.getResponseBody();
        synchronized (exchange) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
