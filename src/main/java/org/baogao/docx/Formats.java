package org.baogao.docx;

import java.math.BigInteger;

import org.baogao.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Paragraph and run properties in Word's terms, shared by the styles and the few direct settings. */
final class Formats {

    private Formats() {}

    /** The role's font in every slot Word picks from (Latin, East Asian, complex), the East Asian one first. */
    static void font(CTRPr r, FontRole role) {
        CTFonts f = r.sizeOfRFontsArray() > 0 ? r.getRFontsArray(0) : r.addNewRFonts();
        String name = role.wordName();
        f.setAscii(name);
        f.setHAnsi(name);
        f.setEastAsia(name);
        f.setCs(name);
        f.setHint(STHint.EAST_ASIA);
    }

    static void size(CTRPr r, int points) {
        BigInteger half = BigInteger.valueOf(points * 2L);
        (r.sizeOfSzArray() > 0 ? r.getSzArray(0) : r.addNewSz()).setVal(half);
        (r.sizeOfSzCsArray() > 0 ? r.getSzCsArray(0) : r.addNewSzCs()).setVal(half);
    }

    static void bold(CTRPr r) {
        if (r.sizeOfBArray() == 0) r.addNewB();
        if (r.sizeOfBCsArray() == 0) r.addNewBCs();
    }

    static void language(CTRPr r) {
        var lang = r.sizeOfLangArray() > 0 ? r.getLangArray(0) : r.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
    }

    /** Lines exactly {@code line} twips apart, with the given space before and after. */
    static void spacing(CTPPrBase p, int line, int before, int after) {
        CTSpacing s = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        s.setLine(BigInteger.valueOf(line));
        s.setLineRule(STLineSpacingRule.EXACT);
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
    }

    static void spaceBefore(CTPPrBase p, int before) {
        (p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing()).setBefore(BigInteger.valueOf(before));
    }

    static void spaceAfter(CTPPrBase p, int after) {
        (p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing()).setAfter(BigInteger.valueOf(after));
    }

    /**
     * Indents in characters, as Word's paragraph dialog sets them (首行缩进 2 字符), with the same
     * lengths in twips at the body's size for readers that do not know the character units.
     */
    static void indent(CTPPrBase p, double firstLine, double left, double right) {
        indent(p, WordPage.BODY_POINTS, firstLine, left, right);
    }

    /** Indents in characters of a paragraph whose text is {@code points} large. */
    static void indent(CTPPrBase p, int points, double firstLine, double left, double right) {
        int twips = points * WordPage.TWIPS_PER_POINT;
        CTInd ind = p.isSetInd() ? p.getInd() : p.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(WordPage.chars(firstLine)));
        ind.setFirstLine(BigInteger.valueOf(Math.round(firstLine * twips)));
        ind.setLeftChars(BigInteger.valueOf(WordPage.chars(left)));
        ind.setLeft(BigInteger.valueOf(Math.round(left * twips)));
        ind.setRightChars(BigInteger.valueOf(WordPage.chars(right)));
        ind.setRight(BigInteger.valueOf(Math.round(right * twips)));
    }

    static void align(CTPPrBase p, STJc.Enum jc) {
        (p.isSetJc() ? p.getJc() : p.addNewJc()).setVal(jc);
    }

    /** Word's outline level, 0-based: what its navigation pane and table of contents read. */
    static void outlineLevel(CTPPrBase p, int level) {
        (p.isSetOutlineLvl() ? p.getOutlineLvl() : p.addNewOutlineLvl()).setVal(BigInteger.valueOf(level - 1));
    }
}
