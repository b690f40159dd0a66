package org.baogao.fonts;

import java.util.List;

/**
 * The typographic roles of GB/T 9704-2012 and the fonts that can fill them, best first.
 *
 * <p>The real office fonts come first, under every name they are installed with (Windows, macOS,
 * Founder); the free fonts Debian packages come last. A name is matched against every family name
 * a font declares, in any language.
 */
public enum FontRole {
    TITLE("小标宋", "bg-title", "宋体", List.of(
            "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋",
            "华文中宋", "STZhongsong", "宋体", "SimSun", "华文宋体", "STSong", "Songti SC",
            "AR PL SungtiL GB", "LXGW WenKai")),
    BODY("仿宋", "bg-body", "仿宋", List.of(
            "仿宋_GB2312", "FangSong_GB2312", "方正仿宋_GBK", "FZFangSong-Z02", "仿宋", "FangSong",
            "华文仿宋", "STFangsong", "AR PL SungtiL GB", "LXGW WenKai", "Droid Sans Fallback")),
    HEITI("黑体", "bg-heiti", "SimHei", List.of(
            "黑体", "SimHei", "方正黑体_GBK", "FZHei-B01", "华文黑体", "STHeiti", "Heiti SC",
            "WenQuanYi Micro Hei", "Droid Sans Fallback")),
    KAITI("楷体", "bg-kaiti", "楷体", List.of(
            "楷体_GB2312", "KaiTi_GB2312", "方正楷体_GBK", "FZKai-Z03", "楷体", "KaiTi", "华文楷体", "STKaiti",
            "AR PL KaitiM GB", "LXGW WenKai")),
    SONG("宋体", "bg-song", "SimSun", List.of(
            "宋体", "SimSun", "华文宋体", "STSong", "Songti SC", "AR PL SungtiL GB", "LXGW WenKai",
            "Droid Sans Fallback"));

    /**
     * Wide-coverage fonts appended to every role's chain, so that a name like 镕 or 喆 that the
     * GB2312-only fonts lack still prints.
     */
    public static final List<String> FALLBACKS = List.of(
            "LXGW WenKai", "Droid Sans Fallback", "WenQuanYi Micro Hei", "SimSun-ExtB", "DejaVu Sans");

    private final String label;
    private final String cssFamily;
    private final List<String> preferences;
    private final String wordFallback;

    /**
     * @param wordFallback the name, among {@code preferences}, that a Word document offers as the
     *                     alternative to the first: a face every Chinese Windows has, so that a
     *                     machine without the office font shows 仿宋 rather than Word's default 宋体
     */
    FontRole(String label, String cssFamily, String wordFallback, List<String> preferences) {
        if (!preferences.contains(wordFallback)) {
            throw new IllegalArgumentException(wordFallback + " is not among the fonts of " + label);
        }
        this.label = label;
        this.cssFamily = cssFamily;
        this.wordFallback = wordFallback;
        this.preferences = preferences;
    }

    /** The role's Chinese name, as office staff say it. */
    public String label() {
        return label;
    }

    /** The family name the role's font is registered under with the PDF renderer. */
    public String cssFamily() {
        return cssFamily;
    }

    public List<String> preferences() {
        return preferences;
    }

    /** The font a Word document names for the role: the office font, first in the list. */
    public String wordName() {
        return preferences.get(0);
    }

    /** The face Word takes in place of {@link #wordName()} where it is not installed ({@code w:altName}). */
    public String wordFallback() {
        return wordFallback;
    }
}
