package org.baogao.fonts;

import java.nio.file.Path;
import java.util.List;

/**
 * One usable face in one font file: a {@code .ttf} or {@code .otf}, or one member of a
 * {@code .ttc}/{@code .otc} collection.
 *
 * @param file     the font file
 * @param name     the face's PostScript name, which selects it inside a collection
 * @param families every family and full name the face declares, in every language
 * @param weight   the CSS weight of the face: 400 regular, 700 bold, 300 light
 * @param outlines how its glyphs are drawn: CFF faces are converted before PDFBox embeds them
 * @param chinese  whether it has Chinese characters; only such a face fills a role
 */
public record FontFace(Path file, String name, List<String> families, int weight, Outlines outlines, boolean chinese) {

    /** The two outline formats of OpenType. */
    public enum Outlines {
        /** Quadratic {@code glyf} outlines: embedded as they are. */
        TRUETYPE,
        /** PostScript (CFF) outlines: converted to TrueType once, then embedded from the conversion cache. */
        CFF
    }

    public FontFace {
        families = List.copyOf(families);
    }

    /** A TrueType face with Chinese characters. */
    public FontFace(Path file, String name, List<String> families, int weight) {
        this(file, name, families, weight, Outlines.TRUETYPE, true);
    }

    public boolean bold() {
        return weight >= 600;
    }

    public boolean isCollection() {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".ttc") || n.endsWith(".otc");
    }

    public boolean converted() {
        return outlines == Outlines.CFF;
    }

    /** The family name people know it by: the first declared. */
    public String family() {
        return families.isEmpty() ? name : families.get(0);
    }

    public boolean answersTo(String familyName) {
        for (String f : families) {
            if (f.equalsIgnoreCase(familyName)) return true;
        }
        return false;
    }
}
