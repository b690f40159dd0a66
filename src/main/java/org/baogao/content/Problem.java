package org.baogao.content;

import java.nio.file.Path;

import org.baogao.text.Messages;

/**
 * Something wrong with one input, located so that an editor can jump to it.
 * {@code line} and {@code column} are 1-based; 0 means "the whole file". The message is worded in
 * the language of the catalogue when the problem is found ({@link Messages}).
 */
public record Problem(Severity severity, Path file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

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
        return s.append(": ").append(Messages.get(severity == Severity.ERROR ? "problem.error" : "problem.warning"))
                .append(": ").append(message).toString();
    }
}
