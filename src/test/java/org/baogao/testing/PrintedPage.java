package org.baogao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.baogao.testing.PdfProbe.Line;

/**
 * A GB/T 9704 page as the tests measure it, in PDF points from the page's top left: the text block
 * of A4 with margins of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right), and the page
 * number below it. One definition for the tests of baogao's PDF and of LibreOffice's rendering of
 * baogao's Word document, which must both print the same page.
 */
public final class PrintedPage {

    public static final float MM = 72 / 25.4f;
    public static final float LEFT = 28 * MM;
    public static final float RIGHT = LEFT + 156 * MM;
    public static final float TOP = 37 * MM;
    public static final float BOTTOM = TOP + 225 * MM;
    /** 22 lines in the 225 mm text block. */
    public static final float PITCH = 28.95f;

    private PrintedPage() {}

    /** A page's lines in the text block: not the page number below it. */
    public static List<Line> textLines(PdfProbe pdf, int page) throws IOException {
        return pdf.lines(page).stream().filter(l -> l.baseline() < BOTTOM + 5).toList();
    }

    /** The page number below the text block, which must be the page's one line there. */
    public static Line pageNumberLine(PdfProbe pdf, int page) throws IOException {
        List<Line> below = pdf.lines(page).stream().filter(l -> l.baseline() > BOTTOM + 5).toList();
        assertThat(below).as("page %d has one page-number line", page).hasSize(1);
        return below.get(0);
    }
}
