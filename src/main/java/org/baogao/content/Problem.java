package org.baogao.content;

import java.nio.file.Path;

/**
 * Something wrong with one input, located so that an editor can jump to it.
 * {@code line} and {@code column} are 1-based; 0 means "the whole file".
 *
 * @param rule the id of the lint rule that found it ({@code placeholder}), or null when no rule did
 */
public record Problem(Severity severity, Path file, int line, int column, String message, String rule) {

    public enum Severity { ERROR, WARNING }

    /** A problem no lint rule found. */
    public Problem(Severity severity, Path file, int line, int column, String message) {
        this(severity, file, line, column, message, null);
    }

    public static Problem error(Path file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, 0, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The {@code file:line:column: severity: message} form that editors and CI logs understand. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.toString());
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) s.append(':').append(column);
        }
        s.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (rule != null) s.append(" [").append(rule).append(']');
        return s.toString();
    }
}
