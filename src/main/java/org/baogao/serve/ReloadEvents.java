package org.baogao.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * The open pages, listening for server-sent events: each is told the path of every page that
 * was rebuilt ({@code *} for all of them), and reloads itself when it is that page.
 *
 * <p>A listener holds a connection, not a thread: its exchange is kept open after the handler
 * returns, and one thread of its own pings them all. Held in a handler thread each, 200 open
 * pages had taken every thread that pages are served by.
 */
final class ReloadEvents implements AutoCloseable {

    /** More pages than this open at once is not one person previewing; the oldest are let go. */
    static final int MAX_LISTENERS = 32;

    /** How often a comment is sent, to find out whether each page is still there. */
    static final long PING_SECONDS = 10;

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "baogao-reload-ping");
        t.setDaemon(true);
        return t;
    });

    ReloadEvents() {
        pinger.scheduleWithFixedDelay(() -> tell(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Answers one listener and keeps its connection; returns at once. The caller must not close the exchange. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try {
            send(exchange, ": connected\n\n");
        } catch (IOException e) {
            exchange.close();
            return;
        }
        listeners.add(exchange);
        while (listeners.size() > MAX_LISTENERS) {
            HttpExchange oldest = listeners.remove(0);
            oldest.close();
        }
    }

    /** Tells every listener that {@code path} (a page's path, or {@code *}) has changed. */
    void reload(String path) {
        tell("event: reload\ndata: " + path + "\n\n");
    }

    private void tell(String event) {
        for (HttpExchange e : listeners) {
            try {
                send(e, event);
            } catch (IOException ex) {
                // the page was closed or reloaded
                listeners.remove(e);
                e.close();
            }
        }
    }

    int listeners() {
        return listeners.size();
    }

    @Override
    public void close() {
        pinger.shutdownNow();
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
