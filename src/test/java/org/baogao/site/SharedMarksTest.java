package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.baogao.layout.SimilarPanel;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.similar.Normaliser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.baogao.testing.SimilarProject;
import org.junit.jupiter.api.Test;

/**
 * Marks placed in a body's HTML by offsets into its normalised Markdown: where the two texts differ
 * (a link's address is in the Markdown, not in the page), the marks still cover the shared text
 * as the page shows it, and nothing else.
 */
class SharedMarksTest {

    static final String SHARED = "对标对表党中央决策部署，在学懂弄通做实上下功夫还不够，存在以干代学的倾向";

    @Test
    void aLinksAddressInTheMarkdownDoesNotShiftTheMarks() {
        String markdown = "前言写在这里。[对标对表党中央决策部署](https://example.com/a1b2c3d4)，在学懂弄通做实上下功夫还不够，存在以干代学的倾向。"
                + "后面还有一句[参见文件](https://example.com/x9)话。\n\n第二段的末尾也是一样的内容，存在以干代学的倾向。\n";
        String normalised = Normaliser.normalise(markdown);
        int start = normalised.indexOf("对标对表");
        int end = normalised.indexOf("倾向") + 2;
        // the second paragraph's own copy of the last words, marked on its own
        int second = normalised.lastIndexOf("存在以干代学的倾向");
        String html = new MarkdownRenderer().render(markdown).html();

        String marked = SharedMarks.mark(html, markdown, List.of(new SimilarPanel.Mark(start, end, SimilarPanel.Kind.OTHERS, 2),
                new SimilarPanel.Mark(second, second + Normaliser.normalise("存在以干代学的倾向").length(), SimilarPanel.Kind.PAST, 1)));

        Element body = Jsoup.parseBodyFragment(marked).body();
        assertThat(SimilarProject.bracketed(body)).isEqualTo("前言写在这里。[" + SHARED + "]。后面还有一句参见文件话。 第二段的末尾也是一样的内容，[存在以干代学的倾向]。");
        // the link is still a link, its text marked inside it
        assertThat(body.select("a mark.shared-others")).extracting(Element::text).containsExactly("对标对表党中央决策部署");
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("https://example.com/a1b2c3d4");
        // marked piece by piece where the typography pass keeps the last characters together in a span
        assertThat(String.join("", body.select("mark.shared-past").eachText())).isEqualTo("存在以干代学的倾向");
        // unmarked, the HTML is left as it was
        assertThat(Jsoup.parseBodyFragment(marked.replaceAll("</?mark[^>]*>", "")).body().html()).isEqualTo(Jsoup.parseBodyFragment(html).body().html());
        assertThat(marked.replaceAll("</?mark[^>]*>", "")).isEqualTo(html);
    }

    @Test
    void entitiesAndTagsAreNeverCutByAMark() {
        String html = "<p>甲乙&amp;丙丁<strong>戊己</strong>庚辛</p>";
        String markdown = "甲乙&丙丁**戊己**庚辛";
        int start = 1;
        int end = Normaliser.normalise(markdown).length() - 1;
        String marked = SharedMarks.mark(html, markdown, List.of(new SimilarPanel.Mark(start, end, SimilarPanel.Kind.BOTH, 3)));
        assertThat(marked).isEqualTo("<p>甲<mark class=\"shared shared-both\" data-reports=\"3\">乙&amp;丙丁</mark><strong>"
                + "<mark class=\"shared shared-both\" data-reports=\"3\">戊己</mark></strong>"
                + "<mark class=\"shared shared-both\" data-reports=\"3\">庚</mark>辛</p>");
    }
}
