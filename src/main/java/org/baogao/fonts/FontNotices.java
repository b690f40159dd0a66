package org.baogao.fonts;

import java.nio.file.Path;

import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * What the font stage tells the user, one line each, naming the file and what was done, in the
 * user's language (the catalogue's {@code font.} keys). The details in parentheses are the
 * font reader's or the file system's own words.
 */
final class FontNotices {

    private FontNotices() {}

    static String converting(FontFace face, Path cache) {
        return Messages.get("font.converting", face.file(), face.name(), cache);
    }

    static String converted(FontFace face, int glyphs, long millis) {
        return Messages.get("font.converted", face.file(), face.name(), glyphs, millis / 1000.0);
    }

    static String entryDamaged(FontFace face, String detail) {
        return Messages.get("font.entry-damaged", face.file(), face.name(), detail);
    }

    static String entryFromAnotherFile(FontFace face) {
        return Messages.get("font.entry-other-file", face.file(), face.name());
    }

    static String entryOutdated(FontFace face, String version) {
        return Messages.get("font.entry-outdated", face.file(), face.name(), version);
    }

    static String cacheUnwritable(FontFace face, Path cache, Exception e) {
        return Messages.get("font.cache-unwritable", cache, detail(e), face.file());
    }

    static String notConverted(FontFace face, Exception e) {
        return Messages.get("font.not-converted", face.file(), face.name(), detail(e));
    }

    static String folderUnlisted(Path folder, Exception e) {
        return Messages.get("font.skipped.folder", folder, detail(e));
    }

    static String sameName(Path file, String name) {
        return Messages.get("font.skipped.same-name", file, name);
    }

    static String damagedFile(Path file, Exception e) {
        return Messages.get("font.skipped.damaged", file, detail(e));
    }

    static String noOutlines(Path file, String name) {
        return Messages.get("font.skipped.no-outlines", file, name);
    }

    static String nameless(Path file) {
        return Messages.get("font.skipped.nameless", file);
    }

    /** The file system's failures in the user's words; a font reader's (FontBox's) as it said them, for whoever mends fonts. */
    private static String detail(Exception e) {
        if (e instanceof java.io.IOException) return Causes.of(e);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
