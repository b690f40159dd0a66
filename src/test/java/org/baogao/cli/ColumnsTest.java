package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The terminal's tables: columns aligned by display width, lines without trailing space; counts grouped as %,d groups them. */
class ColumnsTest {

    @Test
    void wideCharactersTakeTwoColumnsAndTheLinesEndWithoutSpaces() {
        String rendered = new Columns().add("比例", "来源", "")
                .add("3.8%", "2017/r5560.md", "")
                .add("x", "\uD840\uDC00字", "末 ")
                .render();

        assertThat(rendered).isEqualTo(""
                + "比例  来源\n"
                + "3.8%  2017/r5560.md\n"
                + "x     \uD840\uDC00字           末\n");
    }

    @Test
    void theWidthCountsCodePoints() {
        assertThat(Columns.width("abc")).isEqualTo(3);
        assertThat(Columns.width("中文")).isEqualTo(4);
        assertThat(Columns.width("\uD840\uDC00")).as("a wide character beyond the BMP").isEqualTo(2);
        assertThat(Columns.width("\uD83D\uDE00")).as("an emoji").isEqualTo(2);
        assertThat(Columns.width("\uD800")).as("a lone surrogate").isEqualTo(1);
        assertThat(Columns.width("ｘ\uFF65")).as("full-width x, half-width katakana dot").isEqualTo(3);
    }

    @Test
    void countsAreGroupedAsFormatGroupsThem() {
        Random random = new Random(5);
        int[] edges = {0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int n : edges) assertThat(SimilarText.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        for (int i = 0; i < 10_000; i++) {
            int n = random.nextInt() >> random.nextInt(31);
            assertThat(SimilarText.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }
}
