package org.baogao.layout;

/**
 * The 落款 of a report without a seal, placed as GB/T 9704-2012 7.3.5.1 says: the issuer
 * right-aligned two characters in from the right edge; the date on the next line, its first
 * character two characters right of the issuer's first. When the date is the longer, it keeps
 * two characters from the edge and the issuer moves left to keep the shift.
 *
 * @param issuer     who signs, or empty
 * @param date       the date as printed, or empty
 * @param issuerPad  the issuer's distance from the right edge, in ems
 * @param datePad    the date's distance from the right edge, in ems
 */
public record Signature(String issuer, String date, double issuerPad, double datePad) {

    /** Characters between the text's right edge and the signature. */
    public static final double RIGHT = 2;
    /** How far the date starts right of the issuer. */
    public static final double SHIFT = 2;

    public static Signature place(String issuer, String date) {
        String i = issuer == null ? "" : issuer.strip();
        String d = date == null ? "" : date.strip();
        double wi = EmWidth.of(i);
        double wd = EmWidth.of(d);
        if (i.isEmpty() || d.isEmpty()) return new Signature(i, d, RIGHT, RIGHT);
        double width = Math.max(wi, wd + SHIFT);
        return new Signature(i, d, RIGHT + width - wi, RIGHT + width - wd - SHIFT);
    }

    public boolean isEmpty() {
        return issuer.isEmpty() && date.isEmpty();
    }
}
