package org.baogao.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChineseStructureTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    // ---- Markdown headings ----

    @Test
    void markdownHeadingLevel1() {
        assertRendering("## 一、问题", "<h2 class=\"l1\" id=\"s1\">一、问题</h2>");
    }

    @Test
    void markdownHeadingLevel2() {
        assertRendering("### （一）理论学习方面", "<h3 class=\"l2\" id=\"s1\">（一）理论学习方面</h3>");
    }

    @Test
    void markdownHeadingLevels3And4() {
        assertRendering("#### 1.加强学习\n\n##### （1）读原著",
                "<h4 class=\"l3\" id=\"s1\">1.加强学习</h4><h5 class=\"l4\" id=\"s2\">（1）读原著</h5>");
    }

    @Test
    void numberingWinsOverMarkdownLevel() {
        assertRendering("# 一、问题\n\n## （一）学习方面",
                "<h2 class=\"l1\" id=\"s1\">一、问题</h2><h3 class=\"l2\" id=\"s2\">（一）学习方面</h3>");
    }

    @Test
    void markdownHeadingWithoutNumberTakesItsMarkdownLevel() {
        assertRendering("# 总体情况\n\n## 基本情况\n\n### 小结\n\n###### 附注",
                "<h2 class=\"l1\" id=\"s1\">总体情况</h2><h2 class=\"l1\" id=\"s2\">基本情况</h2>"
                        + "<h3 class=\"l2\" id=\"s3\">小结</h3><h5 class=\"l4\" id=\"s4\">附注</h5>");
    }

    @Test
    void markdownHeadingIsNeverRunIn() {
        assertRendering("### （一）在思想方面。虽然有进步",
                "<h3 class=\"l2\" id=\"s1\">（一）在思想方面。虽然有进步</h3>");
    }

    // ---- level 1 ----

    @Test
    void plainParagraphLevel1() {
        assertRendering("一、存在的主要问题", "<h2 class=\"l1\" id=\"s1\">一、存在的主要问题</h2>");
    }

    @Test
    void level1Variants() {
        assertRendering("二，问题", "<h2 class=\"l1\" id=\"s1\">二，问题</h2>");
        assertRendering("三.原因", "<h2 class=\"l1\" id=\"s1\">三.原因</h2>");
        assertRendering("四．措施", "<h2 class=\"l1\" id=\"s1\">四．措施</h2>");
        assertRendering("十二、其他", "<h2 class=\"l1\" id=\"s1\">十二、其他</h2>");
    }

    @Test
    void boldLevel1HasStrongUnwrapped() {
        assertRendering("**一、存在的主要问题**", "<h2 class=\"l1\" id=\"s1\">一、存在的主要问题</h2>");
    }

    @Test
    void emphasisedLevel1HasEmUnwrapped() {
        assertRendering("*一、存在的主要问题*", "<h2 class=\"l1\" id=\"s1\">一、存在的主要问题</h2>");
    }

    @Test
    void boldAndEmphasisedLevel1HasBothUnwrapped() {
        assertRendering("***一、存在的主要问题***", "<h2 class=\"l1\" id=\"s1\">一、存在的主要问题</h2>");
    }

    @Test
    void partlyBoldLevel1KeepsItsStrong() {
        assertRendering("**一、问题**（续）", "<h2 class=\"l1\" id=\"s1\"><strong>一、问题</strong>（续）</h2>");
    }

    @Test
    void level1EndingInFullStopIsStillAHeading() {
        assertRendering("一、存在的主要问题。", "<h2 class=\"l1\" id=\"s1\">一、存在的主要问题。</h2>");
    }

    // ---- level 2 ----

    @Test
    void runInLevel2() {
        assertRendering("（一）在思想方面。虽然……后文",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（一）在思想方面。</span>虽然……后文</p>");
    }

    @Test
    void runInLevel2WithBoldHeading() {
        assertRendering("**（一）在思想方面。**虽然……后文",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（一）在思想方面。</span>虽然……后文</p>");
    }

    @Test
    void runInLevel2WithHalfWidthParentheses() {
        assertRendering("(二)在作风方面。存在差距",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">(二)在作风方面。</span>存在差距</p>");
    }

    @Test
    void runInKeepsInlineMarkupInTheBody() {
        assertRendering("（一）在思想方面。存在**较大**差距",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（一）在思想方面。</span>"
                        + "存在<strong>较大</strong>差距</p>");
    }

    @Test
    void runInEndsAtQuestionAndExclamationMarks() {
        assertRendering("（二）为什么会这样？原因在于……",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（二）为什么会这样？</span>原因在于……</p>");
        assertRendering("（三）必须警醒！否则……",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（三）必须警醒！</span>否则……</p>");
    }

    @Test
    void aHeadingLineIsItsOwnParagraph() {
        // drafts put one paragraph per line: a numbered line that ends in its first sentence is a heading
        assertRendering("（一）在思想方面。\n虽然有进步",
                "<h3 class=\"l2\" id=\"s1\">（一）在思想方面。</h3><p>虽然有进步</p>");
    }

    @Test
    void aNumberedLineStartsANewParagraph() {
        assertRendering("前言到此为止。\n（一）在思想方面。虽然有进步",
                "<p>前言到此为止。</p><p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（一）在思想方面。</span>虽然有进步</p>");
    }

    @Test
    void wrappedLinesStillJoin() {
        assertRendering("本人能够按照要求参加学习，\n但对照要求仍有差距。",
                "<p>本人能够按照要求参加学习，但对照要求仍有差距。</p>");
    }

    @Test
    void paragraphLongLinesMakeEveryLineAParagraph() {
        String longLine = "本人认真学习".repeat(20) + "。";
        assertRendering(longLine + "\n二是学习不够。",
                "<p>" + longLine + "</p><p>二是学习不够。</p>");
    }

    @Test
    void standaloneLevel2WithoutSentenceEnd() {
        assertRendering("（一）理想信念方面问题", "<h3 class=\"l2\" id=\"s1\">（一）理想信念方面问题</h3>");
    }

    @Test
    void standaloneLevel2EndingInFullStop() {
        assertRendering("（一）理想信念方面问题。", "<h3 class=\"l2\" id=\"s1\">（一）理想信念方面问题。</h3>");
    }

    @Test
    void boldStandaloneLevel2() {
        assertRendering("**（二）作风建设方面问题**", "<h3 class=\"l2\" id=\"s1\">（二）作风建设方面问题</h3>");
    }

    // ---- closing quotes and brackets ----

    @Test
    void closingQuoteAfterFullStopStaysInTheHeading() {
        assertRendering("（一）坚持“学用结合。”具体表现为……",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（一）坚持“学用结合。”</span>具体表现为……</p>");
    }

    @Test
    void asciiClosingQuoteAfterFullStopIsCurledAndStaysInTheHeading() {
        assertRendering("（一）坚持\"学用结合。\"具体表现为……",
                "<p class=\"run-in l2\"><span class=\"heading l2\" id=\"s1\">（一）坚持“学用结合。”</span>具体表现为……</p>");
    }

    @Test
    void closingBracketAfterFullStopStaysInTheHeading() {
        assertRendering("（1）学习不够（见附件。）正文",
                "<p class=\"run-in l4\"><span class=\"heading l4\" id=\"s1\">（1）学习不够（见附件。）</span>正文</p>");
    }

    @Test
    void quoteAfterHeadingWithOnlyClosingMarksIsStandalone() {
        assertRendering("（一）坚持“学用结合。”", "<h3 class=\"l2\" id=\"s1\">（一）坚持“学用结合。”</h3>");
    }

    // ---- levels 3 and 4 ----

    @Test
    void runInLevel3() {
        assertRendering("1.加强学习。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p>");
    }

    @Test
    void runInLevel3Variants() {
        assertRendering("2、严格要求。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">2、严格要求。</span>正文</p>");
        assertRendering("３．全角数字。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">３．全角数字。</span>正文</p>");
        assertRendering("12.两位数。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">12.两位数。</span>正文</p>");
    }

    @Test
    void standaloneLevel3() {
        assertRendering("1.加强理论学习", "<h4 class=\"l3\" id=\"s1\">1.加强理论学习</h4>");
    }

    @Test
    void runInLevel4() {
        assertRendering("（1）坚持读原著。正文",
                "<p class=\"run-in l4\"><span class=\"heading l4\" id=\"s1\">（1）坚持读原著。</span>正文</p>");
        assertRendering("(2)学原文。正文",
                "<p class=\"run-in l4\"><span class=\"heading l4\" id=\"s1\">(2)学原文。</span>正文</p>");
    }

    @Test
    void standaloneLevel4() {
        assertRendering("（1）坚持读原著", "<h5 class=\"l4\" id=\"s1\">（1）坚持读原著</h5>");
    }

    // ---- Markdown ordered lists ----

    @Test
    void orderedListBecomesRunInLevel3Paragraphs() {
        assertRendering("1. 加强学习。正文\n2. 严格要求。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p>"
                        + "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s2\">2.严格要求。</span>正文</p>");
    }

    @Test
    void orderedListGivesTheSameDocumentAsNumberedParagraphs() {
        assertThat(renderer.render("1. 加强学习。正文\n2. 严格要求。正文").outline())
                .isEqualTo(renderer.render("1.加强学习。正文\n\n2.严格要求。正文").outline());
    }

    @Test
    void orderedListKeepsItsStartNumber() {
        assertRendering("3. 加强学习。正文\n4. 严格要求。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">3.加强学习。</span>正文</p>"
                        + "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s2\">4.严格要求。</span>正文</p>");
    }

    @Test
    void orderedListOfShortItemsBecomesLevel3Headings() {
        assertRendering("1. 加强学习\n2. 严格要求",
                "<h4 class=\"l3\" id=\"s1\">1.加强学习</h4><h4 class=\"l3\" id=\"s2\">2.严格要求</h4>");
    }

    @Test
    void looseOrderedList() {
        assertRendering("1. 加强学习。正文\n\n2. 严格要求。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p>"
                        + "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s2\">2.严格要求。</span>正文</p>");
    }

    @Test
    void orderedListItemWithBoldHeading() {
        assertRendering("1. **加强学习。**正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p>");
    }

    @Test
    void orderedListItemWithSecondParagraphKeepsItAfterTheNumberedOne() {
        assertRendering("1. 加强学习。正文\n\n   续段\n2. 严格要求。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p>"
                        + "<p>续段</p>"
                        + "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s2\">2.严格要求。</span>正文</p>");
    }

    @Test
    void orderedListItemWithNestedListKeepsItAfterTheNumberedOne() {
        assertRendering("1. 加强学习。正文\n   - 子项\n2. 严格要求。正文",
                "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p>"
                        + "<ul><li>子项</li></ul>"
                        + "<p class=\"run-in l3\"><span class=\"heading l3\" id=\"s2\">2.严格要求。</span>正文</p>");
    }

    @Test
    void orderedListBetweenParagraphsStaysInPlace() {
        assertRendering("前言\n\n1. 加强学习。正文\n\n结尾",
                "<p>前言</p><p class=\"run-in l3\"><span class=\"heading l3\" id=\"s1\">1.加强学习。</span>正文</p><p>结尾</p>");
    }

    @Test
    void unorderedListIsNotNumbered() {
        assertRendering("- 加强学习。正文\n- 严格要求。正文", "<ul><li>加强学习。正文</li><li>严格要求。正文</li></ul>");
    }

    // ---- not headings ----

    @Test
    void decimalNumberIsNotAHeading() {
        assertRendering("1.5亿元的项目已经完工。", "<p>1.5亿元的项目已经完工。</p>");
        assertRendering("3．5万人次参加学习", "<p>3．5万人次参加学习</p>");
    }

    @Test
    void yearIsNotAHeading() {
        assertRendering("2023年以来，我们坚持学习。", "<p>2023年以来，我们坚持学习。</p>");
    }

    @Test
    void enumerationWithShiIsNotAHeading() {
        assertRendering("一是学习不够深入。二是作风不够扎实。三是担当不够。",
                "<p>一是学习不够深入。二是作风不够扎实。三是担当不够。</p>");
    }

    @Test
    void separateEnumerationParagraphsAreNotHeadings() {
        assertRendering("一是学习不够深入。\n\n二是作风不够扎实。", "<p>一是学习不够深入。</p><p>二是作风不够扎实。</p>");
    }

    @Test
    void otherEnumerationsAreNotHeadings() {
        assertRendering("一要加强学习。", "<p>一要加强学习。</p>");
        assertRendering("第一，加强学习。", "<p>第一，加强学习。</p>");
        assertRendering("一方面，加强学习。", "<p>一方面，加强学习。</p>");
    }

    @Test
    void numberInsideTheParagraphIsNotAHeading() {
        assertRendering("我们要做到以下几点：一、学习。", "<p>我们要做到以下几点：一、学习。</p>");
    }

    @Test
    void numberedParagraphsInsideBlockquotesAndListsAreNotHeadings() {
        assertRendering("> 一、引用中的文字", "<blockquote><p>一、引用中的文字</p></blockquote>");
        assertRendering("- （一）列表中的文字", "<ul><li>（一）列表中的文字</li></ul>");
    }

    // ---- outline ----

    private static final String OUTLINE = """
            一、存在的问题

            （一）在学习方面。学得不深。

            1.理论学习不够。正文

            （1）读原著少。正文

            （2）用得不够

            （二）在作风方面

            二、整改措施

            （一）加强学习。正文
            """;

    @Test
    void outlineNestsLevels() {
        List<Heading> outline = renderer.render(OUTLINE).outline();
        assertThat(outline).extracting(Heading::text).containsExactly("一、存在的问题", "二、整改措施");
        Heading first = outline.get(0);
        assertThat(first.children()).extracting(Heading::text).containsExactly("（一）在学习方面。", "（二）在作风方面");
        Heading study = first.children().get(0);
        assertThat(study.children()).extracting(Heading::text).containsExactly("1.理论学习不够。");
        assertThat(study.children().get(0).children()).extracting(Heading::text)
                .containsExactly("（1）读原著少。", "（2）用得不够");
        assertThat(first.children().get(1).children()).isEmpty();
        assertThat(outline.get(1).children()).extracting(Heading::text).containsExactly("（一）加强学习。");
    }

    @Test
    void headingsListsAllInDocumentOrder() {
        assertThat(renderer.render(OUTLINE).headings())
                .extracting(Heading::level, Heading::text, Heading::id, Heading::runIn)
                .containsExactly(
                        tuple(1, "一、存在的问题", "s1", false),
                        tuple(2, "（一）在学习方面。", "s2", true),
                        tuple(3, "1.理论学习不够。", "s3", true),
                        tuple(4, "（1）读原著少。", "s4", true),
                        tuple(4, "（2）用得不够", "s5", false),
                        tuple(2, "（二）在作风方面", "s6", false),
                        tuple(1, "二、整改措施", "s7", false),
                        tuple(2, "（一）加强学习。", "s8", true));
    }

    @Test
    void idsInTheHtmlMatchTheOutline() {
        RenderedBody body = renderer.render(OUTLINE);
        Element html = Jsoup.parseBodyFragment(body.html()).body();
        for (Heading h : body.headings()) {
            Element e = html.getElementById(h.id());
            assertThat(e).as(h.id()).isNotNull();
            assertThat(e.text()).isEqualTo(h.text());
            assertThat(e.hasClass("l" + h.level())).isTrue();
            assertThat(e.tagName()).isEqualTo(h.runIn() ? "span" : "h" + (h.level() + 1));
        }
        assertThat(html.select("[id]")).hasSize(8);
    }

    @Test
    void skippedLevelNestsUnderTheNearestHigherOne() {
        List<Heading> outline = renderer.render("一、问题\n\n1.学习。正文\n\n（一）作风").outline();
        assertThat(outline).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("一、问题");
            assertThat(h.children()).extracting(Heading::text).containsExactly("1.学习。", "（一）作风");
        });
    }

    @Test
    void lowerLevelsBeforeTheFirstLevel1AreRoots() {
        List<Heading> outline = renderer.render("（一）学习\n\n（二）作风\n\n一、措施").outline();
        assertThat(outline).extracting(Heading::level, Heading::text)
                .containsExactly(tuple(2, "（一）学习"), tuple(2, "（二）作风"), tuple(1, "一、措施"));
    }

    @Test
    void textWithoutStructureHasNoOutline() {
        RenderedBody body = renderer.render("按照要求，现将情况报告如下。\n\n特此报告。");
        assertThat(body.outline()).isEmpty();
        assertThat(body.headings()).isEmpty();
    }

    @Test
    void outlineIsImmutable() {
        List<Heading> outline = renderer.render(OUTLINE).outline();
        assertThat(outline).isUnmodifiable();
        assertThat(outline.get(0).children()).isUnmodifiable();
    }

    private void assertRendering(String markdown, String expectedHtml) {
        String actual = Html.normalise(renderer.render(markdown).html());
        assertThat(actual).as("rendering of %s", markdown).isEqualTo(Html.normalise(expectedHtml));
    }
}
