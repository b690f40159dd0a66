package org.baogao.fonts.outline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;

/**
 * The converted font's character map: the source's Unicode mappings, as one format 12 subtable
 * (platform 3, encoding 10), without the radicals that share a glyph with an ideograph.
 *
 * <p>CJK fonts draw 立 (U+7ACB) and the Kangxi radical ⽴ (U+2F74) with one glyph. PDFBox writes
 * a PDF's ToUnicode map from the lowest code point of each glyph, so the copied text of every
 * such character would be the radical: 一, 人, 立, 用 and two hundred others would search and
 * paste wrongly. A radical keeps its mapping only where it has a glyph of its own.
 */
final class UnicodeCmap {

    private UnicodeCmap() {}

    static boolean isRadical(int cp) {
        // CJK Radicals Supplement and Kangxi Radicals
        return cp >= 0x2E80 && cp <= 0x2FDF;
    }

    static Map<Integer, Integer> mappings(CmapLookup lookup, int glyphs) {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codes = lookup.getCharCodes(gid);
            if (codes == null || codes.isEmpty()) continue;
            boolean ideograph = codes.stream().anyMatch(c -> !isRadical(c));
            for (int c : codes) {
                if (ideograph && isRadical(c)) continue;
                map.put(c, gid);
            }
        }
        return map;
    }

    /** The format 12 table of {@code map}, character to glyph id, in character order. */
    static byte[] table(Map<Integer, Integer> map) throws IOException {
        // groups of consecutive characters drawn by consecutive glyphs
        TrueTypeFile.Table groups = new TrueTypeFile.Table();
        int count = 0;
        int start = -1, end = -1, startGid = -1;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            int c = e.getKey();
            int g = e.getValue();
            if (start >= 0 && c == end + 1 && g == startGid + (c - start)) {
                end = c;
                continue;
            }
            if (start >= 0) {
                groups.u32(start).u32(end).u32(startGid);
                count++;
            }
            start = end = c;
            startGid = g;
        }
        if (start >= 0) {
            groups.u32(start).u32(end).u32(startGid);
            count++;
        }
        byte[] body = groups.done();
        int subtableLength = 16 + body.length;
        return new TrueTypeFile.Table()
                .u16(0).u16(1) // version, one subtable
                .u16(3).u16(10).u32(12) // Windows, Unicode full repertoire, at offset 12
                .u16(12).u16(0).u32(subtableLength).u32(0).u32(count)
                .bytes(body).done();
    }
}
