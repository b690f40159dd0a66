package org.baogao.volume;

import java.util.List;

/**
 * A bound volume, as written.
 *
 * @param pages    its pages, cover and 目录 included
 * @param size     the PDF's size in bytes, as written
 * @param contents its reports in the order bound, with where each starts
 * @param layout   where its 目录 and its reports are, for the next binding ({@link BoundVolume}, less its key)
 * @param contentsTaken whether its 目录 was taken from the volume bound before, not set again
 * @param taken    how many reports' pages were taken from the volume bound before, not from their PDFs
 */
public record Volume(int pages, long size, List<Bound> contents, BoundVolume layout, boolean contentsTaken, int taken) {

    /**
     * One report in the volume.
     *
     * @param path      its path below the site
     * @param title     its title
     * @param firstPage the volume's page number on its first page
     * @param sheet     its first page counted from the cover, 1-based: where a viewer opens it
     * @param pages     its pages
     */
    public record Bound(String path, String title, int firstPage, int sheet, int pages) {}

    public Volume {
        contents = List.copyOf(contents);
    }
}
