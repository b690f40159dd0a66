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
    void aClosingMarkBeforeAnOpeningOneIsWrappedWithTheCharacterBeforeIt() {
        assertThat(html("遵守《准则》《条例》等规定。")).isEqualTo(
                "<p>遵守《准<span class=\"pc\">则》</span>《条例》等<span class=\"keep\">规定。</span></p>");
        assertThat(html("要求，“四个意识”要牢。")).isEqualTo(
                "<p>要<span class=\"pc\">求，</span>“四个意识”<span class=\"keep\">要牢。</span></p>");
    }

    @Test
    void twoClosingMarksAreLeftAtFullWidth() {
        // a span between them could let the renderer start a line with the second (OpenHTMLtoPDF issue 39)
        assertThat(html("增强“四个意识”、坚定“四个自信”。")).doesNotContain("class=\"pc\"");
    }
}
