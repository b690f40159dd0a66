package org.baogao.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The glyph widths of a Type 0 font in {@code Identity-H}, as the renderer embeds every face, read
 * from its descendant font's {@code /W} and {@code /DW} as PDFBox's {@code PDCIDFont} reads them
 * (3.0.7's {@code readWidths}, {@code getWidthForCID}), without PDFBox building the font: that
 * parses its {@code ToUnicode} map too, which a volume's binding paid for each report's number
 * font while measuring the number the report printed (a tenth of the volume's samples in a cold
 * one-report build). Any other font is {@link Optional#empty()}, for PDFBox to measure.
 */
final class CidWidths {

    private final Map<Integer, Float> widths;
    private final float standard;

    private CidWidths(Map<Integer, Float> widths, float standard) {
        this.widths = widths;
        this.standard = standard;
    }

    static Optional<CidWidths> of(COSDictionary font) {
        if (font == null || !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                || !COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING))) {
            return Optional.empty();
        }
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() == 0 || !(descendants.getObject(0) instanceof COSDictionary cid)) {
            return Optional.empty();
        }
        Map<Integer, Float> widths = new HashMap<>();
        COSArray w = cid.getCOSArray(COSName.W);
        if (w != null) {
            int i = 0;
            while (i < w.size() - 1) {
                if (!(w.getObject(i++) instanceof COSNumber first)) continue;
                COSBase next = w.getObject(i++);
                if (next instanceof COSArray each) {
                    for (int k = 0; k < each.size(); k++) {
                        if (each.getObject(k) instanceof COSNumber n) widths.put(first.intValue() + k, n.floatValue());
                    }
                } else {
                    if (i >= w.size()) break;
                    COSBase width = w.getObject(i++);
                    if (!(next instanceof COSNumber last) || !(width instanceof COSNumber n)) continue;
                    for (int c = first.intValue(); c <= last.intValue(); c++) widths.put(c, n.floatValue());
                }
            }
        }
        return Optional.of(new CidWidths(widths, cid.getFloat(COSName.DW, 1000)));
    }

    /** The width of a string of two-byte codes, in thousandths of the font size; empty if its length is odd. */
    Optional<Float> width(byte[] codes) {
        if (codes.length % 2 != 0) return Optional.empty();
        float sum = 0;
        for (int i = 0; i < codes.length; i += 2) sum += width(((codes[i] & 0xff) << 8) | (codes[i + 1] & 0xff));
        return Optional.of(sum);
    }

    float width(int cid) {
        Float w = widths.get(cid);
        return w == null ? standard : w;
    }
}
