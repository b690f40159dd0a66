package org.baogao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Listens to a preview server's reload events as an open page does, over a plain socket, and
 * notes when each arrived: the benchmark's view of "the browser was told to reload".
 */
final class ReloadListener implements AutoCloseable {

    /** A reload event: the page it names ({@code *}: every page), and when it arrived. */
    record Event(String page, long nanos) {}

    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private ReloadListener(Socket socket) {
        this.socket = socket;
    }

    static ReloadListener open(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream().write(("GET /_baogao/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        ReloadListener listener = new ReloadListener(s);
        Thread reader = new Thread(listener::read, "bench-events");
        reader.setDaemon(true);
        reader.start();
        return listener;
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("data: ")) events.add(new Event(line.substring(6), System.nanoTime()));
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** Forgets the events so far. */
    void clear() {
        events.clear();
    }

    /**
     * Waits for the next event for {@code page} or for every page, until {@code deadline}
     * ({@link System#nanoTime()}); when it arrived, or -1 when none did.
     */
    long await(String page, long deadline) throws InterruptedException {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return -1;
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) return -1;
            if (e.page().equals(page) || e.page().equals("*")) return e.nanos();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
