package org.baogao.content;

/**
 * A report file that cannot be read as text, and why: the importer, which reads drafts with the
 * same reader, tells a user with a binary file something else than the build does, and asks the
 * reason rather than reading it back from the message.
 */
public final class UnreadableFileException extends ReportException {

    /** Why a file is not a report's text. */
    public enum Reason {
        /** Larger than {@link SourceReader#MAX_BYTES}. */
        TOO_LARGE,
        /** The file system would not give its bytes. */
        CANNOT_READ,
        EMPTY,
        /** NUL bytes at its start: a Word document, a picture, an archive. */
        BINARY,
        /** Neither UTF-8 (or UTF-16 with its mark) nor GB18030. */
        NOT_TEXT,
        /** Text with a NUL character in it further on. */
        DAMAGED,
        /** A folder deeper than the scanner enters, named so that its reports are not left out silently. */
        TOO_DEEP
    }

    private final Reason reason;

    UnreadableFileException(Reason reason, Problem problem, Throwable cause) {
        super(problem, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
