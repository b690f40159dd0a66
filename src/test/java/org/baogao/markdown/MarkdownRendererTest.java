package org.baogao.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    // ---- a body the checks parsed before ----

    @Test
    void aTreeParsedBeforeIsRenderedAsTheTextWouldBe() {
        String body = "## 一、存在的问题\n\n（一）理论学习方面。学得**不深**。\n\n| 项目 | 次数 |\n|---|---|\n| 调研 | 3 |\n";
        ParsedBody parsed = new ParsedBody(body, MarkdownSyntax.parse(MarkdownSyntax.parser(), body));
        assertThat(renderer.render(body, java.util.Optional.of(parsed))).isEqualTo(renderer.render(body));
    }

    @Test
    void aTreeParsedBeforeIsTakenForItsTextAndForNoOther() {
        ParsedBody ofOther = new ParsedBody("别的正文", MarkdownSyntax.parse(MarkdownSyntax.parser(), "别的正文"));
        assertThat(renderer.render("正文", java.util.Optional.of(ofOther)).text()).isEqualTo("正文");
        // the tree stands for its text: the renderer does not parse that text again
        ParsedBody taken = new ParsedBody("正文", MarkdownSyntax.parse(MarkdownSyntax.parser(), "别的正文"));
        assertThat(renderer.render("正文", java.util.Optional.of(taken)).text()).isEqualTo("别的正文");
    }

    @Test
    void aBodyWhoseLinesBecomeParagraphsIsParsedAgain() {
        // one paragraph per line, as pasted from Word: the renderer parses the text with paragraph
        // breaks between the lines, not the checks' tree of one paragraph
        String line = "我们".repeat(60);
        String body = line + "\n" + line + "\n";
        ParsedBody parsed = new ParsedBody(body, MarkdownSyntax.parse(MarkdownSyntax.parser(), body));
        RenderedBody rendered = renderer.render(body, java.util.Optional.of(parsed));
        assertThat(rendered).isEqualTo(renderer.render(body));
        assertThat(rendered.html().split("<p>", -1)).hasSize(3);
    }

    // ---- soft line breaks ----

    @Test
    void softBreakBetweenHanIsNothing() {
        assertRendering("我们要\n加强学习", "<p>我们要加强学习</p>");
    }

    @Test
    void softBreaksOverSeveralLines() {
        assertRendering("坚持\n以学\n促干", "<p>坚持以学促干</p>");
    }

    @Test
    void softBreakBetweenLatinWordsIsASpace() {
        assertRendering("hello\nworld", "<p>hello world</p>");
    }

    @Test
    void softBreakAfterLatinPunctuationIsASpace() {
        assertRendering("It ends.\nNext one", "<p>It ends. Next one</p>");
    }

    @Test
    void softBreakAfterChinesePunctuationIsNothing() {
        assertRendering("学习，\n工作。\n生活", "<p>学习，工作。生活</p>");
    }

    @Test
    void softBreakBeforeClosingQuoteIsNothing() {
        assertRendering("“四个意识\n”", "<p>“四个意识”</p>");
    }

    @Test
    void softBreakBetweenHanAndLatinIsNothing() {
        assertRendering("使用\nMarkdown\n编写", "<p>使用Markdown编写</p>");
    }

    @Test
    void softBreakWithTrailingSpaceBetweenHanIsNothing() {
        assertRendering("我们 \n加强", "<p>我们加强</p>");
    }

    @Test
    void softBreakAfterEmphasisLooksAtTheText() {
        assertRendering("**重点**\n工作", "<p><strong>重点</strong>工作</p>");
        assertRendering("Latin *word*\nnext", "<p>Latin <em>word</em> next</p>");
    }

    @Test
    void softBreakInBlockquote() {
        assertRendering("> 第一行\n> 第二行", "<blockquote><p>第一行第二行</p></blockquote>");
        assertRendering("> first\n> second", "<blockquote><p>first second</p></blockquote>");
    }

    @Test
    void softBreakInListItem() {
        assertRendering("- 第一行\n  第二行", "<ul><li>第一行第二行</li></ul>");
    }

    @Test
    void hardBreakIsKept() {
        assertRendering("行一  \n行二", "<p>行一<br/>行二</p>");
        assertRendering("行一\\\n行二", "<p>行一<br/>行二</p>");
    }

    // ---- quotes ----

    @Test
    void quotesInChineseParagraphAreCurled() {
        assertRendering("他说\"好\"然后", "<p>他说“好”然后</p>");
    }

    @Test
    void quotesArePairedInOrder() {
        assertRendering("\"甲\"和\"乙\"以及\"丙\"", "<p>“甲”和“乙”以及“丙”</p>");
    }

    @Test
    void latinWordQuotedInChineseParagraph() {
        assertRendering("使用\"Markdown\"格式", "<p>使用“Markdown”格式</p>");
    }

    @Test
    void quotesAcrossStrongBoundaries() {
        assertRendering("他强调\"要**抓落实\"**，不能", "<p>他强调“要<strong>抓落实”</strong>，不能</p>");
    }

    @Test
    void quotesAroundStrong() {
        assertRendering("\"**重点**\"工作", "<p>“<strong>重点</strong>”工作</p>");
    }

    @Test
    void quotesInsideStrong() {
        assertRendering("深刻领会**\"两个确立\"**的意义", "<p>深刻领会<strong>“两个确立”</strong>的意义</p>");
    }

    @Test
    void quoteOpeningInsideStrongAndClosingOutside() {
        // needs ** to open after a Han character and before a quote
        assertRendering("他说**\"好**\"然后", "<p>他说<strong>“好</strong>”然后</p>");
    }

    @Test
    void quotesInLinkText() {
        assertRendering("详见[\"附件一\"](a.html)说明", "<p>详见<a href=\"a.html\">“附件一”</a>说明</p>");
    }

    @Test
    void quotesInCodeSpanAreNotTouched() {
        assertRendering("在`\"x\"`中\"好\"", "<p>在<code>\"x\"</code>中“好”</p>");
    }

    @Test
    void quotesInCodeSpanAreNotCounted() {
        // one quote in code, two outside: the two outside pair
        assertRendering("用`\"`表示\"引号\"", "<p>用<code>\"</code>表示“引号”</p>");
    }

    @Test
    void quotesInCodeBlockAreNotTouched() {
        assertRendering("```\n说\"话\"\n```", "<pre><code>说\"话\"\n</code></pre>");
    }

    @Test
    void quotesInParagraphWithoutHanAreNotTouched() {
        assertRendering("say \"hi\" now", "<p>say \"hi\" now</p>");
    }

    @Test
    void oddNumberOfQuotesIsLeftUntouched() {
        assertRendering("他说\"好", "<p>他说\"好</p>");
        assertRendering("\"甲\"和\"乙", "<p>\"甲\"和\"乙</p>");
    }

    @Test
    void quotesArePairedWithinEachParagraph() {
        assertRendering("他说\"好\n\n然后\"走", "<p>他说\"好</p><p>然后\"走</p>");
        assertRendering("甲\"乙\"\n\n丙\"丁", "<p>甲“乙”</p><p>丙\"丁</p>");
    }

    @Test
    void quotesInListItems() {
        assertRendering("- 坚持\"两个维护\"\n- 落实\"三会一课\"", "<ul><li>坚持“两个维护”</li><li>落实“三会一课”</li></ul>");
    }

    @Test
    void quotesInLooseListItemParagraph() {
        assertRendering("- 坚持\"两个维护\"\n\n- 其他", "<ul><li><p>坚持“两个维护”</p></li><li><p>其他</p></li></ul>");
    }

    @Test
    void quotesInBlockquote() {
        assertRendering("> 引用\"原文\"", "<blockquote><p>引用“原文”</p></blockquote>");
    }

    @Test
    void quotesInTableCells() {
        assertRendering("| 项目 | 说明 |\n|---|---|\n| \"学习\" | say \"hi\" |",
                "<table><thead><tr><th>项目</th><th>说明</th></tr></thead>"
                        + "<tbody><tr><td>“学习”</td><td>say \"hi\"</td></tr></tbody></table>");
    }

    @Test
    void curlyQuotesAreLeftAlone() {
        assertRendering("他说“好”然后", "<p>他说“好”然后</p>");
    }

    // ---- emphasis next to Chinese punctuation ----

    @Test
    void strongEndingInChinesePunctuationBeforeHan() {
        assertRendering("**要求。**正文", "<p><strong>要求。</strong>正文</p>");
    }

    @Test
    void strongStartingWithChineseBracketAfterHan() {
        assertRendering("正文**（重点）**正文", "<p>正文<strong>（重点）</strong>正文</p>");
    }

    @Test
    void emphasisBetweenHan() {
        assertRendering("中文*强调*中文", "<p>中文<em>强调</em>中文</p>");
    }

    @Test
    void latinEmphasisRulesAreUnchanged() {
        assertRendering("a **b** c", "<p>a <strong>b</strong> c</p>");
        assertRendering("a ** b ** c", "<p>a ** b ** c</p>");
        assertRendering("2*3*4", "<p>2<em>3</em>4</p>");
        assertRendering("foo**\"bar\"**baz", "<p>foo**\"bar\"**baz</p>");
    }

    @Test
    void asteriskBeforeSpaceDoesNotOpen() {
        assertRendering("中文* 不是强调*", "<p>中文* 不是强调*</p>");
    }

    // ---- tables ----

    @Test
    void tableRenders() {
        assertRendering("""
                | 项目 | 完成情况 |
                |---|---|
                | 理论学习 | 已完成 |
                | 调查研究 | 进行中 |
                """,
                "<table><thead><tr><th>项目</th><th>完成情况</th></tr></thead>"
                        + "<tbody><tr><td>理论学习</td><td>已完成</td></tr>"
                        + "<tr><td>调查研究</td><td>进行中</td></tr></tbody></table>");
    }

    @Test
    void tableWithAlignment() {
        assertRendering("| 甲 | 乙 |\n|:--|--:|\n| 一 | 二 |",
                "<table><thead><tr><th align=\"left\">甲</th><th align=\"right\">乙</th></tr></thead>"
                        + "<tbody><tr><td align=\"left\">一</td><td align=\"right\">二</td></tr></tbody></table>");
    }

    @Test
    void tableMissingCellsAreAppendedAndExtraOnesDropped() {
        assertRendering("| 甲 | 乙 |\n|---|---|\n| 一 |\n| 二 | 三 | 四 |",
                "<table><thead><tr><th>甲</th><th>乙</th></tr></thead>"
                        + "<tbody><tr><td>一</td><td></td></tr><tr><td>二</td><td>三</td></tr></tbody></table>");
    }

    @Test
    void tableWithoutSeparatorIsAParagraph() {
        // the soft break between two ASCII characters is a space
        assertRendering("| 甲 | 乙 |\n| 一 | 二 |", "<p>| 甲 | 乙 | | 一 | 二 |</p>");
    }

    // ---- other ----

    @Test
    void plainParagraphsAreUntouched() {
        assertRendering("按照要求，现将情况报告如下。\n\n特此报告。", "<p>按照要求，现将情况报告如下。</p><p>特此报告。</p>");
    }

    @Test
    void emptyInput() {
        RenderedBody b = renderer.render("");
        assertThat(b.html()).isBlank();
        assertThat(b.outline()).isEmpty();
        assertThat(b.headings()).isEmpty();
    }

    @Test
    void outputIsWellFormedXml() throws Exception {
        String html = renderer.render("""
                一、问题

                行一\\
                行二 a&nbsp;b &copy; <x> & “引号”

                ***

                ![图](a.png "题\"注")

                | 甲 | 乙 |
                |---|---|
                | 1 |

                1. 加强学习。正文
                """).html();
        assertThat(html).contains("<br />").contains("<hr />").contains("<table>")
                .doesNotContain("&nbsp;").doesNotContain("&copy;");
        var factory = DocumentBuilderFactory.newInstance();
        factory.newDocumentBuilder().parse(new InputSource(new StringReader("<body>" + html + "</body>")));
    }

    @Test
    void rendererCanBeReused() {
        RenderedBody first = renderer.render("一、甲\n\n二、乙");
        RenderedBody second = renderer.render("一、甲\n\n二、乙");
        assertThat(second.html()).isEqualTo(first.html());
        assertThat(second.headings()).extracting(Heading::id).containsExactly("s1", "s2");
    }

    private void assertRendering(String markdown, String expectedHtml) {
        String actual = Html.normalise(renderer.render(markdown).html());
        assertThat(actual).as("rendering of %s", markdown).isEqualTo(Html.normalise(expectedHtml));
    }
}
