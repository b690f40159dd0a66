package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.baogao.testing.SearchIndexFile;
import org.baogao.testing.SiteLinks;
import org.baogao.testing.TestArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The archive's pages read as HTML: what each shows, in which order, and where every link goes. */
@Tag("pdf")
class ArchivePagesTest {

    static Path site;

    @BeforeAll
    static void build() {
        site = TestArchive.site();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyPageIsChineseAndEveryLinkIsRelativeAndLeadsToAFile() throws Exception {
        List<Path> pages = SiteLinks.assertAllRelativeAndResolving(site);
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            assertThat(doc.selectFirst("html").attr("lang")).as(p.toString()).isEqualTo("zh-CN");
            assertThat(doc.select("meta[name=viewport]")).as(p.toString()).hasSize(1);
        }
    }

    @Test
    void theHomePageCountsTheArchiveAndLeadsToEveryListing() throws IOException {
        Document home = page("index.html");
        assertThat(home.title()).isEqualTo(TestArchive.NAME);
        assertThat(home.selectFirst("main h1").text()).isEqualTo(TestArchive.NAME);
        assertThat(home.selectFirst(".counts").text()).contains("共 6 份报告", "个人 4 份", "班子 2 份", "2023—2024 年",
                "2 个单位", "4 位作者");
        assertThat(home.select(".latest h2").text()).isEqualTo("最近一次会议：2024年度民主生活会");
        assertThat(home.select(".latest a.report").eachAttr("href"))
                .containsExactly("2024/changwei/index.html", "2024/he-jun/index.html", "2024/zhou-ping/index.html");
        assertThat(home.select(".browse h3 a").eachText()).containsExactly("按年度", "按会议", "按单位", "按作者", "按类型", "按标签");
        assertThat(home.select("nav.sections a").eachText()).containsExactly("全部报告", "按年度", "按会议", "按单位", "按作者",
                "按类型", "按标签", "检索");
        assertThat(home.selectFirst("form.search-box").attr("action")).isEqualTo("search.html");
    }

    @Test
    void aListingShowsItsReportsNewestFirstWithEveryColumn() throws IOException {
        Document all = page("browse/index.html");
        assertThat(all.select("a.report").eachText()).containsExactly(
                "中共临江县委常委班子2024年度民主生活会对照检查材料", "副县长何军2024年度民主生活会对照检查材料",
                "县委书记周平2024年度民主生活会对照检查材料", "中共临江县委常委班子2023年度民主生活会对照检查材料",
                "县委组织部部长林霞2023年度民主生活会对照检查材料", "县委书记周平2023年度民主生活会对照检查材料");

        Document units = page("browse/unit/index.html");
        assertThat(units.select("ul.term-list li").eachText())
                .containsExactly("临江县人民政府 1 份 最近 2025年1月15日", "临江县委 5 份 最近 2025年1月15日");
        String unit = units.select("ul.term-list a").stream().filter(a -> a.text().equals("临江县人民政府"))
                .findFirst().orElseThrow().attr("href");
        Document term = Jsoup.parse(site.resolve("browse/unit").resolve(unit).toFile(), "UTF-8");
        assertThat(term.selectFirst("main h1").text()).isEqualTo("单位：临江县人民政府");
        Element row = term.selectFirst("table.reports tbody tr");
        List<String> cells = row.select("td").eachText();
        assertThat(row.selectFirst("td.title a.report").text()).isEqualTo("副县长何军2024年度民主生活会对照检查材料");
        assertThat(row.selectFirst("td.title .meeting").text()).isEqualTo("2024年度民主生活会");
        assertThat(cells.subList(1, 5)).containsExactly("个人", "副县长 何军", "临江县人民政府", "2025年1月15日");
        assertThat(Integer.parseInt(cells.get(5))).isPositive();
        assertThat(cells.get(6)).matches("PDF \\d+ KB");
        assertThat(row.selectFirst("a.report").attr("href")).isEqualTo("../../2024/he-jun/index.html");
        assertThat(row.selectFirst("a.pdf").attr("href")).isEqualTo("../../2024/he-jun/he-jun.pdf");
        assertThat(page("browse/type/group.html").select("a.report").eachText()).containsExactly(
                "中共临江县委常委班子2024年度民主生活会对照检查材料", "中共临江县委常委班子2023年度民主生活会对照检查材料");
        // a 2023年度 meeting held in January 2024 reviews 2023: the year it is listed under
        assertThat(page("browse/year/2023.html").select("a.report")).hasSize(3);
    }

