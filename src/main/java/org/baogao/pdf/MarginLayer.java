package org.baogao.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A report page's margin areas, in a content stream of their own: what the print stylesheet draws in
 * its {@code @page} margin boxes, which is the page number. A page of a report's PDF has two content
 * streams, the margins and then the text block; a viewer draws them one after the other, so the page
 * is exactly what the renderer painted. A bound volume takes the text block as it is and leaves the
 * margins out, to print its own page numbers: the report's page is reused, not typeset again.
 *
 * <p>The renderer paints a page's background, then its margin boxes, then clips to the page's content
 * area ({@code q}, the area's path, {@code W n}) and paints the content inside. The margins are what
 * comes before that {@code q}.
 */
public final class MarginLayer {

    private MarginLayer() {}

    /**
     * Splits each page's content, written uncompressed by the renderer, into the margins and the
     * content area, both compressed. A page whose content is not one stream, or has no clip, is
     * only compressed.
     */
    static void separate(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            Iterator<PDStream> streams = page.getContentStreams();
            if (!streams.hasNext()) continue;
            PDStream only = streams.next();
            if (streams.hasNext()) continue;
            byte[] content;
            try (InputStream in = only.createInputStream()) {
                content = in.readAllBytes();
            }
            int split = contentAreaStart(content);
            if (split < 0) {
                page.setContents(compressed(doc, content, 0, content.length));
                continue;
            }
            COSArray parts = new COSArray();
            parts.add(compressed(doc, content, 0, split));
            parts.add(compressed(doc, content, split, content.length));
            page.getCOSObject().setItem(COSName.CONTENTS, parts);
        }
    }

    /** Where the content area's clip begins: the offset of the first {@code q}; -1 when there is none. */
    private static int contentAreaStart(byte[] content) throws IOException {
        Tokens tokens = new Tokens(content);
        long before = 0;
        for (Object t = tokens.parseNextToken(); t != null; t = tokens.parseNextToken()) {
            if (t instanceof Operator op && op.getName().equals("q")) return (int) before;
            before = tokens.position();
        }
        return -1;
    }

    /** The stream parser, telling how far it has read. */
    private static final class Tokens extends PDFStreamParser {
        Tokens(byte[] bytes) {
            super(bytes);
        }

        long position() throws IOException {
            return source.getPosition();
        }
    }

    private static PDStream compressed(PDDocument doc, byte[] bytes, int from, int to) throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes, from, to - from);
        }
        return stream;
    }

    /** A page of a report, as a bound volume uses it: its margins apart from the rest. */
    public record Parts(COSStream margins, List<COSStream> contentArea) {}

    /** The page's margins and content area; empty when the page was not made by {@link #separate}. */
    public static Optional<Parts> of(PDPage page) {
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray array) || array.size() < 2) {
            return Optional.empty();
        }
        List<COSStream> streams = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.getObject(i) instanceof COSStream s)) return Optional.empty();
            streams.add(s);
        }
        return Optional.of(new Parts(streams.get(0), List.copyOf(streams.subList(1, streams.size()))));
    }

    /**
     * Where the margins print text, as one extent: the page number. Empty when they print none (a
     * cover, a page the stylesheet leaves unnumbered).
     *
     * @param left     the left edge of the first text drawn, in points from the page's left
     * @param right    the right edge of the last text drawn
     * @param baseline its baseline, in points from the page's bottom
     * @param size     its font size
     */
    public record TextExtent(float left, float right, float baseline, float size) {
        public float centre() {
            return (left + right) / 2;
        }
    }

    /** The extent of the text that the margins print (the renderer writes absolute text matrices). */
    public static Optional<TextExtent> text(Parts parts, PDResources resources) throws IOException {
        List<Object> tokens = tokens(parts.margins());
        float left = Float.NaN, right = Float.NaN, baseline = Float.NaN, size = 0, x = 0;
        COSName font = null;
        List<COSBase> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add((COSBase) t);
                continue;
            }
            switch (op.getName()) {
                case "Tf" -> {
                    if (operands.size() == 2 && operands.get(0) instanceof COSName name && operands.get(1) instanceof COSNumber n) {
                        font = name;
                        size = n.floatValue();
                    }
                }
                case "Tm" -> {
                    if (operands.size() == 6 && operands.get(4) instanceof COSNumber tx && operands.get(5) instanceof COSNumber ty) {
                        x = tx.floatValue();
                        if (Float.isNaN(left)) {
                            left = x;
                            baseline = ty.floatValue();
                        }
                    }
                }
                case "Tj" -> {
                    if (operands.size() == 1 && operands.get(0) instanceof COSString s && font != null && resources != null) {
                        Float w = width(resources, font, s.getBytes());
                        if (w != null) right = x + w * size;
                    }
                }
                default -> { }
            }
            operands.clear();
        }
        if (Float.isNaN(left) || Float.isNaN(right)) return Optional.empty();
        return Optional.of(new TextExtent(left, right, baseline, size));
    }

    /** The margins without their text: the graphics state they set, which the content area inherits. */
    public static byte[] withoutText(Parts parts) throws IOException {
        List<Object> kept = new ArrayList<>();
        boolean inText = false;
        List<Object> operands = new ArrayList<>();
        for (Object t : tokens(parts.margins())) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            if (op.getName().equals("BT")) inText = true;
            if (!inText) {
                kept.addAll(operands);
                kept.add(op);
            }
            if (op.getName().equals("ET")) inText = false;
            operands.clear();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        new ContentStreamWriter(out).writeTokens(kept);
        return out.toByteArray();
    }

    private static List<Object> tokens(COSStream stream) throws IOException {
        byte[] bytes;
        try (InputStream in = stream.createInputStream()) {
            bytes = in.readAllBytes();
        }
        return new PDFStreamParser(bytes).parse();
    }

    /** The width of a string in the named font, in text space units per point of size; null without the font. */
    private static Float width(PDResources resources, COSName name, byte[] bytes) throws IOException {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        Optional<Float> read = CidWidths.of(fonts == null ? null : fonts.getCOSDictionary(name)).flatMap(w -> w.width(bytes));
        if (read.isPresent()) return read.get() / 1000f;
        PDFont font = resources.getFont(name);
        if (font == null) return null;
        float w = 0;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            while (in.available() > 0) w += font.getWidth(font.readCode(in));
        }
        return w / 1000f;
    }
}
