package org.baogao.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text tables for the terminal. Chinese characters take two columns on a terminal; padding
 * by {@code String.length()} would misalign every row that has them.
 */
final class Columns {

    private final List<String[]> rows = new ArrayList<>();

    Columns add(String... cells) {
        rows.add(cells);
        return this;
    }

    String render() {
        int n = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[n];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], width(r[i]));
        }
        StringBuilder s = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) line.append(" ".repeat(widths[i] - width(r[i]) + 2));
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
        return s.toString();
    }

    /** {@code s} followed by spaces up to {@code columns} display columns. */
    static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        return s.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
