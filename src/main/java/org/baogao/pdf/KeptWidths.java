package org.baogao.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** Per font (the renderer's own objects, compared by identity), each string's width. */
    private final Map<FSFont, Map<String, Integer>> widths = new IdentityHashMap<>();
    /** The font asked for last: the breaker measures a text's pieces one after another in its font. */
    private FSFont lastFont;
    private Map<String, Integer> last;

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (font != lastFont) {
            lastFont = font;
            last = widths.computeIfAbsent(font, f -> new HashMap<>());
        }
        Map<String, Integer> kept = last;
        Integer width = kept.get(string);
        if (width == null) {
            // the super class measures a long string's parts through this method: the map is the font's all the same
            width = super.getWidth(context, font, string);
            kept.put(string, width);
        }
        return width;
    }
}
