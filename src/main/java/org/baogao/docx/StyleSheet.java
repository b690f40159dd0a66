package org.baogao.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.baogao.print.PrintSettings;
import org.baogao.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The built-in document's styles, one per {@link WordStyle}, with the sizes and faces of
 * GB/T 9704 and the fonts of {@link FontRole}. Every style but the page number's is based on
 * 公文正文, so that a secretary who changes the body's font in Word changes it everywhere.
 */
final class StyleSheet {

    static final String NORMAL_ID = "Normal";

    private StyleSheet() {}

    static void write(XWPFDocument doc, PrintSettings print) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        defaults(ct.addNewDocDefaults());
        styles.setStyles(ct);
        styles.addStyle(new XWPFStyle(normal(), styles));
        for (WordStyle s : WordStyle.values()) styles.addStyle(new XWPFStyle(style(s, print), styles));
    }

    /**
     * The defaults under every style: the body's face and size, in Chinese. The grid's character
     * pitch is counted from this size, so it must be 16 pt.
     */
    private static void defaults(CTDocDefaults d) {
        CTRPr r = d.addNewRPrDefault().addNewRPr();
        Formats.font(r, FontRole.BODY);
        Formats.size(r, WordPage.BODY_POINTS);
        Formats.language(r);
        CTPPrGeneral p = d.addNewPPrDefault().addNewPPr();
        p.addNewWidowControl().setVal(false);
    }

    private static CTStyle normal() {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(NORMAL_ID);
        s.setDefault(true);
        s.addNewName().setVal("Normal");
        // Word counts the grid's character pitch from this style's size; LibreOffice too, but only
        // when the style says it rather than the defaults
        CTRPr r = s.addNewRPr();
        Formats.font(r, FontRole.BODY);
        Formats.size(r, WordPage.BODY_POINTS);
        CTPPrGeneral p = s.addNewPPr();
        Formats.align(p, STJc.BOTH);
        Formats.spacing(p, WordPage.LINE_PITCH, 0, 0);
        return s;
    }

    /** A paragraph on the grid's pitch: aligned, its first line indented {@code firstLine} characters. */
    private static void paragraph(CTPPrGeneral p, STJc.Enum jc, double firstLine, int after) {
        Formats.align(p, jc);
        Formats.indent(p, firstLine, 0, 0);
        Formats.spacing(p, WordPage.LINE_PITCH, 0, after);
    }

    private static CTStyle style(WordStyle role, PrintSettings print) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(role.builtInId());
        s.addNewName().setVal(role.styleName());
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(role.ordinal() + 1));
        CTRPr r = s.addNewRPr();
        Formats.font(r, role.font());
        Formats.size(r, role.points());
        if (role.level() >= 3 && print.bold(role.level())) Formats.bold(r);
        if (role.kind() == WordStyle.Kind.CHARACTER) {
            s.setType(STStyleType.CHARACTER);
            s.addNewLink().setVal(WordStyle.heading(role.level()).builtInId());
            return s;
        }
        s.setType(STStyleType.PARAGRAPH);
        s.addNewBasedOn().setVal(role == WordStyle.BODY || role == WordStyle.PAGE_NUMBER ? NORMAL_ID
                : WordStyle.BODY.builtInId());
        s.addNewNext().setVal(WordStyle.BODY.builtInId());
        CTPPrGeneral p = s.addNewPPr();
        switch (role) {
            case BODY, CLOSING -> paragraph(p, STJc.BOTH, 2, 0);
            case LEVEL1, LEVEL2, LEVEL3, LEVEL4 -> {
                paragraph(p, STJc.BOTH, 2, 0);
                Formats.outlineLevel(p, role.level());
                p.addNewKeepNext();
                s.addNewLink().setVal(WordStyle.runIn(role.level()).builtInId());
            }
            case TITLE -> {
                // one blank line of the body's pitch between the title and the text
                paragraph(p, STJc.CENTER, 0, WordPage.LINE_PITCH);
                p.addNewKeepNext();
            }
            case MARKING, TABLE_TEXT -> paragraph(p, STJc.LEFT, 0, 0);
            case BYLINE -> {
                paragraph(p, STJc.CENTER, 0, 0);
                p.addNewKeepNext();
            }
            case SIGNATURE -> {
                paragraph(p, STJc.RIGHT, 0, 0);
                p.addNewKeepLines();
            }
            case PAGE_NUMBER -> {
                Formats.align(p, STJc.RIGHT);
                Formats.indent(p, 0, 0, 0);
                // the line holds the 14 pt characters exactly, so that its top is their top
                Formats.spacing(p, WordPage.PAGE_NUMBER_POINTS * WordPage.TWIPS_PER_POINT, 0, 0);
                p.addNewSnapToGrid().setVal(false);
            }
            default -> throw new IllegalStateException(role + " is a character style");
        }
        return s;
    }
}
