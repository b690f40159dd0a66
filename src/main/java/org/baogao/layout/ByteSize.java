package org.baogao.layout;

import java.util.Locale;

/** File sizes as a download link states them. */
public final class ByteSize {
    private ByteSize() {}

    public static String text(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024.0) + " KB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
