package org.baogao.lint;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.baogao.files.WholeFile;

/**
 * Writes a fixed text back over its file the way the file was: the same encoding (GB18030 stays
 * GB18030, a byte-order mark stays), the same line ends, and only if nobody changed the file since
 * it was read. The new text goes to a temporary file first and replaces the old one in one step, so
 * an interrupted fix never leaves half a report.
 */
public final class FixWriter {

    private FixWriter() {}

    /**
     * @param original the bytes the text was decoded from
     * @param encoding the encoding the reader named: {@code UTF-8}, {@code UTF-8 (BOM)},
     *                 {@code UTF-16LE (BOM)}, {@code UTF-16BE (BOM)} or {@code GB18030}
     */
    public static void write(Path file, byte[] original, String text, String encoding) throws IOException {
        byte[] now = Files.readAllBytes(file);
        if (!Arrays.equals(now, original)) {
            throw new IOException(file + " changed while it was being checked; nothing was written, run again");
        }
        Charset charset = encoding.startsWith("GB18030") ? Charset.forName("GB18030")
                : encoding.startsWith("UTF-16LE") ? StandardCharsets.UTF_16LE
                : encoding.startsWith("UTF-16BE") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        String out = usesCrLf(original) ? text.replace("\n", "\r\n") : text;
        byte[] body = out.getBytes(charset);
        byte[] bytes = body;
        if (encoding.contains("BOM")) {
            byte[] mark = "\uFEFF".getBytes(charset);
            bytes = new byte[body.length + mark.length];
            System.arraycopy(mark, 0, bytes, 0, mark.length);
            System.arraycopy(body, 0, bytes, mark.length, body.length);
        }
        WholeFile.replace(file, bytes);
    }

    static boolean usesCrLf(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') return true;
        }
        return false;
    }
}
