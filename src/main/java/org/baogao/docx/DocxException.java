package org.baogao.docx;

/** A report's Word document could not be made; the message names the file and says what to do. */
public final class DocxException extends Exception {
    private static final long serialVersionUID = 1L;

    DocxException(String message) {
        super(message);
    }

    DocxException(String message, Throwable cause) {
        super(message, cause);
    }
}
