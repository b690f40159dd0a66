package org.baogao.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spans that the print layout needs for Chinese typesetting, as HTML. */
class TypesettingSpansTest {

    final MarkdownRenderer renderer = new MarkdownRenderer();

    String html(String markdown) {
        return renderer.render(markdown).html().strip();
    }

    @Test
    void theLastTwoCharactersOfAParagraphStayTogetherWithItsFinalMark() {
        assertThat(html("本人能够按照要求参加学习。")).isEqualTo("<p>本人能够按照要求参加<span class=\"keep\">学习。</span></p>");
        assertThat(html("学习要深入")).isEqualTo("<p>学习要<span class=\"keep\">深入</span></p>");
    }

    @Test
    void headingsKeepTheirLastTwoCharactersTogetherToo() {
        assertThat(html("（一）理想信念方面问题")).isEqualTo(
                "<h3 id=\"s1\" class=\"l2\">（一）理想信念方面<span class=\"keep\">问题</span></h3>");
    }

    @Test
    void aParagraphOfLatinTextIsLeftAlone() {
        assertThat(html("See the PDF.")).isEqualTo("<p>See the PDF.</p>");
    }

    @Test
    void aClosingMarkBeforeAnOpeningOneIsSetAtHalfWidthInARunWithTheCharacterBeforeIt() {
        assertThat(html("遵守《准则》《条例》等规定。")).isEqualTo(
                "<p>遵守《准<span class=\"run\">则<span class=\"pc\">》</span></span>《条例》等<span class=\"keep\">规定。</span></p>");
        assertThat(html("要求，“四个意识”要牢。")).isEqualTo(
                "<p>要<span class=\"run\">求<span class=\"pc\">，</span></span>“四个意识”<span class=\"keep\">要牢。</span></p>");
    }

    @Test
    void inARunOfClosingMarksAllButTheLastAreSetAtHalfWidth() {
        assertThat(html("他说：“学习。”然后")).isEqualTo(
                "<p>他<span class=\"run\">说<span class=\"pc\">：</span></span>“学<span class=\"run\">习<span class=\"pc\">。</span>”</span>然后</p>");
        // and the last too when an opening mark follows; the opening marks before the character join the run
        assertThat(html("增强“四个意识”、“四个自信”等。")).isEqualTo(
                "<p>增强“四个意<span class=\"run\">识<span class=\"pc\">”</span><span class=\"pc\">、</span></span>“四个自<span class=\"keep\">信”等。</span></p>");
        assertThat(html("他说“好”、“对”。")).contains(
                "<span class=\"run\">“好<span class=\"pc\">”</span><span class=\"pc\">、</span></span>");
    }

    @Test
    void questionAndExclamationMarksEndARunAtFullWidth() {
        // their ink is centred: the quote before one gives up its half, they keep theirs
        assertThat(html("大家都说“明白”！然后")).contains("<span class=\"run\">白<span class=\"pc\">”</span>！</span>");
        assertThat(html("真的吗？”他问")).doesNotContain("class=\"run\"");
    }

    @Test
    void aRunNeedsACharacterBeforeItsMarks() {
        // a mark at the start of a text, or after a space, has nothing to keep it off the start of a line
        assertThat(html("”、开头")).doesNotContain("class=\"run\"");
        assertThat(html("甲 。”乙")).doesNotContain("class=\"run\"");
    }
}
