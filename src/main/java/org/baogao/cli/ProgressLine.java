package org.baogao.cli;

import java.io.PrintStream;

/**
 * The one line a long command keeps rewriting on a terminal: count, elapsed time and the current
 * file, clipped to the terminal's width counting a Chinese character as two columns. Messages
 * printed through it appear above the line. When the output is not a terminal (a log, a pipe, CI)
 * there is no line to rewrite: it prints nothing of its own, and messages go out as plain lines.
 */
final class ProgressLine implements AutoCloseable {

    private final PrintStream out;
    private final boolean live;
    private final int width;
    private final long start = System.nanoTime();
    private String shown = "";

    /**
     * @param out  where the line is drawn (standard error, so that standard output stays clean)
     * @param live whether to draw the line: the output is a terminal and the user did not ask for quiet
     */
    ProgressLine(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
        this.width = Terminal.width();
    }

    /** Redraws the line: {@code [3/10]  2.1 s  content/2023/li-ming.md}. */
    synchronized void update(int done, int total, String current) {
        if (!live) return;
        String head = String.format("[%d/%d] %5.1f s  ", done, total, seconds());
        draw(Terminal.clip(head, current, width - 1));
    }

    /** Prints a message on its own line of {@code target}, above the progress line. */
    synchronized void println(PrintStream target, String message) {
        if (live && !shown.isEmpty()) {
            String keep = shown;
            draw("");
            out.print("\r");
            out.flush();
            target.println(message);
            target.flush();
            draw(keep);
        } else {
            target.println(message);
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void draw(String line) {
        int pad = Math.max(0, Columns.width(shown) - Columns.width(line));
        out.print("\r" + line + " ".repeat(pad) + (pad > 0 ? "\r" + line : ""));
        out.flush();
        shown = line;
    }

    /** Removes the line, so that what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (live && !shown.isEmpty()) {
            draw("");
            out.print("\r");
            out.flush();
        }
    }
}
