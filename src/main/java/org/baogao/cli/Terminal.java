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
     * {@code head} and {@code tail} cut to fit {@code columns} display columns, a Chinese character
     * counting two: the start of the tail (a path) is cut rather than its end, which names the file.
     */
    static String clip(String head, String tail, int columns) {
        if (Columns.width(head + tail) <= columns) return head + tail;
        String lead = head + "…";
        int budget = columns - Columns.width(lead);
        StringBuilder kept = new StringBuilder();
        for (int i = tail.length(); i > 0; ) {
            int cp = tail.codePointBefore(i);
            String c = new String(Character.toChars(cp));
            if (Columns.width(c) + Columns.width(kept.toString()) > budget) break;
            kept.insert(0, c);
            i -= Character.charCount(cp);
        }
        return lead + kept;
    }
}
