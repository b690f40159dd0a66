package org.baogao.fonts.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TrueTypeFileTest {

    /** The format's sum as it defines it: the bytes as big-endian 32-bit words, the last padded with zeros. */
    private static long bytewise(byte[] b, int from, int length, int column) {
        long s = 0;
        for (int k = 0; k < length; k++) s += (b[from + k] & 0xFFL) << (24 - 8 * ((column + k) % 4));
        return s & 0xFFFFFFFFL;
    }

    @Test
    void theSumIsTheBigEndianWordsSumAtAnyOffsetLengthAndColumn() {
        Random random = new Random(9704);
        for (int round = 0; round < 2_000; round++) {
            byte[] b = new byte[random.nextInt(5_000) + 1];
            random.nextBytes(b);
            int from = random.nextInt(b.length);
            int length = random.nextInt(b.length - from + 1);
            int column = round % 5 == 0 ? random.nextInt(4) : 0;
            assertThat(TrueTypeFile.sum(b, from, length, column)).as("from %d, %d bytes, column %d", from, length, column)
                    .isEqualTo(bytewise(b, from, length, column));
        }
    }

    @Test
    void theSumOfBytesAllOnesOverManyWordsCarriesAsTheFormatSays() {
        // every byte 0xFF: the 16-bit fields that add the columns side by side are at their fullest
        for (int length : new int[] {8 * 257, 8 * 257 + 8, 8 * 514 + 4, 1 << 20}) {
            byte[] b = new byte[length + 3];
            java.util.Arrays.fill(b, (byte) 0xFF);
            assertThat(TrueTypeFile.sum(b, 3, length, 0)).as("%d bytes", length).isEqualTo(bytewise(b, 3, length, 0));
        }
    }

    @Test
    void aFileAssembledFromTablesIsWholeAndOneChangedByteIsFound() {
        Random random = new Random(28);
        TrueTypeFile f = new TrueTypeFile();
        for (String tag : new String[] {"head", "glyf", "loca", "hmtx", "cmap"}) {
            byte[] t = new byte[tag.equals("head") ? 54 : random.nextInt(3_000) + 1];
            random.nextBytes(t);
            f.put(tag, t);
        }
        byte[] file = f.bytes();
        assertThat(TrueTypeFile.damage(file)).isEmpty();
        for (int round = 0; round < 200; round++) {
            byte[] damaged = file.clone();
            int at = 12 + random.nextInt(file.length - 12);
            damaged[at] ^= (byte) (1 << random.nextInt(8));
            assertThat(TrueTypeFile.damage(damaged)).as("byte %d changed", at).isPresent();
        }
    }
}
