package org.baogao.pdf;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JDK line breaker's boundaries of each text a document's layouts ask about, found once.
 *
 * <p>The renderer asks for a text's breaks from each line's start to where the line is full, and
 * asks again in every layout of the page (one to seven, see {@link LineEnds}), which also reads
 * each paragraph's breaks once a layout: the JDK's rule-based breaker was 4–5 % of a build's CPU.
 * Boundaries are a property of the text alone, so a text's are kept as far as they were asked for,
 * with the breaker that found them, to go on from there; the renderer gets the same breaks.
 *
 * <p>Texts longer than {@link #LONGEST} are not kept: the renderer asks about each line's rest of
 * a text, and keeping every rest of a very long one would hold its square in memory.
 */
final class KeptBreaks {

    /** Longer than a long paragraph: such texts are broken afresh each time. */
    static final int LONGEST = 4_000;

    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(Locale.US);

    private final Map<String, Boundaries> kept = new HashMap<>();

    /** The boundaries of {@code text}, kept when it is not too long. */
    Boundaries of(String text) {
        if (text.length() > LONGEST) return new Boundaries(text);
        return kept.computeIfAbsent(text, Boundaries::new);
    }

    /** A text's boundaries after its start, in order, found as they are asked for. */
    static final class Boundaries {
        /** The breaker, positioned after the last boundary found; null once it has found them all. */
        private BreakIterator breaker;
        private int[] found = new int[16];
        private int count;

        Boundaries(String text) {
            breaker = (BreakIterator) PROTOTYPE.clone();
            breaker.setText(text);
        }

        /** The {@code k}-th boundary after the text's start (from 0), or {@link BreakIterator#DONE} past the last. */
        int get(int k) {
            while (k >= count && breaker != null) {
                int b = breaker.next();
                if (b == BreakIterator.DONE) {
                    breaker = null;
                } else {
                    if (count == found.length) found = Arrays.copyOf(found, count * 2);
                    found[count++] = b;
                }
            }
            return k < count ? found[k] : BreakIterator.DONE;
        }
    }
}
