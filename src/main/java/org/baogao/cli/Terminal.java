package org.baogao.cli;

/** What the commands need to know about where their output goes. */
final class Terminal {

    private Terminal() {}

    /** Whether a person is watching: standard input and output are both a terminal. */
    static boolean attached() {
        return System.console() != null;
    }

    /** The terminal's width in columns: {@code COLUMNS} when the shell exports it, else 80. */
    static int width() {
        try {
            int w = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
            return w >= 20 ? w : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /**
     * The text cut to fit {@code columns} display columns, a Chinese character counting two; the
     * start of a path is cut rather than its end, which names the file.
     */
    static String clip(String s, int columns) {
        if (Columns.width(s) <= columns) return s;
        int keepHead = s.indexOf("  ", s.indexOf(']')) + 2;
        if (keepHead < 2 || Columns.width(s.substring(0, keepHead)) + 2 >= columns) keepHead = 0;
        String head = s.substring(0, keepHead) + "…";
        int budget = columns - Columns.width(head);
        StringBuilder tail = new StringBuilder();
        for (int i = s.length(); i > keepHead; ) {
            int cp = s.codePointBefore(i);
            String c = new String(Character.toChars(cp));
            if (Columns.width(c) + Columns.width(tail.toString()) > budget) break;
            tail.insert(0, c);
            i -= Character.charCount(cp);
        }
        return head + tail;
    }
}
