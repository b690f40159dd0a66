package org.baogao.fonts;

/** No font can print Chinese: building would print {@code #} boxes, so nothing is built. */
public final class FontsMissingException extends Exception {
    public FontsMissingException(String message) {
        super(message);
    }
}
