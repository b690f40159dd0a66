package org.baogao.importer;

/** A draft cannot be imported; the message names the file and what to do. Nothing has been written. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
