package org.baogao.pdf;

import java.time.Duration;

/** How long one page may take to lay out, from when it started; checked where the layout asks for line breaks. */
final class TimeLimit {

    private final Duration limit;
    private final long deadline;

    TimeLimit(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** @param text what is being laid out, to name in the message */
    void check(String text) {
        if (System.nanoTime() - deadline > 0) throw new LayoutTimeoutException(limit, text);
    }
}
