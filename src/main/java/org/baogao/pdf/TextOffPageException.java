package org.baogao.pdf;

import java.io.IOException;

import org.baogao.text.Messages;

/** After layout, text lies beyond the text block, where it would be cut off or printed in the margin. */
public final class TextOffPageException extends IOException {

    private final String text;

    TextOffPageException(String text) {
        super(Messages.get("layout.off-page-text"));
        this.text = text;
    }

    /** The text that runs off: the piece of a line that does not fit. */
    public String text() {
        return text;
    }
}
