package org.baogao.fonts;

/**
 * The CSS {@code font-family} list of each role, for the print stylesheet. Each list ends in the
 * embedded wide-coverage fallbacks.
 *
 * @param pageNumbers        the page numbers' list: the Song face alone when it has their
 *                           characters. The renderer sizes a line by the largest ascent and
 *                           descent of every face in its list, so with the fallbacks the numbers
 *                           would sit lower by what the tallest fallback adds.
 * @param pageNumberPadding  the space above the page numbers' 14 pt line, in points, that puts
 *                           the ink of the dashes 7 mm below the text block in that Song face
 *                           (see {@link PageNumberPlacement})
 */
public record FontStacks(String title, String body, String heiti, String kaiti, String song, String pageNumbers,
        String pageNumberPadding) {}
