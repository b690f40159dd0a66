package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.baogao.pipeline.ReportOutcome.Work;
import org.baogao.similar.Normaliser;
import org.baogao.testing.Projects;
import org.baogao.testing.SimilarProject;
import org.baogao.testing.SiteLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's similarity panels (查重) as a reader finds them in the built pages: each report's
 * share, its sources linked, its shared passages marked in the body; and how builds keep them
 * true: a page is written again when another report changes what it shares, a report that fails
 * is compared as published, one that never read is left out. HTML only, for speed.
 */
class SimilarArchiveTest {

    static final String PAST = SimilarProject.PAST;
    static final String OTHERS = SimilarProject.OTHERS;

    @TempDir
    Path dir;
    Path project;
    BuildOptions options;

    @BeforeEach
    void fourReports() throws IOException {
        project = SimilarProject.write(dir.resolve("p"));
        options = Projects.options(project).withPdf(false);
    }

    @Test
    void eachPageShowsItsShareItsSourcesLinkedAndThePassagesMarkedExactly() throws Exception {
        BuildResult r = build();
        assertThat(r.failed()).as(Projects.errors(r)).isZero();

        Document zhang = page("2024/zhang");
        Element panel = zhang.selectFirst("section.similar");
        assertThat(panel).as("a report that shares passages has a panel").isNotNull();
        int chars = Normaliser.normalise(zhang.selectFirst("#main-text").text()).length();
        int shared = Normaliser.normalise(PAST).length() + Normaliser.normalise(OTHERS).length();
        assertThat(panel.selectFirst("p.share").text()).contains(String.format("%.1f%%", 100.0 * shared / chars),
                shared + " 字 / " + chars + " 字");
        assertThat(panel.selectFirst("dd.past").text()).isEqualTo(String.format("%.1f%%", 100.0 * Normaliser.normalise(PAST).length() / chars));
        assertThat(panel.selectFirst("dd.others").text()).isEqualTo(String.format("%.1f%%", 100.0 * Normaliser.normalise(OTHERS).length() / chars));
        // the sources, most shared first, each with whose it is, leading to its page
        List<Element> sources = panel.select("ol.sources > li");
        assertThat(sources).extracting(li -> li.selectFirst("a").text())
                .containsExactly("李四2024年度对照检查材料", "张三2023年度对照检查材料");
        assertThat(sources).extracting(li -> li.selectFirst(".kind").text()).containsExactly("互相抄袭", "照搬往年");
        for (Element li : sources) {
            Path target = resolve("2024/zhang/index.html", li.selectFirst("a").attr("href"));
            assertThat(Jsoup.parse(target.toFile(), "UTF-8").selectFirst("h1.title").text()).isEqualTo(li.selectFirst("a").text());
        }
        assertThat(zhang.selectFirst("section.meta dd.similar-share").text()).startsWith("相同文字 ");

        // the marks cover the shared text, from its first letter to its last, across the bold words and the line break
        assertThat(SimilarProject.bracketed(zhang.selectFirst("#main-text")))
                .contains("在理论武装上。[" + PAST + "]。今年参加")
                .contains("联系群众方面。[深入基层调研的次数偏少，有时满足于听汇报看材料，对群众急难愁盼问题掌握不够全面]。")
                .doesNotContain("][");
        assertThat(zhang.select("#main-text mark.shared-past")).extracting(Element::text).containsExactly(PAST);
        assertThat(zhang.select("#main-text strong mark.shared-others")).extracting(Element::text).containsExactly("有时满足于听汇报看材料");
        assertThat(zhang.selectFirst("button.show-shared")).isNotNull();
        assertThat(zhang.select("script[src]")).extracting(e -> e.attr("src")).contains("../../assets/shared.js");
        assertThat(project.resolve("site/assets/shared.js")).isRegularFile();

        // the other side of the same passage, written with other punctuation
        assertThat(SimilarProject.bracketed(page("2024/li").selectFirst("#main-text")))
                .contains("在服务群众上。[深入基层调研的次数偏少;有时满足于听汇报、看材料,对群众急难愁盼问题掌握不够全面]。");

        // nothing shared: a quiet line, no panel, no marks
        Document wang = page("2024/wang");
        assertThat(wang.select("section.similar, mark.shared, button.show-shared")).isEmpty();
        assertThat(wang.selectFirst("section.meta dd.similar-none").text()).isEqualTo("未发现与其他材料相同的段落");

        SiteLinks.assertAllRelativeAndResolving(project.resolve("site"));
    }