    @Test
    void aReportPageShowsItsMetadataLinkedToListingsThatListIt() throws IOException {
        Path file = site.resolve("2023/lin-xia/index.html");
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        Element meta = doc.selectFirst("section.meta");
        assertThat(meta.select("dt").eachText()).containsExactly("类型", "作者", "职务", "单位", "会议", "日期", "标签", "页数", "PDF",
                "查重");
        assertThat(meta.select("dd").eachText()).startsWith("个人", "林霞", "县委组织部部长", "临江县委", "2023年度民主生活会",
                "2024年1月20日（2023年度）", "干部队伍");
        assertThat(meta.select("dd").get(8).text()).matches("下载（\\d+ KB）");
        List<Element> links = meta.select("a[href^=../../browse/]");
        assertThat(links).extracting(Element::text).containsExactly("个人", "林霞", "临江县委", "2023年度民主生活会", "2023年度", "干部队伍");
        for (Element a : links) {
            Document listing = Jsoup.parse(file.getParent().resolve(a.attr("href")).toFile(), "UTF-8");
            assertThat(listing.select("a.report[href=../../2023/lin-xia/index.html]")).as(a.text()).hasSize(1);
        }
        // 职务 has no listing unless baogao.yml asks for one
        assertThat(meta.select("dd").get(2).select("a")).isEmpty();
    }

    @Test
    void theTableOfContentsLeadsToEveryRecognisedHeading() throws IOException {
        Document doc = page("2023/changwei/index.html");
        List<Element> toc = doc.select("details.toc a");
        assertThat(toc).extracting(Element::text).containsExactly("一、存在的主要问题", "（一）理论学习方面。", "（二）整改落实方面。",
                "二、整改措施", "（一）健全理论学习制度。");
        for (Element a : toc) {
            Element target = doc.getElementById(a.attr("href").substring(1));
            assertThat(target).isNotNull();
            assertThat(target.closest("article.document")).isNotNull();
            assertThat(target.text()).isEqualTo(a.text());
        }
        assertThat(doc.select("details.toc > nav > ol > li > ol > li")).hasSize(3);
    }

    @Test
    void previousAndNextStayWithinTheMeeting() throws IOException {
        assertThat(page("2023/changwei/index.html").select("nav.sequence a[rel=prev]")).isEmpty();
        Document middle = page("2023/lin-xia/index.html");
        assertThat(middle.selectFirst("nav.sequence a[rel=prev]").attr("href")).isEqualTo("../../2023/changwei/index.html");
        assertThat(middle.selectFirst("nav.sequence a[rel=next]").attr("href")).isEqualTo("../../2023/zhou-ping/index.html");
        assertThat(page("2023/zhou-ping/index.html").select("nav.sequence a[rel=next]")).isEmpty();
    }

    @Test
    void draftsAreNeitherPublishedNorIndexed() throws IOException {
        assertThat(site.resolve("2024/draft-gao")).doesNotExist();
        SearchIndexFile index = SearchIndexFile.read(site.resolve(SitePaths.SEARCH_INDEX));
        assertThat(index.titles()).hasSize(6).noneMatch(t -> t.contains("高远"));
        assertThat(index.texts()).noneMatch(t -> t.contains("资金安排"));
        assertThat(index.texts().stream().filter(t -> t.contains(TestArchive.TWO_REPORTS))).hasSize(2);
    }

    @Test
    void theSearchIndexHoldsEveryBodyAsThePageShowsIt() throws IOException {
        SearchIndexFile index = SearchIndexFile.read(site.resolve(SitePaths.SEARCH_INDEX));
        assertThat(index.version()).isEqualTo(SearchIndex.VERSION);
        for (int i = 0; i < index.reports().size(); i++) {
            List<Object> row = index.reports().get(i);
            Document report = Jsoup.parse(site.resolve((String) row.get(1)).toFile(), "UTF-8");
            assertThat(row.get(0)).isEqualTo(report.selectFirst("h1.title").text());
            assertThat(index.texts().get(i)).isEqualTo(report.selectFirst("article .body").text());
            assertThat(site.resolve((String) row.get(2))).isRegularFile();
        }
    }

    @Test
    void theSearchPageOffersTheFiltersAndLoadsTheIndexAsAScript() throws IOException {
        Document search = page("search.html");
        // the years reviewed (2023年度, 2024年度), not the years the meetings were held in
        assertThat(search.select("#filter-year option").eachAttr("value")).containsExactly("", "2024", "2023");
        assertThat(search.select("#filter-type option").eachText()).containsExactly("全部类型", "个人（4）", "班子（2）");
        assertThat(search.select("#filter-unit option").eachAttr("value")).containsExactly("", "临江县人民政府", "临江县委");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("search-index.js", "assets/search.js");
        assertThat(search.selectFirst("label[for=q]")).isNotNull();
    }
}
