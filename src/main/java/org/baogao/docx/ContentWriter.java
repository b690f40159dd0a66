package org.baogao.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.baogao.docx.InlineRuns.Format;
import org.baogao.layout.PageModel;
import org.baogao.layout.Signature;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Writes a report's print page, as its type's layout made it for the PDF, into a Word document's
 * body: each block in the style of its role, each heading sentence of a run-in paragraph in its
 * level's character style. Reading the print page rather than the Markdown keeps the Word document
 * the same document as the PDF, with whatever a type's layout adds (a closing, an attachment note).
 */
final class ContentWriter {

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
        if (s.issuer().isEmpty() && s.date().isEmpty()) return;
        // the 落款 never opens a page alone (as SignatureKeep in the PDF): the body's last paragraph
        // keeps its last line with it, and the issuer keeps with the date
        List<IBodyElement> body = doc.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFParagraph last) keepNext(last);
        if (!s.issuer().isEmpty()) {
            XWPFParagraph issuerLine = signatureLine(s.issuer(), s.issuerPad(), true);
            if (both) keepNext(issuerLine);
        }
        if (!s.date().isEmpty()) signatureLine(s.date(), s.datePad(), !both);
    }

    private XWPFParagraph signatureLine(String text, double pad, boolean first) throws DocxException {
        XWPFParagraph p = paragraph(WordStyle.SIGNATURE);
        Formats.indent(pPr(p), 0, 0, pad);
        if (first) Formats.spaceBefore(pPr(p), WordPage.LINE_PITCH);
        p.createRun().setText(text);
        return p;
    }

    private static void keepNext(XWPFParagraph p) {
        if (!pPr(p).isSetKeepNext()) pPr(p).addNewKeepNext();
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
            breakBefore(TableWriter.write(doc, e, template));
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
        InlineRuns runs = new InlineRuns(p);
        for (Node n : e.childNodes()) {
            boolean heading = n instanceof Element s && s.is("span.heading");
            runs.add(n, heading ? Format.PLAIN.withStyle(style) : Format.PLAIN);
        }
    }

    private void list(Element list) throws DocxException {
        int number = list.is("ol") && list.hasAttr("start") ? parse(list.attr("start")) : 1;
        for (Element li : list.children()) {
            if (!li.is("li")) continue;
            XWPFParagraph p = paragraph(WordStyle.BODY);
            InlineRuns runs = new InlineRuns(p).text(list.is("ol") ? number++ + "." : "·", Format.PLAIN);
            for (Node n : li.childNodes()) {
                if (n instanceof Element child && (child.is("ul, ol") || child.isBlock() && !child.is("p"))) {
                    block(child);
                } else if (n instanceof Element child && child.is("p")) {
                    runs.addChildren(child, Format.PLAIN);
                } else {
                    runs.add(n, Format.PLAIN);
                }
            }
        }
    }

    /** A paragraph in {@code style} with the element's inline content; null when it has no text. */
    private XWPFParagraph inlineParagraph(WordStyle style, Element e) throws DocxException {
        if (e.text().isBlank()) return null;
        XWPFParagraph p = paragraph(style);
        new InlineRuns(p).addChildren(e, Format.PLAIN);
        return p;
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
