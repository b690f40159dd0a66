package org.baogao.site;

import org.baogao.layout.ByteSize;

/**
 * A meeting's bound volume (汇编) as the archive's pages link to it.
 *
 * @param href  the volume's PDF, relative to the site root
 * @param pages its pages
 * @param bytes its size
 */
public record VolumeLink(String href, int pages, long bytes) {

    /** Its size as people read it, {@code 3.2 MB}. */
    public String size() {
        return ByteSize.text(bytes);
    }
}
