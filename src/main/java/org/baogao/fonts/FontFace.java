package org.baogao.fonts;

import java.nio.file.Path;
import java.util.List;

/**
 * One usable face in one font file: a {@code .ttf}, or one member of a {@code .ttc} collection.
 *
 * @param file     the font file
 * @param name     the face's PostScript name, which selects it inside a collection
 * @param families every family and full name the face declares, in every language
 * @param weight   the CSS weight of the face: 400 regular, 700 bold, 300 light
 */
public record FontFace(Path file, String name, List<String> families, int weight) {

    public FontFace {
        families = List.copyOf(families);
    }

    public boolean bold() {
        return weight >= 600;
    }

    public boolean isCollection() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
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
