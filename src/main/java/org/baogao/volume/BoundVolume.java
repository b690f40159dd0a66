package org.baogao.volume;

import java.util.List;

/**
 * What the build cache keeps of a bound volume: its key, its pages, and where each report's pages
 * are in it, so that the next binding can take the pages of the reports that did not change from
 * it, and its 目录 when that did not change either, instead of opening every report's PDF and
 * setting the 目录 again (a meeting of 125 reports, one of them edited).
 *
 * @param key          the key of what it binds ({@link Volumes}); a volume is bound again when it changes
 * @param pages        its pages, cover and 目录 included; -1 when not known (a cache of before)
 * @param salt         the key of what every volume depends on (settings, fonts, version, templates) when
 *                     it was bound: pages are taken from it only under the same
 * @param contentsKey  the key of what its 目录 shows
 * @param contentsFrom the index of the 目录's first page (after the cover and its blank back)
 * @param contents     the 目录's pages, without the blank page that may follow
 * @param front        the pages before the first report's
 * @param parts        its reports, in the order bound
 */
public record BoundVolume(String key, int pages, String salt, String contentsKey, int contentsFrom, int contents, int front,
        List<Part> parts) {

    /**
     * One report in a bound volume.
     *
     * @param path   its path below the site
     * @param pdfKey the key of the PDF its pages were taken from
     * @param start  the volume's page number on its first page (its first page is {@code front + start - 1})
     * @param pages  its pages
     */
    public record Part(String path, String pdfKey, int start, int pages) {}

    public BoundVolume {
        parts = List.copyOf(parts);
    }

    /** The key of a volume whose binding failed: it matches no volume's key, so the next build binds it again. */
    static final String FAILED = "failed";

    /**
     * A volume whose binding failed, kept in the cache so that the next build, even one in which
     * nothing changed, finds it missing from the site and tries again, rather than call the archive
     * whole without it.
     */
    public static BoundVolume failed() {
        return keyOnly(FAILED);
    }

    /** A volume of which only the key is known (a cache written before the rest was kept): bound again whole. */
    public static BoundVolume keyOnly(String key) {
        return new BoundVolume(key, -1, "", "", 0, 0, 0, List.of());
    }
}
