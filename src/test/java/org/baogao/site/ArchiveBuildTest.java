package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.ReportOutcome;
import org.baogao.testing.Projects;
import org.baogao.testing.SearchIndexFile;
import org.baogao.testing.SiteLinks;
import org.baogao.testing.TestArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the build's options, the project's settings and broken reports shape the archive. HTML only, for speed. */
class ArchiveBuildTest {

    static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static BuildOptions htmlOnly(Path project) {
        return Projects.options(project).withPdf(false);
    }

    @Test
    void withDraftsTheDraftIsListedAndFound(@TempDir Path dir) throws Exception {
        Path project = TestArchive.write(dir);
        Projects.build(htmlOnly(project).withDrafts(true));
        Path site = project.resolve("site");
        assertThat(site.resolve("2024/draft-gao/index.html")).isRegularFile();
        assertThat(page(site, "browse/index.html").select("a.report")).hasSize(7);
        SearchIndexFile index = SearchIndexFile.read(site.resolve(SitePaths.SEARCH_INDEX));
        assertThat(index.titles()).contains("县长高远2024年度民主生活会对照检查材料（征求意见稿）");
        assertThat(index.texts().stream().filter(t -> t.contains(TestArchive.TWO_REPORTS))).hasSize(3);
        // without PDFs nothing links to one
        assertThat(page(site, "2024/draft-gao/index.html").select("a.pdf, a.pdf-file")).isEmpty();
        assertThat(index.reports()).allSatisfy(r -> assertThat(r.get(2)).isNull());
    }

    @Test
    void onlyTheConfiguredTaxonomiesGetListings(@TempDir Path dir) throws Exception {
        Path project = TestArchive.write(dir);
        Projects.write(project.resolve("baogao.yml"), """
                name: 临江县材料库
                taxonomies:
                  year: 年份
                  post: 职务
                """);
        Projects.build(htmlOnly(project));
        Path site = project.resolve("site");
        assertThat(site.resolve("browse/unit")).doesNotExist();
        assertThat(site.resolve("browse/post/index.html")).isRegularFile();
        Document home = page(site, "index.html");
        assertThat(home.title()).isEqualTo("临江县材料库");
        assertThat(home.select("nav.sections a").eachText()).containsExactly("全部报告", "按年份", "按职务", "检索");
        Document report = page(site, "2024/he-jun/index.html");
        assertThat(report.selectFirst("header.site a.name").text()).isEqualTo("临江县材料库");
        // the links to listings; the 查重 line links to the page's own panel
        assertThat(report.select("section.meta a:not([href^=#])").eachText()).containsExactly("副县长", "2024年度");
        assertThat(page(site, "browse/post/index.html").select("ul.term-list a").eachText())
                .containsExactly("副县长", "县委书记", "县委组织部部长");
    }

    @Test
    void aReportThatFailsIsLeftOutAndItsNeighboursLinkPastIt(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        // a user's type whose template breaks while rendering: the report is read, placed, then fails
        Projects.write(project.resolve("templates/broken.ftlh"), "<p>${meta.nosuchfield}</p>");
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "一、问题\n\n学习不够。"));
        Projects.write(project.resolve("content/b.md"), Projects.report("乙对照检查材料", "broken", "乙", "一、问题\n\n学习不够。"));
        Projects.write(project.resolve("content/c.md"), Projects.report("丙对照检查材料", "individual", "丙", "一、问题\n\n学习不够。"));

        BuildResult result = Projects.build(htmlOnly(project));

        assertThat(result.reports()).extracting(ReportOutcome::status).containsExactly(
                ReportOutcome.Status.BUILT, ReportOutcome.Status.FAILED, ReportOutcome.Status.BUILT);
        Path site = project.resolve("site");
        assertThat(site.resolve("b")).doesNotExist();
        assertThat(page(site, "a/index.html").selectFirst("nav.sequence a[rel=next]").attr("href")).isEqualTo("../c/index.html");
        assertThat(page(site, "c/index.html").selectFirst("nav.sequence a[rel=prev]").attr("href")).isEqualTo("../a/index.html");
        assertThat(page(site, "browse/index.html").select("a.report").eachText()).containsExactly("甲对照检查材料", "丙对照检查材料");
    }

    @Test
    void fileNamesWithSpacesHashesAndPercentSignsAreLinkedCorrectly(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/2024 年/何军 #2 100%.md"),
                Projects.report("何军对照检查材料", "individual", "何军", "一、问题\n\n学习不够。"));
        Projects.write(project.resolve("content/2024 年/周平?.md"),
                Projects.report("周平对照检查材料", "individual", "周平", "一、问题\n\n学习不够。"));

        Projects.build(htmlOnly(project));

        Path site = project.resolve("site");
        assertThat(site.resolve("2024 年/何军 #2 100%/index.html")).isRegularFile();
        SiteLinks.assertAllRelativeAndResolving(site);
        assertThat(page(site, "browse/index.html").select("a.report").eachAttr("href"))
                .containsExactlyInAnyOrder("../2024%20年/何军%20%232%20100%25/index.html", "../2024%20年/周平%3F/index.html");
    }

    @Test
    void theArchivesOwnFoldersCannotHoldReports(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/browse/index.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够。"));
        Projects.write(project.resolve("content/b.md"), Projects.report("乙对照检查材料", "individual", "乙", "学习不够。"));

        BuildResult result = Projects.build(htmlOnly(project));

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.reports().get(1).problems().get(0).message()).contains("'browse'", "reserved");
        assertThat(page(project.resolve("site"), "browse/index.html").select("a.report").eachText()).containsExactly("乙对照检查材料");
    }
}
