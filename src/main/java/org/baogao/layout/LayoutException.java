package org.baogao.layout;

/** A template could not be loaded or failed while rendering; the message names template, line and column. */
public final class LayoutException extends Exception {
    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public LayoutException(String message) {
        super(message);
    }
}
