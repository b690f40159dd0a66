package org.baogao.lint;

import java.util.List;

import org.baogao.fonts.GlyphCheck;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

/**
 * Characters that none of the configured fonts has, which the PDF would print as {@code #}: the
 * same check as the build's, but reported at every place the character is, before building.
 */
final class PrintableCheck implements Check {

    /** Past this many places, one character's further occurrences are summed up, not listed. */
    private static final int MAX_PLACES = 5;

    private final GlyphCheck glyphs;

    PrintableCheck(GlyphCheck glyphs) {
        this.glyphs = glyphs;
    }

    @Override
    public void check(LintDocument doc, Findings out) {
        String text = doc.text();
        List<Integer> missing = glyphs.missing(text);
        for (int cp : missing) {
            String ch = new String(Character.toChars(cp));
            int count = 0;
            for (int at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + ch.length())) {
                if (++count > MAX_PLACES) continue;
                out.add(Rule.UNPRINTABLE, at, Messages.get("lint.unprintable", GlyphCheck.describe(cp),
                        Invocation.command()));
            }
            if (count > MAX_PLACES) {
                out.add(Rule.UNPRINTABLE, text.indexOf(ch), Messages.get("lint.unprintable.more",
                        GlyphCheck.describe(cp), count - MAX_PLACES));
            }
        }
    }
}
