package org.baogao.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table of the print page as a Word table the width of the text block, ruled with single lines
 * as the PDF's are, each cell's text in 表格文字 and a header cell's in bold.
 */
final class TableWriter {

    private TableWriter() {}

    /**
     * @return the first cell's paragraph, or null when the table has no cells and nothing was written
     * @throws DocxException when a unit's template lacks 表格文字
     */
    static XWPFParagraph write(XWPFDocument doc, Element table, WordTemplate template) throws DocxException {
        List<Element> rows = table.select("> thead > tr, > tbody > tr, > tr");
        int columns = rows.stream().mapToInt(r -> r.select("> td, > th").size()).max().orElse(0);
        if (rows.isEmpty() || columns == 0) return null;
        String styleId = template.id(WordStyle.TABLE_TEXT);
        XWPFTable t = doc.createTable(rows.size(), columns);
        CTTblPr pr = t.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordPage.WIDTH - WordPage.LEFT - WordPage.RIGHT));
        rule(pr);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<Element> cells = rows.get(r).select("> td, > th");
            for (int c = 0; c < columns; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                p.setStyle(styleId);
                if (c >= cells.size()) continue;
                Element source = cells.get(c);
                InlineRuns.Format f = source.is("th") ? InlineRuns.Format.PLAIN.withBold() : InlineRuns.Format.PLAIN;
                new InlineRuns(p).addChildren(source, f);
            }
        }
        return t.getRow(0).getCell(0).getParagraphs().get(0);
    }

    /** Single black lines around and between the cells. */
    private static void rule(CTTblPr pr) {
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setSpace(BigInteger.ZERO);
            b.setColor("000000");
        }
    }
}
