package org.baogao.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.text.Messages;

/**
 * Maps a request path to a file inside the served folder, and to nothing outside it. The path is
 * decoded exactly once and strictly; any {@code .} or {@code ..} segment, backslash, NUL or
 * hidden name is refused before the file system is asked, and a file reached through a symbolic
 * link must still be inside the folder.
 */
final class PathResolver {

    /** What a request path comes to. */
    sealed interface Result permits Found, NotFound, Forbidden {}

    record Found(Path file) implements Result {}

    record NotFound() implements Result {}

    record Forbidden(String why) implements Result {}

    private final Path root;

    PathResolver(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @param rawPath the request's path as sent, still percent-encoded */
    Result resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return new Forbidden(Messages.get("serve.forbidden.relative"));
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new Forbidden(Messages.get("serve.forbidden.malformed"));
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) return new Forbidden(Messages.get("serve.forbidden.character"));
        StringBuilder relative = new StringBuilder();
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.equals(".") || segment.equals("..")) return new Forbidden(Messages.get("serve.forbidden.dots"));
            if (segment.startsWith(".")) return new NotFound();
            if (relative.length() > 0) relative.append('/');
            relative.append(segment);
        }
        Path file = root.resolve(relative.toString()).normalize();
        if (!file.startsWith(root)) return new Forbidden(Messages.get("serve.forbidden.outside"));
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) return new NotFound();
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) return new Forbidden(Messages.get("serve.forbidden.link"));
        } catch (IOException e) {
            return new NotFound();
        }
        return new Found(file);
    }

    /** The served folder's path of a file, {@code /2023/li-ming/index.html}. */
    String pathOf(Path file) {
        return "/" + root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The decoded path, or null when it cannot be decoded. */
    static String decodeOrNull(String raw) {
        try {
            return raw == null ? null : decode(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-decoding of a path: no {@code +} for space, UTF-8 only, every escape complete. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) throw new IllegalArgumentException("incomplete escape");
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw new IllegalArgumentException("bad escape");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
