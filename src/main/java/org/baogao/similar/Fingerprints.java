package org.baogao.similar;

/**
 * What the check keeps of one normalised text, and what a build caches of each report:
 *
 * <ul>
 * <li>{@code seeds}: k-grams of {@code min-chars}/2 + 1 characters in windows of the rest, so that
 *     a shared passage of {@code min-chars} characters always has one (the guarantee on the shortest
 *     passage found); each kept hash that two reports share is where a passage is looked for;
 * <li>{@code phrases}: grams of {@code min-chars} characters in windows of {@link #PHRASE_WINDOW},
 *     whose counts across the archive say which stretches are formulas: a gram that more reports
 *     carry than the limit marks its characters as not counting, in every report that has it.
 * </ul>
 */
public record Fingerprints(Winnowed seeds, Winnowed phrases) {

    /** Phrase grams are kept at least this densely: a formula is covered but for up to this many less one at each end. */
    static final int PHRASE_WINDOW = 8;

    static final Fingerprints NONE = new Fingerprints(Winnowed.NONE, Winnowed.NONE);

    /** The seeds' gram length for a guaranteed shortest passage: k and w as equal as can be, k ≥ w. */
    static int gram(int minChars) {
        return minChars / 2 + 1;
    }

    /** The seeds' window for a guaranteed shortest passage. */
    static int window(int minChars) {
        return minChars - gram(minChars) + 1;
    }

    /**
     * Whether these can be a text's of {@code length} characters: every gram inside it, in order.
     * What a cache read back is checked by before the check trusts it.
     */
    public boolean fit(int length) {
        return seeds.fit(length) && phrases.fit(length);
    }

    /** The fingerprints of a normalised text, for passages of at least {@code minChars}. */
    static Fingerprints of(char[] text, int minChars) {
        return new Fingerprints(Winnowed.of(text, gram(minChars), window(minChars)),
                Winnowed.of(text, minChars, PHRASE_WINDOW));
    }
}