    @Test
    void eachMeetingsListingHasATableOfItsReportsSharesAgainstEachOther() throws Exception {
        build();
        Document meeting = listing("2024年度民主生活会");
        Element table = meeting.selectFirst("section.shares table.shares");
        assertThat(table).isNotNull();
        // newest first, as the listing above it
        assertThat(table.select("thead th")).extracting(Element::text).containsExactly("材料", "王五", "李四", "张三", "与全库相同");
        Map<String, List<String>> rows = new TreeMap<>();
        for (Element tr : table.select("tbody tr")) rows.put(tr.selectFirst("th").text(), tr.select("td").stream().map(Element::text).toList());
        int zhang = chars("2024/zhang");
        int li = chars("2024/li");
        int others = Normaliser.normalise(OTHERS).length();
        int past = Normaliser.normalise(PAST).length();
        assertThat(rows).containsEntry("王五", List.of("", "", "", ""))
                .containsEntry("李四", List.of("", "", percent(others, li), percent(others, li)))
                .containsEntry("张三", List.of("", percent(others, zhang), "", percent(others + past, zhang)));
        assertThat(table.select("tbody td.self")).hasSize(3);
        for (Element a : table.select("tbody th a")) {
            assertThat(resolve(meetingPath("2024年度民主生活会"), a.attr("href"))).isRegularFile();
        }

        // a meeting of one report has none; 2023's meeting has one report
        assertThat(listing("2023年度民主生活会").select("section.shares")).isEmpty();

        // when 李四 no longer copies, the listing says that nothing is shared within the meeting
        write("2024/li.md", report("李四2024年度对照检查材料", "李四", "2024年度民主生活会", "2025-01-13", "到分管领域的企业走访不多。\n"));
        build();
        assertThat(listing("2024年度民主生活会").selectFirst("section.shares p.none").text()).isEqualTo("本次会议的材料之间未发现相同的段落。");
    }

    private static String percent(int part, int whole) {
        return String.format("%.1f%%", 100.0 * part / whole);
    }

    private int chars(String report) throws IOException {
        return Normaliser.normalise(page(report).selectFirst("#main-text").text()).length();
    }

    private static String meetingPath(String meeting) {
        return org.baogao.site.SitePaths.term(org.baogao.config.TaxonomyField.MEETING, meeting);
    }

    private Document listing(String meeting) throws IOException {
        return Jsoup.parse(project.resolve("site/" + meetingPath(meeting)).toFile(), "UTF-8");
    }

    @Test
    void aPageIsWrittenAgainWhenAnotherReportChangesWhatItSharesAndOnlyThen() throws Exception {
        build();
        write("2024/li.md", report("李四2024年度对照检查材料", "李四", "2024年度民主生活会", "2025-01-13", """
                一、存在的问题

                （一）联系群众方面。到分管领域的企业走访不多，听取意见的渠道比较单一。
                """));

        BuildResult r = build();

        // 张三 2024 no longer shares with 李四: its page changes though its file did not; 张三 2023 and 王五 keep theirs
        assertThat(work(r)).containsEntry("2024/li.md", Work.RENDERED).containsEntry("2024/zhang.md", Work.PAGE)
                .containsEntry("2023/zhang.md", Work.REUSED).containsEntry("2024/wang.md", Work.REUSED);
        Document zhang = page("2024/zhang");
        assertThat(zhang.select("section.similar ol.sources a")).extracting(Element::text).containsExactly("张三2023年度对照检查材料");
        assertThat(zhang.select("#main-text mark.shared-others")).isEmpty();
        assertThat(page("2024/li").select("section.similar")).isEmpty();
        assertSameAsCleanBuild();

        // and a build with nothing changed still ends before reading anything
        BuildResult again = build();
        assertThat(again.published()).isFalse();
        assertThat(work(again).values()).containsOnly(Work.REUSED);
    }

