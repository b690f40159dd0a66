package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Winnowing keeps, of every window of grams, the one with the least hash, the rightmost of equals, each once. */
class WinnowedTest {

    @Test
    void everyWindowsLeastGramIsKeptOnceAndNothingElse() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            // few letters, so that equal grams (and equal hashes) are common
            char[] text = new char[random.nextInt(300)];
            for (int i = 0; i < text.length; i++) text[i] = (char) ('甲' + random.nextInt(round % 2 == 0 ? 3 : 40));
            int n = 2 + random.nextInt(10);
            int w = 1 + random.nextInt(12);
            Winnowed got = Winnowed.of(text, n, w);
            List<Integer> expected = leastOfEachWindow(text, n, w);
            List<Integer> positions = new ArrayList<>();
            for (int p : got.positions()) positions.add(p);
            assertThat(positions).as("text of %d, n %d, w %d", text.length, n, w).isEqualTo(expected);
            assertThat(got.fit(text.length)).isTrue();
        }
    }

    /** The plain definition: each window looked through whole. */
    private static List<Integer> leastOfEachWindow(char[] text, int n, int w) {
        int grams = text.length - n + 1;
        List<Integer> out = new ArrayList<>();
        if (grams <= 0) return out;
        long[] g = new long[grams];
        for (int i = 0; i < grams; i++) g[i] = Winnowed.of(java.util.Arrays.copyOfRange(text, i, i + n), n, 1).hashes()[0] & 0xFFFFFFFFL;
        int span = Math.min(w, grams);
        for (int i = 0; i + span <= grams; i++) {
            int min = i;
            for (int j = i; j < i + span; j++) if (g[j] <= g[min]) min = j;
            if (out.isEmpty() || out.get(out.size() - 1) != min) out.add(min);
        }
        return out;
    }
}
