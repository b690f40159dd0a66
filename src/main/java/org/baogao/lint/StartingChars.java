package org.baogao.lint;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches exactly as {@link Matcher#find()} does, but tries the pattern only at
 * the positions where one of its matches can start: a regex of alternatives tried at every
 * character of a long Chinese text was a third of an HTML-only build, though a report seldom has
 * a single Latin letter. The lookbehinds still see the text before each position (transparent
 * bounds), and after a match the search goes on from its end, as {@code find} does.
 */
final class StartingChars {

    private final Pattern pattern;
    /** By character: whether a match can start with it (a table: this is asked of every character of every report). */
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    /**
     * @param pattern a pattern none of whose matches is empty
     * @param starts  every character a match can begin with (for a case-insensitive pattern, in both cases)
     */
    StartingChars(Pattern pattern, String starts) {
        this.pattern = pattern;
        for (int i = 0; i < starts.length(); i++) this.starts[starts.charAt(i)] = true;
    }

    void forEach(String text, Consumer<MatchResult> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!starts[text.charAt(i)]) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                action.accept(m.toMatchResult());
                i = m.end();
            } else {
                i++;
            }
        }
    }
}
