package org.baogao.fonts;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What the font search reads of a face: its names, style, outline format and whether it has
 * Chinese characters. Read from the face's name, OS/2, head and cmap tables ({@link SfntHeaders}),
 * or, for a file that is not plainly well made, from FontBox's whole parse of it.
 *
 * @param name      the PostScript name, or null when the face has none
 * @param families  the family (1), typographic family (16) and full (4) names, in that order, as
 *                  they read in every language, without the undecodable ones
 * @param outlines  glyf or CFF outlines; null when neither
 * @param italic    whether the face is oblique
 * @param weight    the CSS weight
 * @param chinese   whether it has the characters every Chinese text has
 */
record FaceHeader(String name, List<String> families, FontFace.Outlines outlines, boolean italic, int weight, boolean chinese) {

    /** The name ids the families are taken from, in order: typographic family (16) after family, it groups weights the way people name the font. */
    static final int[] FAMILY_NAME_IDS = {NameRecord.NAME_FONT_FAMILY_NAME, 16, NameRecord.NAME_FULL_FONT_NAME};

    /** Characters every Chinese text has: a face without them cannot set a report, whatever it is called. */
    static final String CHINESE_PROBE = "中国的，";

    FaceHeader {
        families = List.copyOf(families);
    }

    /** The header of a face FontBox parsed whole. */
    static FaceHeader of(TrueTypeFont ttf) throws IOException {
        FontFace.Outlines outlines = ttf.getTableMap().containsKey("glyf") ? FontFace.Outlines.TRUETYPE
                : ttf.getTableMap().containsKey("CFF ") ? FontFace.Outlines.CFF : null;
        Set<String> families = new LinkedHashSet<>();
        NamingTable naming = ttf.getNaming();
        if (naming != null) {
            for (int id : FAMILY_NAME_IDS) {
                for (NameRecord r : naming.getNameRecords()) {
                    if (r.getNameId() == id) addFamily(families, r.getString());
                }
            }
        }
        boolean italic = ttf.getOS2Windows() != null ? (ttf.getOS2Windows().getFsSelection() & 1) != 0
                : ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 2) != 0;
        int weight = ttf.getOS2Windows() != null ? ttf.getOS2Windows().getWeightClass()
                : ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 1) != 0 ? 700 : 400;
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        boolean chinese = cmap != null && CHINESE_PROBE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) != 0);
        return new FaceHeader(ttf.getName(), List.copyOf(families), outlines, italic, weight, chinese);
    }

    static void addFamily(Set<String> families, String s) {
        if (s != null && !s.isBlank() && isText(s)) families.add(s.strip());
    }

    /** Mac-platform names in legacy Chinese encodings decode to garbage; keep only clean text. */
    private static boolean isText(String s) {
        return s.codePoints().noneMatch(c -> c == 0xFFFD || Character.isISOControl(c));
    }
}