    @Test
    void aReportThatFailsNowIsComparedAsPublishedAndOneThatNeverReadIsLeftOut() throws Exception {
        build();
        // 李四's file breaks: its last good version stays published, and is what the others are compared with
        write("2024/li.md", "---\ntitle: [李四\n---\n\n正文\n");
        write("2024/broken.md", "---\ntitle: [坏的\n---\n\n" + OTHERS + "。\n");

        BuildResult r = build();

        assertThat(r.reports()).filteredOn(o -> o.file().endsWith("li.md")).extracting(ReportOutcome::status)
                .containsExactly(ReportOutcome.Status.STALE);
        assertThat(r.reports()).filteredOn(o -> o.file().endsWith("broken.md")).extracting(ReportOutcome::status)
                .containsExactly(ReportOutcome.Status.FAILED);
        assertThat(page("2024/zhang").select("section.similar ol.sources a")).extracting(Element::text)
                .containsExactly("李四2024年度对照检查材料", "张三2023年度对照检查材料");
        assertThat(page("2024/li").select("section.similar ol.sources a")).extracting(Element::text)
                .containsExactly("张三2024年度对照检查材料");
        assertThat(project.resolve("site/2024/broken")).doesNotExist();
        SiteLinks.assertAllRelativeAndResolving(project.resolve("site"));
    }

    @Test
    void aProjectThatTurnsTheArchivesCheckOffGetsNoPanels() throws Exception {
        Projects.write(project.resolve("baogao.yml"), "similar:\n  archive: false\n");
        build();
        assertThat(page("2024/zhang").select("section.similar, mark, dd.similar-share, dd.similar-none, script[src]")).isEmpty();
        assertThat(project.resolve("site/.baogao/fingerprints.bin")).doesNotExist();
    }

    @Test
    void theFingerprintsOfUnchangedReportsAreKeptAndReused() throws Exception {
        build();
        Path cache = project.resolve("site/" + SimilarPhase.FILE);
        assertThat(cache).isRegularFile();
        byte[] first = Files.readAllBytes(cache);
        write("2024/wang.md", report("王五2024年度对照检查材料", "王五", "2024年度民主生活会", "2025-01-14", """
                一、存在的问题

                （一）纪律方面。%s。
                """.formatted(PAST)));

        build();

        byte[] second = Files.readAllBytes(cache);
        assertThat(second).isNotEqualTo(first);
        // the new build's panels are those of a clean build, fingerprints made afresh
        assertSameAsCleanBuild();
        assertThat(page("2024/wang").select("section.similar ol.sources a")).extracting(Element::text)
                .containsExactlyInAnyOrder("张三2024年度对照检查材料", "张三2023年度对照检查材料");
    }

