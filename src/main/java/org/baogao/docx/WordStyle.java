package org.baogao.docx;

import org.baogao.fonts.FontRole;

/**
 * The styles of a report's Word document, one per role of GB/T 9704, under the Chinese names a
 * secretary sees in Word's style gallery. Every paragraph and every heading sentence of the
 * document is in one of them, so that changing a style in Word changes every place of its role.
 *
 * <p>The names avoid Word's built-in styles (标题, 正文, 标题 1 are what Chinese Word calls Title,
 * Normal and Heading 1), which Word would merge with its own. A unit's template is matched by
 * these names.
 */
public enum WordStyle {
    TITLE("公文标题", Kind.PARAGRAPH, FontRole.TITLE, 22, 0),
    BODY("公文正文", Kind.PARAGRAPH, FontRole.BODY, 16, 0),
    LEVEL1("一级标题", Kind.PARAGRAPH, FontRole.HEITI, 16, 1),
    LEVEL2("二级标题", Kind.PARAGRAPH, FontRole.KAITI, 16, 2),
    LEVEL3("三级标题", Kind.PARAGRAPH, FontRole.BODY, 16, 3),
    LEVEL4("四级标题", Kind.PARAGRAPH, FontRole.BODY, 16, 4),
    /** The heading sentence of a paragraph that runs on into its text: {@code （一）在思想方面。}. */
    LEVEL1_RUN_IN("一级标题 字符", Kind.CHARACTER, FontRole.HEITI, 16, 1),
    LEVEL2_RUN_IN("二级标题 字符", Kind.CHARACTER, FontRole.KAITI, 16, 2),
    LEVEL3_RUN_IN("三级标题 字符", Kind.CHARACTER, FontRole.BODY, 16, 3),
    LEVEL4_RUN_IN("四级标题 字符", Kind.CHARACTER, FontRole.BODY, 16, 4),
    MARKING("版头标识", Kind.PARAGRAPH, FontRole.HEITI, 16, 0),
    BYLINE("题下署名", Kind.PARAGRAPH, FontRole.KAITI, 16, 0),
    CLOSING("结束语", Kind.PARAGRAPH, FontRole.BODY, 16, 0),
    SIGNATURE("落款", Kind.PARAGRAPH, FontRole.BODY, 16, 0),
    TABLE_TEXT("表格文字", Kind.PARAGRAPH, FontRole.BODY, 14, 0),
    PAGE_NUMBER("页码", Kind.PARAGRAPH, FontRole.SONG, 14, 0);

    public enum Kind { PARAGRAPH, CHARACTER }

    private final String styleName;
    private final Kind kind;
    private final FontRole font;
    private final int points;
    private final int level;

    WordStyle(String styleName, Kind kind, FontRole font, int points, int level) {
        this.styleName = styleName;
        this.kind = kind;
        this.font = font;
        this.points = points;
        this.level = level;
    }

    /** The name Word shows. */
    public String styleName() {
        return styleName;
    }

    /** The style's id in the built-in document; a unit's template may use other ids for the same names. */
    public String builtInId() {
        return "bg" + name().replace("_", "");
    }

    public Kind kind() {
        return kind;
    }

    public FontRole font() {
        return font;
    }

    /** The size in points: 22 (2号) for the title, 14 (4号) for page numbers and tables, 16 (3号) for the rest. */
    public int points() {
        return points;
    }

    /** The heading level, 1 to 4, or 0 for a style that is not a heading. */
    public int level() {
        return level;
    }

    /** The paragraph style of heading level 1 to 4. */
    public static WordStyle heading(int level) {
        return switch (level) {
            case 1 -> LEVEL1;
            case 2 -> LEVEL2;
            case 3 -> LEVEL3;
            default -> LEVEL4;
        };
    }

    /** The character style of a heading sentence at level 1 to 4 that runs on into its paragraph. */
    public static WordStyle runIn(int level) {
        return switch (level) {
            case 1 -> LEVEL1_RUN_IN;
            case 2 -> LEVEL2_RUN_IN;
            case 3 -> LEVEL3_RUN_IN;
            default -> LEVEL4_RUN_IN;
        };
    }
}
