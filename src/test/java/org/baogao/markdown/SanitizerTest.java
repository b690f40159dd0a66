package org.baogao.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Hostile HTML pasted into a report reaches neither the archive nor the PDF. */
class SanitizerTest {

    static Element render(String markdown) {
        return Jsoup.parseBodyFragment(new MarkdownRenderer().render(markdown).html()).body();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<iframe src=\"https://example.com/\"></iframe>",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<form action=\"https://example.com/\"><input name=\"p\"></form>",
        "<style>body{display:none}</style>",
        "<link rel=\"stylesheet\" href=\"https://example.com/x.css\">",
    })
    void dangerousElementsAreDropped(String html) {
        Element body = render("正文。\n\n" + html + "\n\n正文。");
        assertThat(body.select("script, iframe, object, embed, form, input, style, link")).isEmpty();
        assertThat(body.select("p")).hasSize(2);
    }

    @Test
    void eventHandlersAndStylesAreDropped() {
        Element body = render("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\" id=\"y\">正文<img src=\"a.png\" onerror=\"alert(1)\"></p>");
        assertThat(body.select("[onclick], [onerror], [style], .x, #y")).isEmpty();
        assertThat(body.selectFirst("img").attr("src")).isEqualTo("a.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"})
    void unsafeLinksLoseTheirTarget(String href) {
        Element a = render("[点击](" + href + ") 与 <a href=\"" + href + "\">这里</a>").selectFirst("p");
        assertThat(a.select("a[href]")).isEmpty();
        assertThat(a.text()).contains("点击", "这里");
    }

    @Test
    void safeLinksStay() {
        Element p = render("[网站](https://example.org/a) [文件](../2023/a/index.html) [邮件](mailto:a@b.cn)").selectFirst("p");
        assertThat(p.select("a").eachAttr("href"))
                .containsExactly("https://example.org/a", "../2023/a/index.html", "mailto:a@b.cn");
    }

    @Test
    void remoteAndDataImagesAreDropped() {
        Element body = render("![a](https://example.com/a.png) ![b](data:image/png;base64,AAAA) ![c](img/c.png)");
        assertThat(body.select("img").eachAttr("src")).containsExactly("img/c.png");
    }

    @Test
    void harmlessMarkupStays() {
        Element body = render("<table><tr><td>甲</td><td>乙</td></tr></table>\n\n第一行<br>第二行<sup>1</sup>");
        assertThat(body.select("table td")).hasSize(2);
        assertThat(body.select("br, sup")).hasSize(2);
    }

    @Test
    void escapingPrintsTheHtmlAsText() {
        String html = new MarkdownRenderer(RawHtml.ESCAPE).render("正文<script>alert(1)</script>").html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script")).isEmpty();
        assertThat(body.text()).contains("<script>alert(1)</script>");
    }
}
