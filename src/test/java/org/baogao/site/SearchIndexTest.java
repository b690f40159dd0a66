package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static final String TEXT = "一、存在的主要问题（一）理论学习方面。学习的系统性不够，学用结合不够紧密，对“GDP”的理解不深。"
            + "二、整改措施：坚持原原本本学、联系实际学，每月精读一篇原著，年底前完成整改。𠮷野家\"引号\"\\反斜杠\n换行";

    @Test
    void recodingIsOneToOneAndKeepsEverySubstring() {
        Alphabet a = Alphabet.of(List.of(TEXT));
        String coded = a.encode(TEXT);
        assertThat(coded.codePointCount(0, coded.length())).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
        assertThat(a.codes().codePoints().distinct().count()).isEqualTo(a.size());
        Random random = new Random(7);
        int[] cps = TEXT.codePoints().toArray();
        for (int i = 0; i < 200; i++) {
            int from = random.nextInt(cps.length);
            int to = from + 1 + random.nextInt(Math.min(6, cps.length - from));
            String part = new String(cps, from, to - from);
            assertThat(coded).contains(a.encode(part));
        }
        // a string that is not in the text is not in the recoded text either
        assertThat(coded).doesNotContain(a.encode("学理论"));
    }

    @Test
    void codesNeedNoEscapingInAScriptAndTheCommonestCharactersTakeOneByte() {
        Alphabet a = Alphabet.of(List.of(TEXT));
        assertThat(a.codes().codePoints()).allSatisfy(c -> {
            assertThat(c).isNotIn((int) '"', (int) '\\', 0x2028, 0x2029, 0xFEFF);
            assertThat(c).isGreaterThanOrEqualTo(0x20);
            assertThat(c >= 0xD800 && c <= 0xDFFF).as("a surrogate").isFalse();
        });
        int commonest = a.chars().codePointAt(0);
        assertThat(TEXT.chars().filter(c -> c == commonest).count())
                .isEqualTo(TEXT.chars().filter(c -> c == '学').count());
        assertThat(a.encode("学").getBytes(StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void slotsSkipWhatAScriptStringCannotHold() {
        assertThat(Alphabet.nextSlot(0)).isEqualTo(0x20);
        assertThat(Alphabet.nextSlot('"')).isEqualTo('#');
        assertThat(Alphabet.nextSlot(0x7F)).isEqualTo(0xA0);
        assertThat(Alphabet.nextSlot(0xD800)).isEqualTo(0xE000);
        assertThat(Alphabet.nextSlot(0x2028)).isEqualTo(0x202A);
        assertThat(Alphabet.nextSlot(0xFFFE)).isEqualTo(0x10000);
    }

    @Test
    void slugsAreStableAsciiFileNames() {
        assertThat(SitePaths.slug("2024")).isEqualTo("2024");
        assertThat(SitePaths.slug("individual")).isEqualTo("individual");
        assertThat(SitePaths.slug("青山县委")).matches("t[0-9a-f]{12}").isEqualTo(SitePaths.slug("青山县委"))
                .isNotEqualTo(SitePaths.slug("青山县政府"));
        // case-insensitive file systems would take these for one name
        assertThat(SitePaths.slug("Group")).matches("t[0-9a-f]{12}");
        assertThat(SitePaths.slug("index")).isNotEqualTo("index");
        assertThat(SitePaths.rootOf("browse/unit/x.html")).isEqualTo("../../");
        assertThat(SitePaths.rootOf("index.html")).isEmpty();
    }

    @Test
    void jsonTextEscapesWhatAScriptCannotHoldRaw() {
        assertThat(JsonText.quote("甲\"乙\\丙\n丁\u2028</script>")).isEqualTo("\"甲\\\"乙\\\\丙\\n丁\\u2028\\u003c/script>\"");
        assertThat(JsonText.quote(null)).isEqualTo("null");
    }
}
