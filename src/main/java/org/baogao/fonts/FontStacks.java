package org.baogao.fonts;

/**
 * The CSS {@code font-family} list of each role, for the print stylesheet. Each list ends in the
 * embedded wide-coverage fallbacks.
 *
 * @param pageNumbers the page numbers' list: the Song face alone when it has their characters.
 *                    The renderer sizes a line by the largest ascent and descent of every face in
 *                    its list, so with the fallbacks the numbers would sit lower by what the
 *                    tallest fallback adds; alone, a 14 pt line holds the Song's em box exactly,
 *                    and "7 mm below the text block" is 7 mm of padding whatever the font.
 */
public record FontStacks(String title, String body, String heiti, String kaiti, String song, String pageNumbers) {}
