package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normalised text keeps letters and digits, one rule for every character, the common Han characters' quick way included. */
class NormaliserTest {

    @Test
    void theCommonHanCharactersAreKeptAsEveryLetterIs() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0x4E00; cp <= 0x9FFC; cp++) {
            // what the general rule would do with each: a letter without case, not folded
            assertThat(Character.isLetterOrDigit(cp) && Character.toLowerCase(cp) == cp).as("U+%04X", cp).isTrue();
            all.appendCodePoint(cp);
        }
        assertThat(Normaliser.normalise(all)).isEqualTo(all.toString());
        // past the quick way's end the general rule decides: U+9FFD and on are letters only in later Unicode versions
        assertThat(Normaliser.normalise("\u9FFD")).isEqualTo(Character.isLetterOrDigit(0x9FFD) ? "\u9FFD" : "");
    }

    @Test
    void offsetsPointAtTheCharactersTheyCameFrom() {
        String body = "一、**学习**不够，Ａ1。";
        assertThat(Normaliser.normalise(body)).isEqualTo("一学习不够a1");
        assertThat(Normaliser.sourceOffsets(body)).containsExactly(0, 4, 5, 8, 9, 11, 12, body.length());
    }
}
