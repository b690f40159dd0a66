package org.baogao.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.baogao.layout.PageModel;
import org.baogao.layout.Signature;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a report's print page, as its type's layout made it for the PDF, into a Word document's
 * body: each block in the style of its role, each heading sentence of a run-in paragraph in its
 * level's character style. Reading the print page rather than the Markdown keeps the Word document
 * the same document as the PDF, with whatever a type's layout adds (a closing, an attachment note).
 */
final class ContentWriter {

    /** How a stretch of text is set inside a paragraph. */
    private record Format(boolean bold, boolean italic, String characterStyle, VerticalAlign position) {
        static final Format PLAIN = new Format(false, false, null, null);

        Format withBold() {
            return new Format(true, italic, characterStyle, position);
        }

        Format withItalic() {
            return new Format(bold, true, characterStyle, position);
        }

        Format withStyle(String style) {
            return new Format(bold, italic, style, position);
        }

        Format at(VerticalAlign p) {
            return new Format(bold, italic, characterStyle, p);
        }
    }

    private final XWPFDocument doc;
    private final WordTemplate template;
    private final PageModel model;
    /** Set after a cover: the next paragraph starts the body's first page. */
    private boolean breakBefore;

    ContentWriter(XWPFDocument doc, WordTemplate template, PageModel model) {
        this.doc = doc;
        this.template = template;
        this.model = model;
    }

    /** The children of the print page's {@code article.document}, in order. */
    void write(Element article) throws DocxException {
        for (Element e : article.children()) {
            if (e.is("section.cover")) {
                write(e);
                breakBefore = true;
            } else if (e.is("p.marking")) {
                inlineParagraph(WordStyle.MARKING, e);
            } else if (e.is("h1.title")) {
                title();
            } else if (e.is("div.byline")) {
                byline(e);
            } else if (e.is("div.body")) {
                blocks(e);
            } else if (e.is("p.closing")) {
                inlineParagraph(WordStyle.CLOSING, e);
            } else if (e.is("div.signature")) {
                signature(e);
            } else {
                block(e);
            }
        }
    }

