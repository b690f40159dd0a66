package org.baogao.similar;

import java.text.Normalizer;

/**
 * The text that the check compares: a report's body with what does not change its meaning taken
 * out. Whitespace and line breaks, punctuation, Markdown's marks and other symbols are dropped;
 * full-width letters and digits become half-width, Latin letters lower case, and the compatibility
 * forms that copying out of PDFs leaves (⼀ for 一) their ordinary characters. What is left is
 * letters (Han included) and digits, and every offset the check reports counts them.
 */
public final class Normaliser {

    private Normaliser() {}

    /** The normalised text of {@code body}. */
    public static String normalise(CharSequence body) {
        return run(body, null).toString();
    }

    /**
     * For each character of {@link #normalise(CharSequence) the normalised text}, the offset in
     * {@code body} of the character it came from; one more entry at the end holds {@code body}'s
     * length, so that an end offset maps too.
     */
    public static int[] sourceOffsets(CharSequence body) {
        return withOffsets(body).offsets();
    }

    /**
     * The normalised text of a body and, for each of its characters, where in the body it came from.
     *
     * @param text    {@link #normalise(CharSequence)} of the body
     * @param offsets {@link #sourceOffsets(CharSequence)} of the body
     */
    public record Normalised(String text, int[] offsets) {}

    /** Both at once, in one pass over the body. */
    public static Normalised withOffsets(CharSequence body) {
        IntList offsets = new IntList(body.length() + 1);
        String text = run(body, offsets).toString();
        offsets.add(body.length());
        return new Normalised(text, offsets.toArray());
    }

    private static StringBuilder run(CharSequence body, IntList offsets) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); ) {
            int cp = Character.codePointAt(body, i);
            int from = i;
            i += Character.charCount(cp);
            if (cp >= 0x4E00 && cp <= 0x9FFC) {
                // the common Han characters, nearly all of a report: letters with no case, kept as they are
                append(out, offsets, (char) cp, from);
                continue;
            }
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') append(out, offsets, (char) cp, from);
                else if (cp >= 'A' && cp <= 'Z') append(out, offsets, (char) (cp + 32), from);
                continue;
            }
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                // full-width ASCII: the same rule as its half-width form
                int half = cp - 0xFEE0;
                if (half >= 'a' && half <= 'z' || half >= '0' && half <= '9') append(out, offsets, (char) half, from);
                else if (half >= 'A' && half <= 'Z') append(out, offsets, (char) (half + 32), from);
                continue;
            }
            if (cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F) {
                // radicals and compatibility ideographs: Word and PDF text carry them for ordinary characters
                String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                cp = folded.codePointAt(0);
            }
            if (!Character.isLetterOrDigit(cp)) continue;
            cp = Character.toLowerCase(cp);
            if (Character.isBmpCodePoint(cp)) {
                append(out, offsets, (char) cp, from);
            } else {
                append(out, offsets, Character.highSurrogate(cp), from);
                append(out, offsets, Character.lowSurrogate(cp), from);
            }
        }
        return out;
    }

    private static void append(StringBuilder out, IntList offsets, char c, int from) {
        out.append(c);
        if (offsets != null) offsets.add(from);
    }
}
