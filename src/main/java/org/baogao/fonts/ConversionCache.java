package org.baogao.fonts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.baogao.fonts.outline.CffToTrueType;
import org.baogao.files.WholeFile;

/**
 * CFF faces converted to TrueType, kept as font files in the user's cache folder under the
 * identity of their source (path, size, modification time, face) so that a font is converted
 * once per machine, not once per build.
 *
 * <p>Each entry carries its marker: the converter's version and the source's identity. An entry
 * is used only when it is whole (the font format's checksums) and its marker is the one expected;
 * else it is made again. Entries are written to a temporary file and moved into place, so two
 * builds converting the same font at once both find a whole file, and a build killed while
 * writing leaves no half entry.
 */
public final class ConversionCache {

    private final Path folder;

    public ConversionCache(Path folder) {
        this.folder = folder;
    }

    /** The cache in the user's cache folder. */
    static ConversionCache user() {
        return new ConversionCache(UserCacheFolder.current().resolve("fonts"));
    }

    public Path folder() {
        return folder;
    }

    /** What a face's entry must say of itself. */
    static String marker(FontFace face) throws IOException {
        BasicFileAttributes a = Files.readAttributes(face.file(), BasicFileAttributes.class);
        return "baogao CFF to TrueType " + CffToTrueType.VERSION + "\n" + face.file().toAbsolutePath().normalize()
                + "\n" + a.size() + "\n" + a.lastModifiedTime().toMillis() + "\n" + face.name();
    }

    /** The entry's file: the face's name for people, a digest of its source's identity for uniqueness. */
    Path entry(FontFace face) throws IOException {
        String identity = marker(face).substring(marker(face).indexOf('\n') + 1);
        String name = face.name().replaceAll("[^A-Za-z0-9_-]", "_");
        return folder.resolve(name + "-" + digest(identity).substring(0, 16) + ".ttf");
    }

    /** What reading an entry found. */
    public enum State { MISSING, FRESH, OTHER_VERSION, OTHER_SOURCE, DAMAGED }

    /**
     * An entry as read: its bytes when {@link State#FRESH}; else, for {@link State#DAMAGED}, what
     * is wrong with the file, for {@link State#OTHER_VERSION} the converter that made it.
     */
    public record Lookup(State state, byte[] font, String reason) {}

    public Lookup read(FontFace face) throws IOException {
        Path file = entry(face);
        if (!Files.isRegularFile(file)) return new Lookup(State.MISSING, null, null);
        byte[] bytes = Files.readAllBytes(file);
        String damage = CffToTrueType.damage(bytes);
        if (damage != null) return new Lookup(State.DAMAGED, null, damage);
        String marker = CffToTrueType.marker(bytes);
        String expected = marker(face);
        if (expected.equals(marker)) return new Lookup(State.FRESH, bytes, null);
        String version = marker == null ? "no" : marker.lines().findFirst().orElse("");
        if (marker != null && !version.equals(expected.lines().findFirst().orElse(""))) {
            return new Lookup(State.OTHER_VERSION, null, version.toLowerCase(Locale.ROOT));
        }
        return new Lookup(State.OTHER_SOURCE, null, null);
    }

    /** Stores a converted face; the entry appears whole or not at all. */
    public Path write(FontFace face, byte[] font) throws IOException {
        Path file = entry(face);
        WholeFile.replace(file, font);
        return file;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
