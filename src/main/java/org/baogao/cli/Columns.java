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
        return render("");
    }

    /** The table with {@code indent} before each line (kept on a line with nothing else). */
    String render(String indent) {
        int n = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[n];
        // each cell measured once: a 查重 table of a large archive has thousands of rows
        int[][] cells = new int[rows.size()][];
        int chars = 0;
        char[] buffer = new char[64];
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            cells[k] = new int[r.length];
            for (int i = 0; i < r.length; i++) {
                if (r[i].length() > buffer.length) buffer = new char[r[i].length()];
                r[i].getChars(0, r[i].length(), buffer, 0);
                cells[k][i] = width(buffer, r[i].length());
                widths[i] = Math.max(widths[i], cells[k][i]);
                chars += r[i].length() + 2;
            }
        }
        StringBuilder s = new StringBuilder(chars + rows.size() * (2 * n + 1 + indent.length()));
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            s.append(indent);
            int lineStart = s.length();
            for (int i = 0; i < r.length; i++) {
                s.append(r[i]);
                if (i < r.length - 1) for (int pad = widths[i] - cells[k][i] + 2; pad > 0; pad--) s.append(' ');
            }
            // the line without its trailing whitespace, as String.stripTrailing leaves it
            int end = s.length();
            while (end > lineStart) {
                int c = s.codePointBefore(end);
                if (!Character.isWhitespace(c)) break;
                end -= Character.charCount(c);
            }
            s.setLength(end);
            s.append('\n');
        }
        return s.toString();
    }

    /** {@code s} followed by spaces up to {@code columns} display columns. */
    static String pad(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        return width(s.toCharArray(), s.length());
    }

    /** The display width of the first {@code length} characters of {@code s}: read from an array, which is quicker than a string's charAt under the launcher's compiler. */
    private static int width(char[] s, int length) {
        int width = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c < 0x1100) {
                width++;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s[i + 1])) {
                width += isWide(Character.toCodePoint(c, s[++i])) ? 2 : 1;
            } else {
                width += isWide(c) ? 2 : 1;
            }
        }
        return width;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
