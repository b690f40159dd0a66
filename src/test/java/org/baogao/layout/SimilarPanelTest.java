package org.baogao.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SimilarPanelTest {

    /** What the panels and tables printed before the formatter was kept off the common path. */
    private static String formatted(int part, int whole) {
        if (whole == 0 || part == 0) return "0%";
        double p = 100.0 * part / whole;
        if (p < 0.1) return "<0.1%";
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    @Test
    void aShareIsPrintedAsTheFormatterPrintsIt() {
        // every share of bodies up to 1,200 characters, and of longer ones at random: halves, ties and all
        for (int whole = 1; whole <= 1_200; whole++) {
            for (int part = 0; part <= whole; part++) {
                assertThat(SimilarPanel.percent(part, whole)).as("%d of %d", part, whole).isEqualTo(formatted(part, whole));
            }
        }
        Random random = new Random(3);
        for (int i = 0; i < 300_000; i++) {
            int whole = 1 + random.nextInt(200_000);
            int part = random.nextInt(whole + 1);
            assertThat(SimilarPanel.percent(part, whole)).as("%d of %d", part, whole).isEqualTo(formatted(part, whole));
        }
        assertThat(SimilarPanel.percent(1, 8)).isEqualTo("12.5%");
        assertThat(SimilarPanel.percent(1, 1)).isEqualTo("100.0%");
        assertThat(SimilarPanel.percent(1, 2_000)).isEqualTo("<0.1%");
    }
}
