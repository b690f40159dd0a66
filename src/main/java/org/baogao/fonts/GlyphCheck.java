package org.baogao.fonts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the characters of a text that no font of the chain can print. The renderer would print
 * them as {@code #}; we refuse instead, naming each character, so that no report goes to the
 * printer with a hole in it.
 */
public final class GlyphCheck {

    private final List<FontFace> chain;

    public GlyphCheck(FontRegistry fonts) {
        this.chain = fonts.commonChain();
    }

    /** The distinct code points of {@code text} that no font covers, in order of appearance. */
    public List<Integer> missing(String text) {
        FontCache cache = FontCache.current();
        Set<Integer> seen = new LinkedHashSet<>();
        List<Integer> missing = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (cp < 0x21 || Character.isWhitespace(cp) || Character.isISOControl(cp) || isInvisible(cp)) return;
            if (!seen.add(cp)) return;
            for (FontFace f : chain) {
                if (cache.covers(f, cp)) return;
            }
            missing.add(cp);
        });
        return missing;
    }

    /** Format characters draw nothing; the renderer does not look them up. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK && cp >= 0xFE00 && cp <= 0xFE0F;
    }

    /** {@code '😀' (U+1F600)}. */
    public static String describe(int cp) {
        return "'" + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp) + ")";
    }
}
