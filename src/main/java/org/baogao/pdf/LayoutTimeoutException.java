package org.baogao.pdf;

import java.time.Duration;

import org.baogao.text.Messages;

/** Laying a report out took longer than its limit; {@link #text()} is the text it was at. */
public final class LayoutTimeoutException extends RuntimeException {

    private final transient String text;

    LayoutTimeoutException(Duration limit, String text) {
        super(Messages.get("layout.timeout", limit.toSeconds()));
        this.text = text;
    }

    /** The text being laid out when the time ran out (a paragraph, or what is left of it). */
    public String text() {
        return text;
    }
}
