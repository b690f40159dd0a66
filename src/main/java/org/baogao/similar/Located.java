package org.baogao.similar;

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
        return in(body, Normaliser.sourceOffsets(body), bodyLine, start, end);
    }

    /** As {@link #in(String, int, int, int)}, with the body's {@link Normaliser#sourceOffsets} already made. */
    public static Located in(String body, int[] offsets, int bodyLine, int start, int end) {
        int from = offsets[start];
        int to = end == 0 ? 0 : offsets[end - 1] + Character.charCount(body.codePointAt(offsets[end - 1]));
        int line = bodyLine;
        for (int i = 0; i < from; i++) if (body.charAt(i) == '\n') line++;
        int lineStart = body.lastIndexOf('\n', from - 1) + 1;
        return new Located(line, body.codePointCount(lineStart, from) + 1, body.substring(from, to).replaceAll("\\s+", " "));
    }
}
