package org.baogao.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-to-one recoding of the characters of the search index, most frequent characters first, onto
 * the code points that are shortest in UTF-8: the commonest ninety-odd characters take one byte
 * and the next 1,900 two, where every Chinese character would otherwise take three. That halves
 * the index. Because each character maps to exactly one code, a substring of the text is a
 * substring of the recoded text, so the browser searches the recoded text as it is and decodes
 * only the snippets it shows.
 *
 * <p>The codes never need escaping inside a JavaScript string: they leave out quotes, backslash,
 * control characters, line terminators, surrogates and non-characters.
 */
final class Alphabet {

    private final int[] chars;
    private final int[] codes;
    // the Basic Multilingual Plane by array, where nearly every character is: a map lookup per
    // character was most of the time of writing a 1,000-report index (0: not in the alphabet)
    private final int[] bmpCode = new int[0x10000];
    private final Map<Integer, Integer> codeOf = new HashMap<>();

    private Alphabet(int[] chars) {
        this.chars = chars;
        this.codes = new int[chars.length];
        int slot = 0;
        for (int i = 0; i < chars.length; i++) {
            slot = nextSlot(slot);
            codes[i] = slot;
            if (chars[i] < 0x10000) bmpCode[chars[i]] = slot;
            else codeOf.put(chars[i], slot);
            slot++;
        }
    }

    /** The alphabet of {@code texts}, ranked by how often each character occurs in them. */
    static Alphabet of(List<String> texts) {
        int[] bmp = new int[0x10000];
        Map<Integer, Integer> counts = new HashMap<>();
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                    counts.merge(Character.toCodePoint(c, t.charAt(++i)), 1, Integer::sum);
                } else {
                    bmp[c]++;
                }
            }
        }
        for (int c = 0; c < bmp.length; c++) {
            if (bmp[c] > 0) counts.put(c, bmp[c]);
        }
        int[] ranked = counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .mapToInt(Map.Entry::getKey).toArray();
        return new Alphabet(ranked);
    }

    /** {@code text} in codes; every character of it must be in the alphabet. */
    String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                Integer found = codeOf.get(cp);
                code = found == null ? 0 : found;
                if (code == 0) throw new IllegalArgumentException("character U+" + Integer.toHexString(cp) + " is not in the alphabet");
            } else {
                code = bmpCode[c];
                if (code == 0) throw new IllegalArgumentException("character U+" + Integer.toHexString(c) + " is not in the alphabet");
            }
            if (code < 0x10000) out.append((char) code);
            else out.appendCodePoint(code);
        }
        return out.toString();
    }

    /** The characters, most frequent first. */
    String chars() {
        return new String(chars, 0, chars.length);
    }

    /** The code of each character of {@link #chars()}, in the same order. */
    String codes() {
        return new String(codes, 0, codes.length);
    }

    int size() {
        return chars.length;
    }

    /** The first usable code point at or after {@code cp}. */
    static int nextSlot(int cp) {
        while (!usable(cp)) cp++;
        return cp;
    }

    private static boolean usable(int cp) {
        if (cp < 0x20 || cp == '"' || cp == '\\' || cp >= 0x7F && cp < 0xA0) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) return false;
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) return false;
        if (cp > Character.MAX_CODE_POINT) throw new IllegalStateException("alphabet larger than Unicode");
        return true;
    }
}
