package org.baogao.docx;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The runs of one Word paragraph, made from the print page's inline content: white space collapsed
 * as a browser shows it, bold, italic, super- and subscript as run properties, and text set the same
 * way joined into one run rather than a run per text node.
 */
final class InlineRuns {

    /** How a stretch of text is set inside a paragraph. */
    record Format(boolean bold, boolean italic, String characterStyle, VerticalAlign position) {
        static final Format PLAIN = new Format(false, false, null, null);

        Format withBold() {
            return new Format(true, italic, characterStyle, position);
        }

        Format withItalic() {
            return new Format(bold, true, characterStyle, position);
        }

        /** @param style the id of a character style in the document */
        Format withStyle(String style) {
            return new Format(bold, italic, style, position);
        }

        Format at(VerticalAlign p) {
            return new Format(bold, italic, characterStyle, p);
        }
    }

    private final XWPFParagraph paragraph;
    /** The paragraph has text: a space before more text is kept, one before any is not. */
    private boolean started;
    private boolean pendingSpace;
    /** The last run and how it is set: text in the same format joins it. */
    private XWPFRun run;
    private Format format;

    InlineRuns(XWPFParagraph paragraph) {
        this.paragraph = paragraph;
    }

    /** Every child of {@code e}, set as {@code f} says unless its own markup says more. */
    InlineRuns addChildren(Element e, Format f) {
        for (Node n : e.childNodes()) add(n, f);
        return this;
    }

    InlineRuns add(Node n, Format f) {
        if (n instanceof TextNode t) {
            text(t.getWholeText(), f);
            return this;
        }
        if (!(n instanceof Element e)) return this;
        if (e.is("br")) {
            XWPFRun r = paragraph.createRun();
            apply(r, f);
            r.addBreak();
            run = null;
            pendingSpace = false;
            return this;
        }
        if (e.is("img, script, style")) return this;
        Format inner = f;
        if (e.is("strong, b")) inner = inner.withBold();
        if (e.is("em, i")) inner = inner.withItalic();
        if (e.is("sup")) inner = inner.at(VerticalAlign.SUPERSCRIPT);
        if (e.is("sub")) inner = inner.at(VerticalAlign.SUBSCRIPT);
        return addChildren(e, inner);
    }

    /** Text as HTML shows it: each stretch of white space one space, none at the paragraph's start. */
    InlineRuns text(String whole, Format f) {
        String s = whole.replaceAll("[ \\t\\r\\n]+", " ");
        if (s.isEmpty()) return this;
        if (s.startsWith(" ")) {
            pendingSpace = started;
            s = s.substring(1);
        }
        boolean trailing = s.endsWith(" ");
        if (trailing) s = s.substring(0, s.length() - 1);
        if (s.isEmpty()) {
            pendingSpace = started || pendingSpace;
            return this;
        }
        append((pendingSpace ? " " : "") + s, f);
        started = true;
        pendingSpace = trailing;
        return this;
    }

    private void append(String s, Format f) {
        if (run != null && f.equals(format)) {
            run.setText(run.text() + s, 0);
            return;
        }
        XWPFRun r = paragraph.createRun();
        apply(r, f);
        r.setText(s);
        run = r;
        format = f;
    }

    private static void apply(XWPFRun r, Format f) {
        if (f.characterStyle() != null) r.setStyle(f.characterStyle());
        if (f.bold()) r.setBold(true);
        if (f.italic()) r.setItalic(true);
        if (f.position() != null) r.setSubscript(f.position());
    }
}
