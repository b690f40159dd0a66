package org.baogao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageTest {

    private static final Locale US = Locale.US;

    @Test
    void theOptionWinsOverEverything() {
        assertThat(Language.choose("en", Map.of("LANG", "zh_CN.UTF-8", "BAOGAO_LANG", "zh"), Locale.CHINA)).isEqualTo(Language.EN);
        assertThat(Language.choose("ZH", Map.of("LANG", "en_US.UTF-8"), US)).isEqualTo(Language.ZH);
    }

    @Test
    void theVariableWinsOverTheLocale() {
        assertThat(Language.choose(null, Map.of("BAOGAO_LANG", "zh", "LC_ALL", "C"), US)).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, Map.of("BAOGAO_LANG", "en", "LANG", "zh_CN.UTF-8"), Locale.CHINA)).isEqualTo(Language.EN);
    }

    @Test
    void theFirstLocaleVariableSetDecides() {
        assertThat(Language.choose(null, Map.of("LANG", "zh_CN.UTF-8"), US)).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, Map.of("LANG", "zh_TW.Big5"), US)).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, Map.of("LC_MESSAGES", "zh_CN.GBK", "LANG", "en_US.UTF-8"), US)).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, Map.of("LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8"), Locale.CHINA)).isEqualTo(Language.EN);
        assertThat(Language.choose(null, Map.of("LC_ALL", "", "LANG", "zh_CN.UTF-8"), US)).isEqualTo(Language.ZH);
    }

    @Test
    void withoutVariablesTheUsersLocaleDecides() {
        // Windows and macOS set no LANG: the JVM reads the user's language from the system
        assertThat(Language.choose(null, Map.of(), Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, Map.of(), US)).isEqualTo(Language.EN);
    }

    @Test
    void anUnknownValueIsPassedOver() {
        assertThat(Language.named("fr")).isEmpty();
        assertThat(Language.choose("fr", Map.of("LANG", "zh_CN.UTF-8"), US)).isEqualTo(Language.ZH);
    }
}
