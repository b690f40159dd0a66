package org.baogao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where a paragraph's lines end with hanging and squeezed marks, planned from the characters'
 * advances (the pages themselves are measured by {@link PrintLayoutTest}). Lines here are ten
 * characters of 40 units wide, plus a little, as the text block is 28.08 characters.
 */
class LinePlanTest {

    static final float EM = 40;
    static final float WIDTH = 10 * EM + 3;
    static final String LONE = "，。、；：";

    /**
     * A paragraph from its text: '^' after a mark sets it at half width, as a pair of marks has
     * it; 'a' is a Latin letter, narrower than a character; after '|' nothing may be parted, as
     * the last two characters of a paragraph are kept. Every lone mark after a character may be
     * squeezed, every closing mark may hang.
     */
    static LinePlan.Input paragraph(String marked) {
        String text = marked.replace("^", "").replace("|", "");
        int n = text.length();
        float[] advance = new float[n];
        float[] squeeze = new float[n];
        boolean[] hang = new boolean[n];
        boolean[] breaks = new boolean[n];
        int kept = n;
        for (int i = 0, k = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '^') {
                advance[k - 1] = EM / 2;
                squeeze[k - 1] = 0;
                continue;
            }
            if (c == '|') {
                kept = k;
                continue;
            }
            advance[k] = c == 'a' ? 0.65f * EM : EM;
            hang[k] = LineEnds.HANGING.indexOf(c) >= 0;
            boolean lone = LONE.indexOf(c) >= 0 && k > 0 && k + 1 < n && LineEnds.HANGING.indexOf(text.charAt(k + 1)) < 0
                    && LineEnds.OPENING.indexOf(text.charAt(k + 1)) < 0;
            squeeze[k] = lone ? EM / 2 : 0;
            k++;
        }
        LineBreaks breaker = new LineBreaks(new TimeLimit(Duration.ofMinutes(1)));
        breaker.setText(text);
        for (int b = breaker.next(); b != BreakIterator.DONE && b < n; b = breaker.next()) breaks[b] = b <= kept;
        return new LinePlan.Input(advance, squeeze, hang, breaks, WIDTH, WIDTH, n);
    }

    static List<LinePlan.Step> plan(String marked) {
        return LinePlan.plan(paragraph(marked)).steps();
    }

    static LinePlan.Step hang(int at) {
        return new LinePlan.Step(LinePlan.Kind.HANG, at);
    }

    static LinePlan.Step squeeze(int at) {
        return new LinePlan.Step(LinePlan.Kind.SQUEEZE, at);
    }

    @Test
    void withoutStepsThePlanBreaksWhereTheRendererDoes() {
        // nine characters, then "距。", which may not be parted and does not fit
        assertThat(LinePlan.lineStarts(paragraph("一二三四五六七八九距。一二三"))).containsExactly(9);
    }

    @Test
    void aClosingMarkThatWouldStartALineHangs() {
        assertThat(plan("一二三四五六七八九距。一二三")).containsExactly(hang(10));
    }

    @Test
    void aFullLineIsLeftAlone() {
        assertThat(plan("一二三四五六七八九十距。一二三")).isEmpty();
    }

    @Test
    void besideAPairAtHalfWidthALoneMarkIsSqueezedForTheNextCharacter() {
        // "。^”" takes a character and a half: the line holds 9.5 and the next character needs a whole
        assertThat(plan("一二三，四五。^”六七八九十一二")).containsExactly(squeeze(3));
    }

    @Test
    void theMarksNearestTheLineEndAreSqueezedFirst() {
        // an opening mark and its character need two characters, the room is one: two marks give it
        assertThat(plan("一，二，三，四五六“七八九十")).containsExactly(squeeze(5), squeeze(3));
        // one mark is not enough: the line stays as it is
        assertThat(plan("一二三四五，六七八“九十一二")).isEmpty();
    }

    @Test
    void aLineSqueezesAtMostTwoMarks() {
        // "“六”^、" with its mark hanging needs a character and a half beyond the room: three
        // squeezes would give it, two may not
        assertThat(plan("一，二，三，四，五“六”^、七")).isEmpty();
    }

    @Test
    void aCharacterWithTwoMarksIsSqueezedInAndHangs() {
        // "办”^，": the character and its half-width mark need one and a half, the room is one
        assertThat(plan("一二三四五，六七八办”^，一二")).containsExactly(squeeze(5), hang(11));
    }

    @Test
    void aMarkThatWouldHangFromALineLeftShortIsSqueezedInInstead() {
        // hanging "，" of "办”^，" leaves the line more than half a character short, to be spread;
        // one squeeze holds the whole piece inside and fills the line
        assertThat(plan("一二，四五六七八办”^，二三")).containsExactly(squeeze(2));
        // without a mark to squeeze, it hangs
        assertThat(plan("一二三四五六七八办”^，二三")).containsExactly(hang(10));
    }

    @Test
    void everyLineOfAParagraphIsPlannedInOneGo() {
        assertThat(plan("一二三四五六七八九距。一二三四五六七八九距。一二三")).containsExactly(hang(10), hang(21));
    }

    @Test
    void aParagraphsLastLineHangsAMarkOnlyWhenItIsFull() {
        // "减负。" kept together at the end: pulled up with two squeezes, the line is full and the mark hangs
        assertThat(plan("一，二三，四五六七|减负。")).containsExactly(squeeze(4), squeeze(1), hang(11));
        // the last line is not spread to the edge: a mark hanging from a line that is not full
        // would stand half out; squeezed in, it stays inside
        assertThat(plan("一，二，三四五a|减负。")).containsExactly(squeeze(3), squeeze(1));
        assertThat(plan("一二三四五六七a|减负。")).isEmpty();
    }
}
