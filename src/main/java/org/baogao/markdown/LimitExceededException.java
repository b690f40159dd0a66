package org.baogao.markdown;

/** A report goes past one of the {@link Limits}; {@code line} is 1-based in the Markdown given. */
public final class LimitExceededException extends RuntimeException {
    private final int line;

    public LimitExceededException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
