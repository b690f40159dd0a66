package org.baogao.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FontRegistryTest {

    static FontFace face(String file, int weight, String... families) {
        return new FontFace(Path.of("/fonts", file), file, List.of(families), weight);
    }

    static final FontFace SUNG = face("gbsn00lp.ttf", 400, "AR PL SungtiL GB", "文鼎ＰＬ简报宋");
    static final FontFace KAI = face("gkai00mp.ttf", 400, "AR PL KaitiM GB");
    static final FontFace WENKAI_LIGHT = face("LXGWWenKai-Light.ttf", 300, "LXGW WenKai");
    static final FontFace WENKAI = face("LXGWWenKai-Regular.ttf", 400, "LXGW WenKai");
    static final FontFace WENKAI_BOLD = face("LXGWWenKai-Bold.ttf", 700, "LXGW WenKai");
    static final FontFace SIMFANG = face("simfang.ttf", 400, "FangSong", "仿宋");
    static final FontFace SIMHEI = face("simhei.ttf", 400, "SimHei", "黑体");

    static FontFace cff(String file, String name, int weight, String... families) {
        return new FontFace(Path.of("/fonts", file), name, List.of(families), weight, FontFace.Outlines.CFF, true);
    }

    // the free CFF faces of Debian (fonts-noto-cjk, fonts-noto-cjk-extra, FandolFang from texlive-lang-chinese)
    static final FontFace FANDOL_FANG = cff("FandolFang-Regular.otf", "FandolFang-Regular", 400, "FandolFang R", "FandolFang");
    static final FontFace FANDOL_SONG_BOLD = cff("FandolSong-Bold.otf", "FandolSong-Bold", 700, "FandolSong", "FandolSong Bold");
    static final FontFace FANDOL_SONG = cff("FandolSong-Regular.otf", "FandolSong-Regular", 400, "FandolSong");
    static final FontFace FANDOL_HEI = cff("FandolHei-Regular.otf", "FandolHei-Regular", 400, "FandolHei");
    static final FontFace FANDOL_KAI = cff("FandolKai-Regular.otf", "FandolKai-Regular", 400, "FandolKai");
    static final FontFace SERIF_BLACK = cff("NotoSerifCJK-Black.ttc", "NotoSerifCJKsc-Black", 900,
            "Noto Serif CJK SC Black", "Noto Serif CJK SC");
    static final FontFace SERIF_BOLD = cff("NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold", 700,
            "Noto Serif CJK SC", "Noto Serif CJK SC Bold");
    static final FontFace SERIF = cff("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular", 400, "Noto Serif CJK SC");
    static final FontFace SANS = cff("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular", 400, "Noto Sans CJK SC");
    static final FontFace SANS_BOLD = cff("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold", 700, "Noto Sans CJK SC");
    static final FontFace MICRO_HEI = face("wqy-microhei.ttc", 400, "WenQuanYi Micro Hei");
    static final List<FontFace> DEBIAN = List.of(SUNG, KAI, WENKAI, MICRO_HEI, FANDOL_FANG, FANDOL_SONG, FANDOL_SONG_BOLD,
            FANDOL_HEI, FANDOL_KAI, SERIF, SERIF_BOLD, SERIF_BLACK, SANS, SANS_BOLD);

    @Test
    void theFreeFacesThatLookRightFillTheRolesOnDebian() {
        FontRegistry r = FontRegistry.of(DEBIAN, List.of());
        assertThat(r.face(FontRole.BODY)).contains(FANDOL_FANG);
        assertThat(r.face(FontRole.TITLE)).contains(SERIF_BLACK);
        assertThat(r.face(FontRole.HEITI)).contains(SANS);
        assertThat(r.face(FontRole.KAITI)).contains(KAI);
        assertThat(r.face(FontRole.SONG)).contains(SUNG);
        assertThat(r.used()).as("four distinct faces for title, body, 黑体, 楷体")
                .contains(SERIF_BLACK, FANDOL_FANG, SANS, KAI);
    }

    @Test
    void theTitleTakesTheHeaviestSerifThereIsNeverTheBodysFace() {
        assertThat(FontRegistry.of(DEBIAN.stream().filter(f -> f != SERIF_BLACK).toList(), List.of()).face(FontRole.TITLE))
                .contains(SERIF_BOLD);
        FontRegistry fandolOnly = FontRegistry.of(List.of(SUNG, FANDOL_FANG, FANDOL_SONG, FANDOL_SONG_BOLD), List.of());
        assertThat(fandolOnly.face(FontRole.TITLE)).contains(FANDOL_SONG_BOLD);
        // with the office 仿宋 as body and no heavy serif, the Song, not the body's 仿宋
        FontRegistry office = FontRegistry.of(List.of(SIMFANG, SUNG), List.of());
        assertThat(office.face(FontRole.TITLE)).contains(SUNG).isNotEqualTo(office.face(FontRole.BODY));
    }

    @Test
    void officeFontsStillComeFirst() {
        FontFace xbs = face("FZXBSJW.ttf", 400, "方正小标宋简体");
        FontRegistry r = FontRegistry.of(java.util.stream.Stream.concat(DEBIAN.stream(), java.util.stream.Stream.of(SIMFANG, SIMHEI, xbs)).toList(),
                List.of());
        assertThat(r.face(FontRole.BODY)).contains(SIMFANG);
        assertThat(r.face(FontRole.TITLE)).contains(xbs);
        assertThat(r.face(FontRole.HEITI)).contains(SIMHEI);
        assertThat(r.assignments()).filteredOn(a -> a.role().equals("title")).singleElement()
                .satisfies(a -> assertThat(a.standing()).isEqualTo(FontRole.Standing.OFFICE))
                .satisfies(a -> assertThat(a.better()).isNull());
    }

    @Test
    void eachRoleSaysHowItsFaceStandsAndWhatWouldBeBetter() {
        FontRegistry r = FontRegistry.of(DEBIAN, List.of());
        var byRole = new java.util.HashMap<String, FontRegistry.Assignment>();
        r.assignments().forEach(a -> byRole.putIfAbsent(a.role(), a));
        assertThat(byRole.get("body").standing()).isEqualTo(FontRole.Standing.FREE);
        assertThat(byRole.get("body").better()).contains("仿宋_GB2312").doesNotContain("free:");
        assertThat(byRole.get("title").standing()).isEqualTo(FontRole.Standing.STAND_IN);
        assertThat(byRole.get("title").better()).contains("方正小标宋简体");
        FontRegistry sungOnly = FontRegistry.of(List.of(SUNG), List.of());
        assertThat(sungOnly.assignments().get(1).standing()).isEqualTo(FontRole.Standing.STAND_IN);
        assertThat(sungOnly.assignments().get(1).better()).contains("free: FandolFang");
    }

    @Test
    void aFaceWithoutChineseCharactersFillsNoRoleWhateverItIsCalled() {
        FontFace latin = new FontFace(Path.of("/fonts/fake.ttf"), "Fake", List.of("仿宋"), 400, FontFace.Outlines.TRUETYPE, false);
        FontRegistry r = FontRegistry.of(List.of(latin, SUNG), List.of());
        assertThat(r.face(FontRole.BODY)).contains(SUNG);
    }

    @Test
    void officeFontsComeBeforeFreeOnes() {
        FontRegistry r = FontRegistry.of(List.of(SUNG, KAI, SIMFANG, SIMHEI, WENKAI), List.of());
        assertThat(r.face(FontRole.BODY)).contains(SIMFANG);
        assertThat(r.face(FontRole.HEITI)).contains(SIMHEI);
        assertThat(r.face(FontRole.KAITI)).contains(KAI);
        assertThat(r.face(FontRole.SONG)).contains(SUNG);
    }

    @Test
    void freeFontsFillEveryRoleOnDebian() {
        FontRegistry r = FontRegistry.of(List.of(SUNG, KAI, WENKAI), List.of());
        assertThat(r.face(FontRole.BODY)).contains(SUNG);
        assertThat(r.face(FontRole.TITLE)).contains(SUNG);
        // no 黑体 among them: the role is still printable through the body font and the fallbacks
        assertThat(r.face(FontRole.HEITI)).isEmpty();
        assertThat(r.stack(FontRole.HEITI)).isEqualTo("bg-body, bg-fallback-1");
    }

    @Test
    void aFamilysRegularWeightIsPreferredToItsLightOne() {
        FontRegistry r = FontRegistry.of(List.of(WENKAI_LIGHT, WENKAI_BOLD, WENKAI), List.of());
        assertThat(r.face(FontRole.BODY)).contains(WENKAI);
        assertThat(r.face(FontRole.TITLE)).as("the title prefers bold").contains(WENKAI_BOLD);
    }

    @Test
    void everyStackEndsInTheCommonFallbacks() {
        FontRegistry r = FontRegistry.of(List.of(SUNG, KAI, SIMHEI, WENKAI), List.of());
        assertThat(r.stack(FontRole.HEITI)).isEqualTo("bg-heiti, bg-body, bg-fallback-1");
        assertThat(r.commonChain()).containsExactly(SUNG, WENKAI);
        assertThat(r.registrations()).containsEntry("bg-heiti", SIMHEI).containsEntry("bg-fallback-1", WENKAI);
    }

    @Test
    void withoutAChineseFontTheBuildRefusesAndSaysWhatToInstall() {
        FontRegistry r = FontRegistry.of(List.of(face("DejaVuSans.ttf", 400, "DejaVu Sans")), List.of("x.otf: CFF"));
        assertThatThrownBy(r::requireChinese)
                .isInstanceOf(FontsMissingException.class)
                .hasMessageContaining("no Chinese font was found")
                .hasMessageContaining("sudo apt-get install " + FontRegistry.DEBIAN_PACKAGES)
                .hasMessageContaining("--fonts DIR");
    }
}
