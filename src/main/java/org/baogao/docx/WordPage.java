package org.baogao.docx;

/**
 * The page of GB/T 9704-2012 in Word's units: twips (twentieths of a point) for lengths, half
 * points for font sizes, hundredths of a character for indents in characters.
 *
 * <p>The text block is 156 × 225 mm at 37 mm from the top and 28 mm from the left; its 22 lines
 * share the PDF's pitch of 28.95 pt, and its 28 characters a pitch that Word derives from the
 * document grid: the normal style's 16 pt plus {@link #CHAR_SPACE}.
 */
final class WordPage {

    static final int TWIPS_PER_POINT = 20;

    static final int WIDTH = mm(210);
    static final int HEIGHT = mm(297);
    static final int TOP = mm(37);
    static final int BOTTOM = mm(35);
    static final int LEFT = mm(28);
    static final int RIGHT = mm(26);
    static final int HEADER = mm(15);

    static final int LINES = 22;
    static final int CHARACTERS = 28;
    /** 28.95 pt, as the PDF sets its lines (225 mm / 22 = 28.99 pt, rounded down so that 22 fit). */
    static final int LINE_PITCH = 579;

    /** 3号, the body's size, which the grid's character pitch starts from. */
    static final int BODY_POINTS = 16;
    /** 4号, the page number's size; also the page number's distance from the text block's edge (1 字). */
    static final int PAGE_NUMBER_POINTS = 14;

    /**
     * How the grid changes the pitch of the body's characters, in 4096ths of a point: the text
     * block's width over 28, less 16 pt, rounded down so that 28 characters always fit.
     */
    static final int CHAR_SPACE = (int) Math.floor(
            ((WIDTH - LEFT - RIGHT) / (double) TWIPS_PER_POINT / CHARACTERS - BODY_POINTS) * 4096);

    /**
     * The footer's distance from the page's lower edge, to the bottom of its line: the page
     * number's 14 pt line then starts 7 mm below the text block (GB/T 9704 7.5: 一字线上距版心下边缘7mm).
     */
    static final int FOOTER = mm(35 - 7) - PAGE_NUMBER_POINTS * TWIPS_PER_POINT;

    private WordPage() {}

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 72 / 25.4 * TWIPS_PER_POINT);
    }

    /** A length in characters as Word's {@code …Chars} attributes count it: hundredths. */
    static int chars(double characters) {
        return (int) Math.round(characters * 100);
    }
}
