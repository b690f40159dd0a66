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
                .hasMessageContaining("no Chinese font with TrueType outlines was found")
                .hasMessageContaining("sudo apt-get install " + FontRegistry.DEBIAN_PACKAGES)
                .hasMessageContaining("--fonts DIR");
    }
}
