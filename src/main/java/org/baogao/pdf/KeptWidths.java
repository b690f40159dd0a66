package org.baogao.pdf;

import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

/**
 * The renderer's text renderer, keeping each width it measured for the rest of the document.
 *
 * <p>The line breaker measures every piece between two break opportunities, which in Chinese is
 * nearly every character, with PDFBox encoding the string and looking each glyph's width up, 8–10 %
 * of a build's CPU; the same characters come again and again on a page, and a page is laid out
 * again while {@link LineEnds} hangs and squeezes marks (one to seven layouts). A width is a
 * function of the font (a size and its faces, fixed once the renderer made it) and the string
 * alone, so the kept width is the one PDFBox would give again: the page is the same.
 *
 * <p>One per document: the fonts are the document's, and the renderer is used on one thread.
 */
final class KeptWidths extends PdfBoxTextRenderer {

    /** A string measured in a font; fonts are the renderer's own objects, compared by identity. */
    private record Measured(FSFont font, String text) {}

    private final Map<Measured, Integer> widths = new HashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        Measured key = new Measured(font, string);
        Integer kept = widths.get(key);
        if (kept != null) return kept;
        int width = super.getWidth(context, font, string);
        widths.put(key, width);
        return width;
    }
}
