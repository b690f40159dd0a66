package org.baogao.fonts;

import java.nio.file.Path;

/**
 * What the font stage tells the user, one line each, naming the file and what was done. Kept in
 * one place so that the messages move together into the message catalogue.
 */
final class FontNotices {

    private FontNotices() {}

    static String converting(FontFace face, Path cache) {
        return "font " + face.file() + " (" + face.name() + "): CFF outlines, converting to TrueType once (kept in " + cache + ") …";
    }

    static String converted(FontFace face, int glyphs, long millis) {
        return String.format("font %s (%s): %,d glyphs converted in %.1f s", face.file(), face.name(), glyphs, millis / 1000.0);
    }

    static String entryDamaged(FontFace face, String reason) {
        return "font cache entry of " + face.file() + " (" + face.name() + ") " + reason + ": converting again …";
    }

    static String entryOutdated(FontFace face, String reason) {
        return "font cache entry of " + face.file() + " (" + face.name() + ") " + reason + ": converting again …";
    }

    static String cacheUnwritable(FontFace face, Path cache, Exception e) {
        return "font cache " + cache + " cannot be written (" + e.getMessage() + "): " + face.file()
                + " is converted for this run only";
    }

    static String notConverted(FontFace face, Exception e) {
        return "font " + face.file() + " (" + face.name() + "): CFF outlines that cannot be converted (" + e.getMessage()
                + "), not used";
    }
}
