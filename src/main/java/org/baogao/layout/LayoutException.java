package org.baogao.layout;

/**
 * A template could not be loaded or failed while rendering; the message names template, line and
 * column. {@link #brokenTemplate()} tells a template that cannot work for any report (it does not
 * parse, or imports one that does not) from one that failed on what one report holds.
 */
public final class LayoutException extends Exception {
    private final boolean brokenTemplate;

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
        this.brokenTemplate = parseErrorIn(cause);
    }

    public LayoutException(String message) {
        super(message);
        this.brokenTemplate = false;
    }

    /** The template itself is broken: every report that uses it would fail the same way. */
    public boolean brokenTemplate() {
        return brokenTemplate;
    }

    private static boolean parseErrorIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof freemarker.core.ParseException) return true;
        }
        return false;
    }
}
