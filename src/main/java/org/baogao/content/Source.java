package org.baogao.content;

import java.nio.file.Path;

/**
 * One report file as read from disk: where it is, what it says, and which encoding it was in.
 *
 * @param file     the file as given (used in messages)
 * @param relative its path below the content folder, with forward slashes (used for output paths)
 * @param text     the decoded text, line ends normalised to {@code \n}, without a byte-order mark
 * @param encoding the name of the encoding the bytes were decoded from
 */
public record Source(Path file, String relative, String text, String encoding) {

    /** The file's path below the content folder without its extension: {@code 2023/li-ming}. */
    public String stem() {
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative;
    }
}