    /**
     * The check of a build after another keeps the last results of the reports that could not
     * change (issue 17): after each kind of edit its panels, marks and meeting tables are a clean
     * build's, and so is what it keeps for the next build. A cache that is damaged is not trusted.
     */
    @Test
    void afterEachEditTheIncrementalCheckGivesTheCleanBuildsPanelsAndTables() throws Exception {
        build();
        Path results = project.resolve("site/" + SimilarPhase.RESULTS);
        assertThat(results).isRegularFile();
        Map<String, IoEdit> edits = new java.util.LinkedHashMap<>();
        edits.put("a body edited", () -> write("2024/li.md", report("李四2024年度对照检查材料", "李四", "2024年度民主生活会", "2025-01-13", """
                一、存在的问题

                （一）在服务群众上。深入基层调研的次数偏少，有时满足于听汇报看材料。%s。
                """.formatted(PAST))));
        edits.put("a report added", () -> write("2024/zhao.md", report("赵六2024年度对照检查材料", "赵六", "2024年度民主生活会", "2025-01-15", """
                一、存在的问题

                （一）学习方面。%s。（二）调研方面。%s。
                """.formatted(PAST, OTHERS))));
        edits.put("a report removed", () -> Files.delete(project.resolve("content/2023/zhang.md")));
        edits.put("a shorter shortest passage", () -> Projects.write(project.resolve("baogao.yml"), "similar:\n  min-chars: 12\n"));
        edits.put("a stop phrase and a warn share", () -> Projects.write(project.resolve("baogao.yml"),
                "similar:\n  min-chars: 12\n  warn-share: 0.1\n  stop:\n    - 深入基层调研的次数偏少\n"));
        edits.put("an author changed", () -> write("2024/wang.md", report("王五2024年度对照检查材料", "赵六", "2024年度民主生活会", "2025-01-14", """
                一、存在的问题

                （一）纪律方面。对分管单位的日常监督抓得不够紧，谈心谈话流于形式。%s。
                """.formatted(OTHERS))));
        edits.put("the cache damaged", () -> {
            byte[] b = Files.readAllBytes(results);
            b[b.length / 2] ^= 0x10;
            Files.write(results, b);
            write("2024/li.md", report("李四2024年度对照检查材料", "李四", "2024年度民主生活会", "2025-01-13", "正文。" + OTHERS + "。"));
        });
        for (var e : edits.entrySet()) {
            e.getValue().apply();
            BuildResult r = build();
            assertThat(r.failed()).as(Projects.errors(r)).isZero();
            Map<String, String> clean = Projects.cleanBuildPages(options, dir.resolve("clean"));
            assertThat(Projects.pages(project.resolve("site"))).as("the pages after '%s'", e.getKey()).isEqualTo(clean);
            assertThat(Files.readAllBytes(results)).as("what is kept for the next build after '%s'", e.getKey())
                    .isEqualTo(Files.readAllBytes(dir.resolve("clean/" + SimilarPhase.RESULTS)));
        }
        // the edits changed what the pages show: the comparison was of panels and tables, not of empty pages
        assertThat(page("2024/zhao").select("section.similar ol.sources a")).isNotEmpty();
        assertThat(listing("2024年度民主生活会").select("table.shares td.warned")).isNotEmpty();
    }

    /** An edit of the project's files. */
    private interface IoEdit {
        void apply() throws IOException;
    }

    private Path resolve(String page, String href) throws Exception {
        URI resolved = project.resolve("site").resolve(page).toUri().resolve(href);
        return Path.of(new URI("file", null, resolved.getPath(), null));
    }

    private BuildResult build() throws BuildException {
        return Projects.build(options);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(project.resolve("site/" + path + "/index.html").toFile(), "UTF-8");
    }

    private void write(String name, String text) throws IOException {
        Projects.write(project.resolve("content").resolve(name), text);
    }

    private Map<String, Work> work(BuildResult r) {
        Path content = project.resolve("content");
        return r.reports().stream().collect(Collectors.toMap(o -> content.relativize(o.file()).toString().replace('\\', '/'),
                ReportOutcome::work, (x, y) -> x, TreeMap::new));
    }

    static String report(String title, String author, String meeting, String date, String body) {
        return SimilarProject.report(title, author, meeting, date, body);
    }
    /** Every page is byte for byte what a clean build of the same sources writes. */
    private void assertSameAsCleanBuild() throws Exception {
        assertThat(Projects.pages(project.resolve("site"))).isEqualTo(Projects.cleanBuildPages(options, dir.resolve("clean")));
    }
}
