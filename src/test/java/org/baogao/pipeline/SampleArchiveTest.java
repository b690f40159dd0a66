package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.baogao.content.ContentScanner;
import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample archive a newcomer builds from content/, read back as a reader would. */
@Tag("pdf")
class SampleArchiveTest {

    /** GB/T 9704: 28 mm left margin, 37 mm top margin, in points. */
    static final float LEFT = 79.37f;
    static final float TOP = 104.88f;

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;
    static List<Report> reports;

    @BeforeAll
    static void buildSamples() throws Exception {
        site = dir.resolve("site");
        result = Projects.build(new BuildOptions(Projects.CONTENT, Projects.TEMPLATES, site, List.of(),
                false, true, true, 2));
        reports = ContentScanner.scan(Projects.CONTENT).stream().map(f -> {
            try {
                return new FrontMatterParser().parse(new SourceReader().read(f, ContentScanner.relative(Projects.CONTENT, f)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void everyReportBuildsWithoutProblems() {
        assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
        assertThat(result.failed()).isZero();
        assertThat(result.reports()).allSatisfy(o -> assertThat(o.problems()).isEmpty());
        assertThat(reports).extracting(r -> r.meta().type()).contains("individual", "group");
    }

    @Test
    void everyNonDraftReportHasAPageAndAPdf() throws IOException {
        for (Report r : reports) {
            if (r.meta().draft()) continue;
            Path page = site.resolve(r.path()).resolve("index.html");
            Path pdf = site.resolve(r.path()).resolve(slug(r) + ".pdf");
            Document html = Jsoup.parse(page.toFile());
            assertThat(html.selectFirst("h1.title").text()).isEqualTo(r.meta().title());
            assertThat(html.selectFirst("a.pdf").attr("href")).isEqualTo(slug(r) + ".pdf");
            try (PdfProbe probe = PdfProbe.open(pdf)) {
                assertThat(probe.pages()).as(r.path()).isBetween(3, 7);
                assertThat(flat(probe.text())).startsWith(r.meta().title());
            }
        }
    }

    @Test
    void theListOfAllReportsLinksEveryReportExactlyOnce() throws IOException {
        Document all = Jsoup.parse(site.resolve("browse/index.html").toFile());
        for (Report r : reports) {
            assertThat(all.select("a.report[href=../" + r.path() + "/index.html]")).as(r.path()).hasSize(1);
            assertThat(all.select("a.pdf[href=../" + r.path() + "/" + slug(r) + ".pdf]")).as(r.path()).hasSize(1);
        }
        assertThat(all.select("a.report")).hasSize(reports.size());
    }

    @Test
    void theHomePageNamesTheArchiveAndShowsTheLatestMeetingsReports() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(home.selectFirst("main h1").text()).isEqualTo("青山县民主生活会材料档案");
        assertThat(home.select(".latest h2").text()).contains("2024年度民主生活会");
        assertThat(home.select(".latest a.report").eachAttr("href")).containsExactlyInAnyOrder(
                "2024/qingshan-zhengfu-dangzu/index.html", "2024/wang-fang/index.html");
        assertThat(home.selectFirst(".reports-count").text()).isEqualTo(String.valueOf(reports.size()));
    }

    @Test
    void pdfTextIsTheReportInReadingOrderWithChineseQuotes() throws IOException {
        try (PdfProbe probe = PdfProbe.open(pdf("2023/li-ming"))) {
            String text = flat(probe.text());
            assertThat(text).doesNotContain("#");
            int intro = text.indexOf("现将对照检查情况报告如下");
            int problems = text.indexOf("一、存在的主要问题");
            int causes = text.indexOf("二、");
            int remedies = text.indexOf("三、");
            int closing = text.indexOf("以上是我的对照检查");
            assertThat(List.of(intro, problems, causes, remedies, closing)).doesNotContain(-1).isSorted();
            assertThat(text).contains("“以学铸魂、以学增智”");
        }
        // wang-fang.md quotes in Chinese, as lint asks; the PDF prints them so (ASCII quotes that
        // a build makes Chinese: MarkdownRendererTest)
        assertThat(Files.readString(Projects.CONTENT.resolve("2024/wang-fang.md"))).contains("“一盘棋”");
        try (PdfProbe probe = PdfProbe.open(pdf("2024/wang-fang"))) {
            assertThat(flat(probe.text())).contains("“一盘棋”").doesNotContain("\"");
        }
    }

    @Test
    void fontsAreEmbeddedAndSubset() throws IOException {
        for (Report r : reports) {
            try (PdfProbe probe = PdfProbe.open(pdf(r.path()))) {
                List<PDFont> fonts = probe.fonts();
                assertThat(fonts).isNotEmpty();
                for (PDFont f : fonts) {
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+.+");
                }
            }
        }
    }

    @Test
    void firstPageFollowsTheNationalGeometry() throws IOException {
        try (PdfProbe probe = PdfProbe.open(pdf("2023/li-ming"))) {
            PDRectangle a4 = probe.mediaBox(1);
            assertThat(a4.getWidth()).isCloseTo(595.28f, within(0.5f));
            assertThat(a4.getHeight()).isCloseTo(841.89f, within(0.5f));
            List<PdfProbe.Line> lines = probe.lines(1);
            PdfProbe.Line title = lines.get(0);
            assertThat(title.text()).startsWith("县委副书记");
            assertThat(title.first().top()).as("title at the top margin").isCloseTo(TOP, within(2f));
            float bodyLeft = (float) lines.stream().filter(l -> l.baseline() > title.baseline() + 40)
                    .mapToDouble(PdfProbe.Line::left).min().orElseThrow();
            assertThat(bodyLeft).as("body at the left margin").isCloseTo(LEFT, within(2f));
        }
    }

    @Test
    void individualAndGroupReportsAreSignedDifferently() throws IOException {
        Document person = Jsoup.parse(site.resolve("2023/li-ming/index.html").toFile());
        Document group = Jsoup.parse(site.resolve("2023/qingshan-changwei/index.html").toFile());
        assertThat(person.body().hasClass("individual")).isTrue();
        assertThat(group.body().hasClass("group")).isTrue();
        assertThat(person.selectFirst(".signature .issuer").text()).isEqualTo("县委副书记　李明");
        assertThat(group.selectFirst(".signature .issuer").text()).isEqualTo("中共青山县委常委班子");
        assertThat(group.selectFirst(".signature .date").text()).isEqualTo("2024年1月18日");
        try (PdfProbe probe = PdfProbe.open(pdf("2023/qingshan-changwei"))) {
            List<PdfProbe.Line> last = probe.lines(probe.pages());
            List<String> texts = last.stream().map(PdfProbe.Line::text).toList();
            assertThat(texts).contains("中共青山县委常委班子", "2024年1月18日");
        }
    }

    static Path pdf(String path) {
        return site.resolve(path).resolve(path.substring(path.lastIndexOf('/') + 1) + ".pdf");
    }

    /** PDF text without the line breaks the layout put in. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The last segment of the report's folder, which names its PDF. */
    private static String slug(Report r) {
        return r.path().substring(r.path().lastIndexOf('/') + 1);
    }
}
