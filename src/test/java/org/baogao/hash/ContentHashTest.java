package org.baogao.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    static String of(String s) {
        return ContentHash.of(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReferenceImplementationsAnswers() {
        // MurmurHash3 x64 128, seed 0, as Guava's murmur3_128 prints it; lengths 0, 1, 16+ with and without a tail
        assertThat(of("")).isEqualTo("00000000000000000000000000000000");
        assertThat(of("a")).isEqualTo("897859f6655555855a890e51483ab5e6");
        assertThat(of("学习贯彻党的二十大精神")).isEqualTo("1467cfdbb7194094983b101d42459f0d");
        assertThat(of("0123456789abcdef0123456789abcdef0")).isEqualTo("3bf5fe473b8f082ecf00e8f1328e381e");
        assertThat(of("The quick brown fox jumps over the lazy dog")).isEqualTo("6c1b07bc7bbc4be347939ac4a93c437a");
    }

    @Test
    void oneChangedByteChangesTheHash() {
        Random random = new Random(7);
        byte[] text = new byte[20_000];
        random.nextBytes(text);
        Set<String> seen = new HashSet<>();
        assertThat(seen.add(ContentHash.of(text))).isTrue();
        for (int i = 0; i < 2_000; i++) {
            byte[] changed = text.clone();
            // a different byte each time, so that no two changed texts are the same
            changed[i * 10] ^= (byte) (1 << random.nextInt(8));
            assertThat(seen.add(ContentHash.of(changed))).as("change %d", i).isTrue();
        }
    }

    @Test
    void aTextsHashIsThatOfItsUtf16LittleEndianBytes() {
        // every length up to three blocks of 16 bytes, so that each size of tail is met, Han, Latin and surrogates
        Random random = new Random(11);
        // whole characters only: a lone surrogate has no UTF-16 bytes (the encoder puts '?' for it)
        String[] alphabet = "学 习 贯 彻 党 的 二 十 大 精 神 ， 。 “ ” a b c X Y Z 0 1 9 \n".split(" ");
        String outsideTheBmp = new String(Character.toChars(0x20BB7));
        for (int length = 0; length <= 48; length++) {
            for (int round = 0; round < 20; round++) {
                StringBuilder b = new StringBuilder();
                while (b.length() < length - 1) {
                    b.append(random.nextInt(8) == 0 ? outsideTheBmp : alphabet[random.nextInt(alphabet.length)]);
                }
                if (b.length() < length) b.append(alphabet[random.nextInt(alphabet.length)]);
                String text = b.toString();
                assertThat(ContentHash.ofText(text)).as("%s", text)
                        .isEqualTo(ContentHash.of(text.getBytes(StandardCharsets.UTF_16LE)));
            }
        }
        assertThat(ContentHash.ofText("学习")).isNotEqualTo(ContentHash.ofText("学刁"));
    }
}