    /** The title's balanced lines (TitleLines), as line breaks in one paragraph. */
    private void title() throws DocxException {
        XWPFParagraph p = paragraph(WordStyle.TITLE);
        List<String> lines = model.titleLines();
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun r = p.createRun();
            r.setText(lines.get(i));
            if (i < lines.size() - 1) r.addBreak();
        }
    }

    /** {@code under-title}: post and name, then the date in （）, centred under the title. */
    private void byline(Element byline) throws DocxException {
        List<Element> lines = byline.children();
        if (lines.isEmpty()) return;
        // the title's blank line goes below the byline
        XWPFParagraph title = lastParagraph();
        if (title != null) Formats.spaceAfter(pPr(title), 0);
        XWPFParagraph last = null;
        for (Element line : lines) last = inlineParagraph(WordStyle.BYLINE, line);
        Formats.spaceAfter(pPr(last), WordPage.LINE_PITCH);
    }

    /**
     * The 落款, placed by {@link Signature} as in the PDF: the issuer two characters in from the
     * right, the date shifted two characters right of the issuer's start; a blank line above.
     */
    private void signature(Element block) throws DocxException {
        Element issuer = block.selectFirst("p.issuer");
        Element date = block.selectFirst("p.date");
        Signature s = Signature.place(issuer == null ? "" : issuer.text(), date == null ? "" : date.text());
        boolean both = !s.issuer().isEmpty() && !s.date().isEmpty();
        if (!s.issuer().isEmpty()) signatureLine(s.issuer(), s.issuerPad(), true);
        if (!s.date().isEmpty()) signatureLine(s.date(), s.datePad(), !both);
    }

    private void signatureLine(String text, double pad, boolean first) throws DocxException {
        XWPFParagraph p = paragraph(WordStyle.SIGNATURE);
        Formats.indent(pPr(p), 0, 0, pad);
        if (first) Formats.spaceBefore(pPr(p), WordPage.LINE_PITCH);
        p.createRun().setText(text);
    }

    /** The blocks of the body, or of any container, in order. */
    private void blocks(Element container) throws DocxException {
        for (Element e : container.children()) block(e);
    }

    private void block(Element e) throws DocxException {
        int level = level(e);
        if (e.is("h1, h2, h3, h4, h5, h6")) {
            inlineParagraph(WordStyle.heading(level == 0 ? 1 : level), e);
        } else if (e.is("p.run-in")) {
            runIn(e, level == 0 ? 2 : level);
        } else if (e.is("p")) {
            inlineParagraph(WordStyle.BODY, e);
        } else if (e.is("table")) {
            table(e);
        } else if (e.is("ul, ol")) {
            list(e);
        } else if (e.is("blockquote")) {
            for (Element inner : e.children()) {
                XWPFParagraph before = lastParagraph();
                block(inner);
                XWPFParagraph p = lastParagraph();
                if (p != null && p != before) Formats.indent(pPr(p), 2, 2, 2);
            }
        } else if (e.is("pre")) {
            for (String line : e.wholeText().split("\n")) {
                XWPFParagraph p = paragraph(WordStyle.BODY);
                p.createRun().setText(line);
            }
        } else if (e.is("hr, img, br, script, style")) {
            // nothing to print in a report's text
        } else if (e.children().stream().anyMatch(Element::isBlock)) {
            blocks(e);
        } else if (!e.text().isBlank()) {
            inlineParagraph(WordStyle.BODY, e);
        }
    }

    /** {@code （一）在思想方面。虽然……}: one body paragraph, its heading sentence in the level's character style. */
    private void runIn(Element e, int level) throws DocxException {
        XWPFParagraph p = paragraph(WordStyle.BODY);
        // Word's navigation pane and table of contents list the paragraph at its level
        Formats.outlineLevel(pPr(p), level);
        String style = template.id(WordStyle.runIn(level));
        Text text = new Text();
        for (Node n : e.childNodes()) {
            Format f = n instanceof Element s && s.is("span.heading") ? Format.PLAIN.withStyle(style) : Format.PLAIN;
            inline(n, p, f, text);
        }
    }

    private void list(Element list) throws DocxException {
        int number = list.is("ol") && list.hasAttr("start") ? parse(list.attr("start")) : 1;
        for (Element li : list.children()) {
            if (!li.is("li")) continue;
            XWPFParagraph p = paragraph(WordStyle.BODY);
            Text text = new Text();
            inline(new TextNode(list.is("ol") ? number++ + "." : "·"), p, Format.PLAIN, text);
            for (Node n : li.childNodes()) {
                if (n instanceof Element child && (child.is("ul, ol") || child.isBlock() && !child.is("p"))) {
                    block(child);
                } else if (n instanceof Element child && child.is("p")) {
                    for (Node c : child.childNodes()) inline(c, p, Format.PLAIN, text);
                } else {
                    inline(n, p, Format.PLAIN, text);
                }
            }
        }
    }

    private void table(Element table) throws DocxException {
        List<Element> rows = table.select("> thead > tr, > tbody > tr, > tr");
        int columns = rows.stream().mapToInt(r -> r.select("> td, > th").size()).max().orElse(0);
        if (rows.isEmpty() || columns == 0) return;
        XWPFTable t = doc.createTable(rows.size(), columns);
        var pr = t.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordPage.WIDTH - WordPage.LEFT - WordPage.RIGHT));
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {border(borders.isSetTop() ? borders.getTop() : borders.addNewTop()),
                border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom()),
                border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft()),
                border(borders.isSetRight() ? borders.getRight() : borders.addNewRight()),
                border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH()),
                border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())}) {
            b.setVal(STBorder.SINGLE);
        }
        String style = template.id(WordStyle.TABLE_TEXT);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<Element> cells = rows.get(r).select("> td, > th");
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(style);
                if (c >= cells.size()) continue;
                Element source = cells.get(c);
                Text text = new Text();
                Format f = source.is("th") ? Format.PLAIN.withBold() : Format.PLAIN;
                for (Node n : source.childNodes()) inline(n, p, f, text);
            }
        }
        breakBefore(t.getRows().isEmpty() ? null : t.getRow(0).getCell(0).getParagraphs().get(0));
    }

    private static CTBorder border(CTBorder b) {
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
        return b;
    }

    /** A paragraph in {@code style} with the element's inline content; null when it has no text. */
    private XWPFParagraph inlineParagraph(WordStyle style, Element e) throws DocxException {
        if (e.text().isBlank()) return null;
        XWPFParagraph p = paragraph(style);
        Text text = new Text();
        for (Node n : e.childNodes()) inline(n, p, Format.PLAIN, text);
        return p;
    }

    /** Tracks whether a paragraph has text yet, so that white space is collapsed as HTML shows it. */
    private static final class Text {
        boolean started;
        boolean pendingSpace;
        /** The last run and how it is set: text in the same format joins it rather than making a new run. */
        XWPFRun run;
        Format format;
    }

    private void inline(Node n, XWPFParagraph p, Format f, Text text) {
        if (n instanceof TextNode t) {
            String s = t.getWholeText().replaceAll("[ \\t\\r\\n]+", " ");
            if (s.isEmpty()) return;
            if (s.startsWith(" ")) {
                text.pendingSpace = text.started;
                s = s.substring(1);
            }
            boolean trailing = s.endsWith(" ");
            if (trailing) s = s.substring(0, s.length() - 1);
            if (s.isEmpty()) {
                text.pendingSpace = text.started || text.pendingSpace;
                return;
            }
            run(p, f, (text.pendingSpace ? " " : "") + s, text);
            text.started = true;
            text.pendingSpace = trailing;
            return;
        }
        if (!(n instanceof Element e)) return;
        if (e.is("br")) {
            XWPFRun r = p.createRun();
            apply(r, f);
            r.addBreak();
            text.run = null;
            text.pendingSpace = false;
            return;
        }
        if (e.is("img, script, style")) return;
        Format inner = f;
        if (e.is("strong, b")) inner = inner.withBold();
        if (e.is("em, i")) inner = inner.withItalic();
        if (e.is("sup")) inner = inner.at(VerticalAlign.SUPERSCRIPT);
        if (e.is("sub")) inner = inner.at(VerticalAlign.SUBSCRIPT);
        for (Node c : e.childNodes()) inline(c, p, inner, text);
    }

    private static void run(XWPFParagraph p, Format f, String s, Text text) {
        if (text.run != null && f.equals(text.format)) {
            text.run.setText(text.run.text() + s, 0);
            return;
        }
        XWPFRun r = p.createRun();
        apply(r, f);
        r.setText(s);
        text.run = r;
        text.format = f;
    }

    private static void apply(XWPFRun r, Format f) {
        if (f.characterStyle() != null) r.setStyle(f.characterStyle());
        if (f.bold()) r.setBold(true);
        if (f.italic()) r.setItalic(true);
        if (f.position() != null) r.setSubscript(f.position());
    }

    private XWPFParagraph paragraph(WordStyle style) throws DocxException {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(template.id(style));
        breakBefore(p);
        return p;
    }

    /** After a cover, the first block starts a new page. */
    private void breakBefore(XWPFParagraph p) {
        if (!breakBefore || p == null) return;
        breakBefore = false;
        pPr(p).addNewPageBreakBefore();
    }

    private XWPFParagraph lastParagraph() {
        List<XWPFParagraph> ps = doc.getParagraphs();
        return ps.isEmpty() ? null : ps.get(ps.size() - 1);
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** The level the structure pass gave a block: its class {@code l1}–{@code l4}. */
    private static int level(Element e) {
        for (int l = 1; l <= 4; l++) if (e.hasClass("l" + l)) return l;
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
