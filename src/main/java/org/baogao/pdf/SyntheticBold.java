package org.baogao.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Bold for fonts that have no bold face: most 仿宋 and 楷体 fonts, and the free Song that stands in
 * for 小标宋. The renderer draws bold text with a separate copy of the regular font; this pass
 * finds the text drawn with those copies and has it filled and stroked (text rendering mode 2),
 * which thickens every stroke as Word's and the PDF viewers' synthetic bold do.
 */
final class SyntheticBold {

    /** Stroke width as a fraction of the font size: 1/30 em thickens like a bold weight. */
    static final float STROKE_EM = 1f / 30f;

    private SyntheticBold() {}

    /** Rewrites the pages that use any of {@code fonts}; does nothing when none was used. */
    static void apply(PDDocument doc, List<PDFont> fonts) throws IOException {
        if (fonts.isEmpty()) return;
        Set<COSDictionary> bold = new HashSet<>();
        for (PDFont f : fonts) bold.add(f.getCOSObject());
        for (PDPage page : doc.getPages()) {
            Set<COSName> names = boldNames(page.getResources(), bold);
            if (!names.isEmpty()) rewrite(doc, page, names);
        }
    }

    /**
     * The resource names of the bold copies, by their dictionaries: {@code PDResources.getFont}
     * would make a font object of each, and before saving, a subset font has no font file yet,
     * so PDFBox would look for the font among the system's (parsing a whole Noto CJK collection
     * for each report).
     */
    private static Set<COSName> boldNames(PDResources resources, Set<COSDictionary> bold) {
        Set<COSName> names = new HashSet<>();
        if (resources == null) return names;
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) return names;
        for (COSName name : fonts.keySet()) {
            if (fonts.getDictionaryObject(name) instanceof COSDictionary f && bold.contains(f)) names.add(name);
        }
        return names;
    }

    /**
     * Rewrites each of the page's content streams on its own (a report page has two: its margins and
     * its content area, see {@link MarginLayer}), the graphics state running on from one to the next
     * as a viewer draws them.
     */
    private static void rewrite(PDDocument doc, PDPage page, Set<COSName> boldFonts) throws IOException {
        State state = new State();
        org.apache.pdfbox.cos.COSArray rewritten = new org.apache.pdfbox.cos.COSArray();
        for (java.util.Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
            PDStream s = streams.next();
            byte[] bytes;
            try (java.io.InputStream in = s.createInputStream()) {
                bytes = in.readAllBytes();
            }
            rewritten.add(rewrite(doc, new PDFStreamParser(bytes).parse(), boldFonts, state));
        }
        if (rewritten.size() == 1) page.setContents(new PDStream((org.apache.pdfbox.cos.COSStream) rewritten.getObject(0)));
        else page.getCOSObject().setItem(COSName.CONTENTS, rewritten);
    }

    /** What the rewriting carries from one content stream of a page to the next. */
    private static final class State {
        float lineWidth = 1f;
        List<COSBase> fill = List.of(COSInteger.ZERO, COSInteger.ZERO, COSInteger.ZERO);
        boolean stroking;
    }

    private static PDStream rewrite(PDDocument doc, List<Object> tokens, Set<COSName> boldFonts, State state) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size() + 64);
        List<COSBase> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                out.add(t);
                operands.add((COSBase) t);
                continue;
            }
            String name = op.getName();
            out.add(op);
            switch (name) {
                case "w" -> {
                    if (operands.size() == 1 && operands.get(0) instanceof COSNumber n) state.lineWidth = n.floatValue();
                }
                case "rg" -> state.fill = List.copyOf(operands);
                case "Tf" -> {
                    boolean bold = operands.size() == 2 && operands.get(0) instanceof COSName f && boldFonts.contains(f);
                    if (bold) {
                        float size = operands.get(1) instanceof COSNumber n ? n.floatValue() : 12f;
                        out.addAll(state.fill);
                        out.add(Operator.getOperator("RG"));
                        out.add(new COSFloat(size * STROKE_EM));
                        out.add(Operator.getOperator("w"));
                        out.add(COSInteger.get(2));
                        out.add(Operator.getOperator("Tr"));
                        state.stroking = true;
                    } else if (state.stroking) {
                        out.add(COSInteger.ZERO);
                        out.add(Operator.getOperator("Tr"));
                        state.stroking = false;
                    }
                }
                case "ET" -> {
                    if (state.stroking) {
                        // Tr and w outlive the text object: give the next drawing what it expects
                        out.add(COSInteger.ZERO);
                        out.add(Operator.getOperator("Tr"));
                        out.add(new COSFloat(state.lineWidth));
                        out.add(Operator.getOperator("w"));
                        state.stroking = false;
                    }
                }
                default -> { }
            }
            operands.clear();
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        return stream;
    }
}
