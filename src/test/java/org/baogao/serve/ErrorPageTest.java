package org.baogao.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.baogao.content.Problem;
import org.baogao.text.Language;
import org.baogao.text.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preview's own pages speak the user's language, as the rest of the command line does. */
class ErrorPageTest {

    static final List<Problem> PROBLEMS = List.of(new Problem(Problem.Severity.ERROR, Path.of("content/2023/a.md"), 2, 11,
            "基本信息的格式有误"));

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    @Test
    void aFailedReportsPageInChinese() {
        Messages.use(Language.ZH);
        Document page = Jsoup.parse(ErrorPage.render("/2023/a/index.html", PROBLEMS, null));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("生成失败");
        assertThat(page.selectFirst("h1").text()).isEqualTo("生成失败：/2023/a/index.html");
        assertThat(page.selectFirst(".baogao-problems").text()).isEqualTo("content/2023/a.md:2:11: 错误: 基本信息的格式有误");
        assertThat(page.select("p").last().text()).isEqualTo("改正后保存文件，本页会自动刷新。");
        assertThat(page.select("script[src]").attr("src")).isEqualTo(SiteRequests.SCRIPT);
    }

    @Test
    void aFailedReportsPageInEnglish() {
        Document page = Jsoup.parse(ErrorPage.render("/2023/a/index.html", PROBLEMS, "templates/_base.ftlh:3: broken"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("build failed: /2023/a/index.html");
        assertThat(page.selectFirst(".baogao-problems").text()).startsWith("the whole build failed: templates/_base.ftlh:3: broken")
                .contains("content/2023/a.md:2:11: error: ");
    }

    @Test
    void aPageThatIsNotThereInChinese() {
        Messages.use(Language.ZH);
        Document page = Jsoup.parse(ErrorPage.notFound("/2099/x/index.html"));
        assertThat(page.selectFirst("p").text()).isEqualTo("没有这个页面：/2099/x/index.html · 档案首页");
        assertThat(page.selectFirst("a").attr("href")).isEqualTo("/index.html");
    }
}
