package org.baogao.fonts;

import java.util.ArrayList;
import java.util.List;

import org.baogao.text.Messages;

/**
 * The typographic roles of GB/T 9704-2012 and the fonts that can fill them, best first.
 *
 * <p>Each role lists first the office fonts of the style the standard names, under every name they
 * are installed with on Windows, macOS and Founder systems; then the free faces of that style;
 * then the stand-ins: faces of another style that still print the role when nothing better is
 * installed. A name is matched against every family and full name a font declares, in
 * any language.
 */
public enum FontRole {
    /**
     * 小标宋. Only Founder's face is the real thing; the stand-ins are the heaviest Song faces,
     * the heavy free serifs (CFF, converted) before any regular Song, which the renderer
     * thickens: never the body's own face while a heavier serif is installed.
     */
    TITLE("小标宋", "bg-title", "宋体",
            List.of("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋"),
            List.of(),
            List.of("华文中宋", "STZhongsong",
                    "Source Han Serif SC Heavy", "思源宋体 Heavy", "Noto Serif CJK SC Black",
                    "Source Han Serif SC Bold", "思源宋体 Bold", "Noto Serif CJK SC Bold", "FandolSong Bold",
                    "宋体", "SimSun", "华文宋体", "STSong", "Songti SC", "AR PL SungtiL GB", "LXGW WenKai"),
            "方正小标宋简体", "fonts-noto-cjk-extra (Noto Serif CJK SC Black)"),
    /** 仿宋: the office fonts, then FandolFang, the one free Simplified 仿宋; a Song only when there is no 仿宋 at all. */
    BODY("仿宋", "bg-body", "仿宋",
            List.of("仿宋_GB2312", "FangSong_GB2312", "方正仿宋_GBK", "FZFangSong-Z02", "仿宋", "FangSong",
                    "华文仿宋", "STFangsong", "Adobe Fangsong Std"),
            List.of("FandolFang"),
            List.of("AR PL SungtiL GB", "LXGW WenKai", "Droid Sans Fallback"),
            "仿宋_GB2312", "FandolFang (README)"),
    HEITI("黑体", "bg-heiti", "SimHei",
            List.of("黑体", "SimHei", "方正黑体_GBK", "FZHei-B01", "华文黑体", "STHeiti", "Heiti SC", "Adobe Heiti Std"),
            List.of("Noto Sans CJK SC", "Source Han Sans SC", "思源黑体", "FandolHei", "WenQuanYi Micro Hei"),
            List.of("Droid Sans Fallback"),
            "黑体 (simhei.ttf)", "fonts-noto-cjk (Noto Sans CJK SC)"),
    KAITI("楷体", "bg-kaiti", "楷体",
            List.of("楷体_GB2312", "KaiTi_GB2312", "方正楷体_GBK", "FZKai-Z03", "楷体", "KaiTi", "华文楷体", "STKaiti",
                    "Adobe Kaiti Std"),
            List.of("AR PL KaitiM GB", "FandolKai", "LXGW WenKai"),
            List.of(),
            "楷体_GB2312 (simkai.ttf)", "fonts-arphic-gkai00mp (AR PL KaitiM GB)"),
    /** 宋体, for the page numbers among others. */
    SONG("宋体", "bg-song", "SimSun",
            List.of("宋体", "SimSun", "华文宋体", "STSong", "Songti SC", "Adobe Song Std"),
            List.of("AR PL SungtiL GB", "FandolSong", "Noto Serif CJK SC", "Source Han Serif SC"),
            List.of("LXGW WenKai", "Droid Sans Fallback"),
            "宋体 (simsun.ttc)", "fonts-arphic-gbsn00lp (AR PL SungtiL GB)");

    /**
     * Wide-coverage fonts appended to every role's chain, so that a name like 镕 or 喆 that the
     * GB2312-only fonts lack still prints.
     */
    public static final List<String> FALLBACKS = List.of(
            "LXGW WenKai", "Droid Sans Fallback", "WenQuanYi Micro Hei", "SimSun-ExtB", "DejaVu Sans");

    private final String label;
    private final String cssFamily;
    private final List<String> office;
    private final List<String> free;
    private final List<String> preferences;
    private final String wordFallback;
    private final String officeFont;
    private final String freeFont;

    /**
     * @param wordFallback the name, among the role's fonts, that a Word document offers as the
     *                     alternative to the first: a face every Chinese Windows has, so that a
     *                     machine without the office font shows 仿宋 rather than Word's default 宋体
     */
    FontRole(String label, String cssFamily, String wordFallback, List<String> office, List<String> free,
            List<String> standIns, String officeFont, String freeFont) {
        this.label = label;
        this.cssFamily = cssFamily;
        this.office = office;
        this.free = free;
        List<String> all = new ArrayList<>(office);
        all.addAll(free);
        all.addAll(standIns);
        this.preferences = List.copyOf(all);
        if (!preferences.contains(wordFallback)) {
            throw new IllegalArgumentException(wordFallback + " is not among the fonts of " + label);
        }
        this.wordFallback = wordFallback;
        this.officeFont = officeFont;
        this.freeFont = freeFont;
    }

    /** The role's Chinese name, as office staff say it. */
    public String label() {
        return label;
    }

    /** The family name the role's font is registered under with the PDF renderer. */
    public String cssFamily() {
        return cssFamily;
    }

    /** Every name that can fill the role, best first. */
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

    /** How a face that fills the role stands to the standard. */
    public enum Standing {
        /** An office font of the style the standard names: what a colleague's Word uses. */
        OFFICE,
        /** A free face of that style: a 仿宋 for the body, though not 仿宋_GB2312. */
        FREE,
        /** A face of another style, used because nothing of the style is installed. */
        STAND_IN
    }

    public Standing standing(FontFace face) {
        if (office.stream().anyMatch(face::answersTo)) return Standing.OFFICE;
        if (free.stream().anyMatch(face::answersTo)) return Standing.FREE;
        return Standing.STAND_IN;
    }

    /**
     * What to install for a face closer to the standard than the one found: the office font
     * (into a fonts/ folder), and the free face of the style when a stand-in or nothing serves.
     */
    public String better(FontFace found) {
        Standing standing = found == null ? Standing.STAND_IN : standing(found);
        return switch (standing) {
            case OFFICE -> null;
            case FREE -> Messages.get("font.better.office", officeFont);
            case STAND_IN -> Messages.get("font.better.free", officeFont, freeFont);
        };
    }
}
