package org.baogao.lint;

import java.nio.file.Path;
import java.util.Set;

import org.baogao.fonts.GlyphCheck;

/**
 * What the linter checks against.
 *
 * @param glossary  the masked words
 * @param templates the templates folder, for the types' skeletons; null: no skeletons
 * @param types     the known document types; null: types are not checked
 * @param glyphs    the fonts' coverage; null: printable characters are not checked
 */
public record LintSettings(Glossary glossary, Path templates, Set<String> types, GlyphCheck glyphs) {

    public LintSettings {
        types = types == null ? null : Set.copyOf(types);
    }
}
