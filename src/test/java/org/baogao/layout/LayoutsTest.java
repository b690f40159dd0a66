package org.baogao.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.baogao.chinese.ChineseDate;
import org.baogao.content.FrontMatter;
import org.baogao.fonts.FontStacks;
import org.baogao.markdown.RenderedBody;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutsTest {

    static PageModel model(String type, String title) {
        FrontMatter meta = new FrontMatter(title, type, "中共测试县委常委班子", null, "测试县委", "2023年度民主生活会",
                LocalDate.of(2022, 1, 5), List.of("整改"), false, null);
        return PageModel.of(meta, org.baogao.print.PrintSettings.DEFAULTS, new RenderedBody("<p>正文</p>", List.of()), "../", "a.pdf",
                new FontStacks("t", "b", "h", "k", "s", "s", "19.84pt"), WebContext.alone(meta, org.baogao.config.ProjectConfig.DEFAULTS.name()));
    }

    @Test
    void typesAreTheTopLevelTemplates() throws Exception {
        assertThat(new Layouts(Projects.TEMPLATES).types()).containsExactly("group", "individual");
    }

    @Test
    void datesPrintWithoutPadding() {
        assertThat(ChineseDate.format(LocalDate.of(2022, 1, 5))).isEqualTo("2022年1月5日");
        assertThat(ChineseDate.format(LocalDate.of(2024, 12, 31))).isEqualTo("2024年12月31日");
    }

    @Test
    void valuesAreEscaped() throws Exception {
        String html = new Layouts(Projects.TEMPLATES).renderReport(model("group", "<script>alert(1)</script>"));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void theScreenPartsOfAReportPageStayOutOfItsPrintPage() throws Exception {
        Layouts layouts = new Layouts(Projects.TEMPLATES);
        org.jsoup.nodes.Document web = org.jsoup.Jsoup.parse(layouts.renderReport(model("group", "标题")));
        org.jsoup.nodes.Document print = org.jsoup.Jsoup.parse(layouts.renderReport(model("group", "标题").forPrint()));
        String screenOnly = "header.site, main, aside, section.meta, details.toc, nav, form, link[rel=stylesheet], link[rel=icon]";
        assertThat(web.select(screenOnly)).isNotEmpty();
        assertThat(print.select(screenOnly)).isEmpty();
        assertThat(print.select("article.document h1.title").text()).isEqualTo("标题");
        assertThat(print.select("style")).hasSize(1);
    }

    @Test
    void templatesCannotCreateObjects(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("evil.ftlh"), "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        Layouts layouts = new Layouts(dir);
        assertThatThrownBy(() -> layouts.renderReport(model("evil", "x")))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("evil.ftlh:1:")
                .hasMessageContaining("Execute");
    }

    @Test
    void templatesCannotReachJavaApis(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("evil.ftlh"), "${meta?api.getClass().getName()}");
        Layouts layouts = new Layouts(dir);
        assertThatThrownBy(() -> layouts.renderReport(model("evil", "x")))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("evil.ftlh:1:")
                .hasMessageContaining("api");
    }

    @Test
    void aMissingVariableNamesTemplateLineAndColumn(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("broken.ftlh"), "<p>\n  ${meta.nosuchfield}</p>");
        Layouts layouts = new Layouts(dir);
        assertThatThrownBy(() -> layouts.renderReport(model("broken", "x")))
                .isInstanceOf(LayoutException.class)
                .hasMessageStartingWith(dir.resolve("broken.ftlh") + ":2:5: ")
                .hasMessageContaining("nosuchfield");
    }

    @Test
    void templatesLoadOnlyFromTheTemplatesFolder(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("templates/sneaky.ftlh"), "<#include \"../secret.txt\">");
        Projects.write(dir.resolve("secret.txt"), "SECRET");
        Layouts layouts = new Layouts(dir.resolve("templates"));
        assertThatThrownBy(() -> layouts.renderReport(model("sneaky", "x")))
                .isInstanceOf(LayoutException.class)
                .hasMessageNotContaining("SECRET");
    }
}
