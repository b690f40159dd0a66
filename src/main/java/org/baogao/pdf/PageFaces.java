package org.baogao.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.baogao.fonts.FontCache;
import org.baogao.fonts.FontFace;

import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * The faces one document embeds, each cut down to the characters of its page before PDFBox sees
 * it. PDFBox does per face, per document, work in proportion to the whole font: it writes the
 * width of every glyph into the font's dictionary and reads them back into a map (30,000 to
 * 50,000 glyphs in a CJK face), and walks every glyph for the text's Unicode map; a face of the
 * few hundred glyphs a report uses costs as many. The glyphs, their widths and the font's metrics
 * are the font's own, so the page is the same; PDFBox still subsets what it embeds.
 *
 * <p>Each face keeps the characters it is the first of a font stack to have ({@link FontNeeds}):
 * the renderer, which falls back glyph by glyph along the stack, draws no other with it. A face
 * is given whole when one of those is outside the Basic Multilingual Plane: the cut-down font's
 * character map is the BMP one FontBox writes.
 */
final class PageFaces {

    /** Characters the renderer and PDFBox measure whatever the text: the space, and H and x for the cap and x heights. */
    private static final String MEASURED = " Hx";

    private final FontCache cache;
    private final FontNeeds needs;
    private final Map<FontFace, TrueTypeFont> made = new HashMap<>();

    PageFaces(FontCache cache, FontNeeds needs) {
        this.cache = cache;
        this.needs = needs;
    }

    /** The face holding the page's characters, made once per document and shared by its regular and bold copies. */
    TrueTypeFont font(FontFace face) {
        return made.computeIfAbsent(face, this::cut);
    }

    private TrueTypeFont cut(FontFace face) {
        Set<Integer> chars = needs.drawnWith(face);
        if (chars.stream().anyMatch(Character::isSupplementaryCodePoint)) return cache.font(face);
        try {
            Set<Integer> cut = new HashSet<>(chars);
            MEASURED.codePoints().forEach(cut::add);
            return cache.cutDown(face, cut);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("font.unreadable", face.file(), Causes.of(e)), e);
        }
    }
}
