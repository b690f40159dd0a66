package org.baogao.lint;

/** The project's glossary cannot be read; the message names the file and line and what to write. */
public final class GlossaryException extends Exception {
    public GlossaryException(String message) {
        super(message);
    }
}
