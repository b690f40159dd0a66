package org.baogao.similar;

import java.util.Arrays;

/**
 * A passage as written in the report's source: where it starts and its text with punctuation,
 * whitespace run together.
 *
 * @param line   the 1-based line of the source file the passage starts on
 * @param column the 1-based column, in characters, it starts at on that line
 * @param text   the passage as written, from its first character to its last
 */
public record Located(int line, int column, String text) {

    /**
     * Where the normalised span {@code start}–{@code end} of {@code body} is written.
     *
     * @param bodyLine the source line {@code body} starts on
     */
    public static Located in(String body, int bodyLine, int start, int end) {
        return new Body(body, bodyLine).at(start, end);
    }

    /**
     * One report's body, for locating many passages in it: its {@link Normaliser#sourceOffsets}
     * and where its lines start are worked out once, so that a passage's line is found by a binary
     * search rather than by counting the line breaks before it (a report of an archive of stock
     * phrases has a passage with each of hundreds of sources).
     */
    public static final class Body {
        private final String body;
        private final int bodyLine;
        private final int[] offsets;
        /** Where each line break of the body is, in order. */
        private final int[] breaks;

        /** @param bodyLine the source line {@code body} starts on */
        public Body(String body, int bodyLine) {
            this.body = body;
            this.bodyLine = bodyLine;
            this.offsets = Normaliser.sourceOffsets(body);
            int count = 0;
            for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') count++;
            breaks = new int[count];
            for (int i = 0, k = 0; i < body.length(); i++) if (body.charAt(i) == '\n') breaks[k++] = i;
        }

        /** Where the normalised span {@code start}–{@code end} of the body is written. */
        public Located at(int start, int end) {
            int from = offsets[start];
            int to = end == 0 ? 0 : offsets[end - 1] + Character.charCount(body.codePointAt(offsets[end - 1]));
            // the line breaks before from: as many as the insertion point of from among them
            int before = Arrays.binarySearch(breaks, from);
            if (before < 0) before = -before - 1;
            int lineStart = before == 0 ? 0 : breaks[before - 1] + 1;
            return new Located(bodyLine + before, body.codePointCount(lineStart, from) + 1, spaced(body, from, to));
        }

        /** The body from {@code from} to {@code to}, each run of whitespace ({@code \s}: space, tab, line breaks, form feed, vertical tab) one space. */
        private static String spaced(String body, int from, int to) {
            StringBuilder s = new StringBuilder(to - from);
            boolean space = false;
            for (int i = from; i < to; i++) {
                char c = body.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    if (!space) s.append(' ');
                    space = true;
                } else {
                    s.append(c);
                    space = false;
                }
            }
            return s.toString();
        }
    }
}
