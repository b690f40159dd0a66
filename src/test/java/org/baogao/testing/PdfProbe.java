package org.baogao.testing;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back the way a person holding it would: the text in reading order, and each glyph
 * where it sits on the page, in points from the top-left corner, with its font.
 */
public final class PdfProbe implements AutoCloseable {

    /** One glyph: its text, left edge, baseline and right edge from the page's top-left, font and size. */
    public record Glyph(String text, float x, float baseline, float right, String font, float size, float ascent,
            int renderingMode) {
        /** The top of the glyph's em box, by the font's own ascent. */
        public float top() {
            return baseline - ascent * size / 1000f;
        }
    }

    /** Glyphs sharing a baseline, left to right. */
    public record Line(float baseline, List<Glyph> glyphs) {
        public String text() {
            StringBuilder s = new StringBuilder();
            for (Glyph g : glyphs) s.append(g.text());
            return s.toString();
        }

        public float left() {
            return glyphs.get(0).x();
        }

        public float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        public Glyph first() {
            return glyphs.get(0);
        }
    }

    private final PDDocument doc;

    private PdfProbe(PDDocument doc) {
        this.doc = doc;
    }

    public static PdfProbe open(Path pdf) throws IOException {
        return new PdfProbe(Loader.loadPDF(pdf.toFile()));
    }

    public PDDocument document() {
        return doc;
    }

    public int pages() {
        return doc.getNumberOfPages();
    }

    public PDRectangle mediaBox(int page) {
        return doc.getPage(page - 1).getMediaBox();
    }

    /** The whole text in reading order, as PDFBox extracts it. */
    public String text() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    /** Every glyph of a page (1-based), in content order. */
    public List<Glyph> glyphs(int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                PDFont f = t.getFont();
                float ascent = f.getFontDescriptor() == null ? 880 : f.getFontDescriptor().getAscent();
                out.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                        f.getName(), t.getFontSize(), ascent,
                        getGraphicsState().getTextState().getRenderingMode().intValue()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(doc, new StringWriter());
        return out;
    }

    /** A glyph's ink: the top and bottom of its outline, in points from the page's top. */
    public record Ink(String text, float top, float bottom) {}

    /** The ink of each glyph of a page that draws {@code text}, by the glyph's outline in its embedded font. */
    public List<Ink> ink(int page, String text) throws IOException {
        List<Ink> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!text.equals(t.getUnicode()) || !(t.getFont() instanceof PDVectorFont font)) return;
                try {
                    // glyph space, 1000 units per em, y up; flattened, as a path's bounds include its control points
                    float max = -Float.MAX_VALUE;
                    float min = Float.MAX_VALUE;
                    double[] c = new double[6];
                    for (PathIterator it = font.getNormalizedPath(t.getCharacterCodes()[0]).getPathIterator(null, 0.5); !it.isDone(); it.next()) {
                        if (it.currentSegment(c) == PathIterator.SEG_CLOSE) continue;
                        max = Math.max(max, (float) c[1]);
                        min = Math.min(min, (float) c[1]);
                    }
                    if (max < min) return;
                    float scale = t.getFontSize() / 1000f;
                    out.add(new Ink(text, t.getYDirAdj() - max * scale, t.getYDirAdj() - min * scale));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(doc, new StringWriter());
        return out;
    }

    /**
     * How many dark pixels the page shows in a rectangle, given in points from the page's top-left,
     * rendered as a viewer or printer draws it (at 4 pixels per point): what is clipped away shows none.
     */
    public int darkPixels(int page, float left, float top, float right, float bottom) throws IOException {
        float scale = 4;
        java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                .renderImage(page - 1, scale, org.apache.pdfbox.rendering.ImageType.GRAY);
        int dark = 0;
        for (int y = Math.max(0, (int) (top * scale)); y < Math.min(image.getHeight(), (int) (bottom * scale)); y++) {
            for (int x = Math.max(0, (int) (left * scale)); x < Math.min(image.getWidth(), (int) (right * scale)); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) dark++;
            }
        }
        return dark;
    }

    /** The glyphs of a page grouped into lines by baseline (within 1 pt), top to bottom. */
    public List<Line> lines(int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>(glyphs(page));
        glyphs.removeIf(g -> g.text().isBlank());
        glyphs.sort((a, b) -> Math.abs(a.baseline() - b.baseline()) < 1f ? Float.compare(a.x(), b.x())
                : Float.compare(a.baseline(), b.baseline()));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && Math.abs(g.baseline() - base) >= 1f) {
                lines.add(new Line(base, List.copyOf(current)));
                current.clear();
            }
            if (current.isEmpty()) base = g.baseline();
            current.add(g);
        }
        if (!current.isEmpty()) lines.add(new Line(base, List.copyOf(current)));
        return lines;
    }

    /** The fonts used on every page. */
    public List<PDFont> fonts() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                if (fonts.stream().noneMatch(x -> x.getName().equals(f.getName()))) fonts.add(f);
            }
        }
        return fonts;
    }

    /** The outline (bookmarks) as indented titles, in document order. */
    public List<String> outline() {
        List<String> out = new ArrayList<>();
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline != null) collect(outline.children(), 0, out);
        return out;
    }

    private static void collect(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
            int depth, List<String> out) {
        for (var item : items) {
            out.add("  ".repeat(depth) + item.getTitle());
            collect(item.children(), depth + 1, out);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
