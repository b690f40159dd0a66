package org.baogao.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.baogao.content.UnreadableFileException.Reason;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

/**
 * Reads a report file into text. Drafts arrive as UTF-8 (with or without a byte-order mark), as
 * UTF-16 with its byte-order mark (Notepad's "Unicode") or as GB18030/GBK from older Windows machines; the encoding is detected from the bytes, never from the
 * file name, and a file that is neither is refused rather than decoded into mojibake.
 */
public final class SourceReader {

    /** Larger files are not reports; reading them would only exhaust memory. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    public Source read(Path file, String relative) throws UnreadableFileException {
        if (Files.isDirectory(file)) {
            throw refused(Reason.TOO_DEEP, file, 0, Messages.get("source.too-deep", ContentScanner.MAX_DEPTH), null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(Reason.TOO_LARGE, file, 0,
                        Messages.get("source.too-large", size / 1048576.0, MAX_BYTES / 1048576), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(Reason.CANNOT_READ, file, 0, Messages.get("source.cannot-read", Causes.of(e)), e);
        }
        return decode(file, relative, bytes);
    }

    public Source decode(Path file, String relative, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw refused(Reason.EMPTY, file, 0, Messages.get("source.empty"), null);
        }
        // Notepad's "Unicode": UTF-16 with its byte-order mark, whose every other byte is NUL
        boolean utf16le = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE;
        boolean utf16be = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF;
        if (!utf16le && !utf16be) {
            for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
                if (bytes[i] == 0) {
                    throw refused(Reason.BINARY, file, 0, Messages.get("source.binary", Invocation.command()), null);
                }
            }
        }
        String text;
        String encoding;
        if (utf16le || utf16be) {
            text = strict(utf16le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, bytes, 2);
            encoding = utf16le ? "UTF-16LE (BOM)" : "UTF-16BE (BOM)";
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            text = strict(StandardCharsets.UTF_8, bytes, 3);
            encoding = "UTF-8 (BOM)";
        } else if ((text = strict(StandardCharsets.UTF_8, bytes, 0)) != null) {
            encoding = "UTF-8";
        } else if ((text = strict(GB18030, bytes, 0)) != null) {
            encoding = "GB18030";
        } else {
            encoding = null;
        }
        if (text == null) {
            throw refused(Reason.NOT_TEXT, file, 0, Messages.get("source.not-text"), null);
        }
        // past the first bytes checked above, or in UTF-16: a NUL is damage, which would print as nothing or '?'
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw refused(Reason.DAMAGED, file, line, Messages.get("source.nul"), null);
        }
        return new Source(file, relative, normaliseLineEnds(text), encoding);
    }

    private static UnreadableFileException refused(Reason reason, Path file, int line, String message, Throwable cause) {
        return new UnreadableFileException(reason, Problem.error(file, line, message), cause);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
