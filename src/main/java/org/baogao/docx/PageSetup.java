package org.baogao.docx;

import java.math.BigInteger;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.baogao.print.PrintSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * The built-in document's page: A4, the margins of GB/T 9704, the 22 × 28 document grid, and
 * page numbers as {@code PAGE} fields in the footers: odd pages at the right and even pages at the
 * left, one character in (Word's different odd and even footers), or centred; none on a cover.
 */
final class PageSetup {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private PageSetup() {}

    static void write(XWPFDocument doc, PrintSettings print) {
        CTSectPr sect = section(doc);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(WordPage.WIDTH));
        size.setH(BigInteger.valueOf(WordPage.HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(WordPage.TOP));
        mar.setBottom(BigInteger.valueOf(WordPage.BOTTOM));
        mar.setLeft(BigInteger.valueOf(WordPage.LEFT));
        mar.setRight(BigInteger.valueOf(WordPage.RIGHT));
        mar.setHeader(BigInteger.valueOf(WordPage.HEADER));
        mar.setFooter(BigInteger.valueOf(WordPage.FOOTER));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(WordPage.LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(WordPage.CHAR_SPACE));

        XWPFHeaderFooterPolicy footers = new XWPFHeaderFooterPolicy(doc, sect);
        boolean outside = !"center".equals(print.pageNumbers());
        pageNumber(footers.createFooter(STHdrFtr.DEFAULT), outside ? STJc.RIGHT : STJc.CENTER);
        if (outside) {
            pageNumber(footers.createFooter(STHdrFtr.EVEN), STJc.LEFT);
            doc.setEvenAndOddHeadings(true);
        }
        compressPunctuation(doc.getSettings().getCTSettings());
    }

    /** The body's section: the last, whose properties close the body. */
    static CTSectPr section(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /**
     * A cover: the first page has its own footer, empty. Set on a unit's template too, whose
     * footers are its own.
     */
    static void cover(XWPFDocument doc) {
        CTSectPr sect = section(doc);
        if (!sect.isSetTitlePg()) sect.addNewTitlePg();
        XWPFHeaderFooterPolicy footers = new XWPFHeaderFooterPolicy(doc, sect);
        if (footers.getFirstPageFooter() == null) footers.createFooter(STHdrFtr.FIRST);
    }

    /** {@code — N —} in the page number's style, N a {@code PAGE} field that Word updates as pages move. */
    private static void pageNumber(XWPFFooter footer, STJc.Enum side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(WordStyle.PAGE_NUMBER.builtInId());
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        Formats.align(ppr, side);
        // one character of the page number's size in from the text block's edge
        if (side == STJc.RIGHT) Formats.indent(ppr, WordPage.PAGE_NUMBER_POINTS, 0, 0, 1);
        if (side == STJc.LEFT) Formats.indent(ppr, WordPage.PAGE_NUMBER_POINTS, 0, 1, 0);
        p.createRun().setText("— ");
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
        p.createRun().setText(" —");
    }

    /**
     * Word's 字符间距控制 "只压缩标点符号", which Chinese Word sets in every new document: adjacent
     * marks such as "。”" take half a character each, as the PDF sets them. POI's light schemas
     * lack the element's class, so it is written with a cursor, in the place the schema gives it.
     */
    /** The elements that follow {@code characterSpacingControl} in CT_Settings. */
    private static final java.util.Set<String> FOLLOWING = java.util.Set.of("printTwoOnOne",
            "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
            "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
            "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
            "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr",
            "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
            "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
            "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
            "decimalSymbol", "listSeparator");

    private static void compressPunctuation(CTSettings settings) {
        try (XmlCursor c = settings.newCursor()) {
            boolean placed = false;
            if (c.toFirstChild()) {
                do {
                    String name = c.getName().getLocalPart();
                    if (name.equals("characterSpacingControl")) return;
                    if (FOLLOWING.contains(name)) {
                        placed = true;
                        break;
                    }
                } while (c.toNextSibling());
            }
            if (!placed) {
                c.toCursor(settings.newCursor());
                c.toEndToken();
            }
            c.beginElement(new QName(W, "characterSpacingControl", "w"));
            c.insertAttributeWithValue(new QName(W, "val", "w"), "compressPunctuation");
        }
    }
}
