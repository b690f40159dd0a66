package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.baogao.content.Problem;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A report that published once is not lost because it breaks now (issue 12, case 2): a YAML
 * mistake or an unknown type in a published report had removed its page and PDF and published
 * the rest. Its last good page and PDF stay, with its listing and search entry, its page marked
 * stale, and the build fails (status 1); {@link FailedReports#DROP} is the old behaviour. An
 * empty content folder over an archive with reports is refused unless asked for.
 */
class LastGoodTest {

    static final String OLD_TITLE = "乙对照检查材料";
    static final String OLD_TEXT = "乙同志调查研究不够经常深入。";

    /** Three reports of one meeting, a, b and c by date, b between the others; built once. */
    private static BuildOptions published(Path dir, boolean pdf) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "2024-01-03",
                "甲同志理论学习不够深入。"));
        Projects.write(project.resolve("content/b.md"), Projects.report(OLD_TITLE, "individual", "乙", "2024-01-05", OLD_TEXT));
        Projects.write(project.resolve("content/c.md"), Projects.report("丙对照检查材料", "individual", "丙", "2024-01-07",
                "丙同志联系群众不够紧密。"));
        BuildOptions options = Projects.options(project).withPdf(pdf);
        assertThat(Projects.build(options).failed()).isZero();
        return options;
    }

    private static String broken(String how) {
        return switch (how) {
            case "yaml" -> "---\ntitle: [乙对照检查材料（修改稿）\ntype: individual\n---\n\n改了一半。\n";
            case "type" -> Projects.report("乙对照检查材料（修改稿）", "no-such-type", "乙", "2024-01-05", "改了一半。");
            // refused by the checks before rendering: at reading with PDFs, at rendering without
            case "placeholder" -> Projects.report("乙对照检查材料（修改稿）", "individual", "乙", "2024-01-05",
                    "乙同志（此处填写存在的问题）。");
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest(name = "{0}, PDFs {1}")
    @CsvSource({"yaml, true", "type, true", "placeholder, true", "placeholder, false"})
    void aPublishedReportThatFailsNowKeepsItsLastGoodPageAndPdfMarkedStale(String how, boolean pdf, @TempDir Path dir)
            throws Exception {
        BuildOptions options = published(dir, pdf);
        Path site = options.out();
        byte[] pdfBefore = pdf ? Files.readAllBytes(site.resolve("b/b.pdf")) : null;
        Projects.write(options.content().resolve("b.md"), broken(how));

        BuildResult result = Projects.build(options);

        assertThat(result.failed()).as("the build fails: status 1").isEqualTo(1);
        assertThat(result.stale()).isEqualTo(1);
        ReportOutcome b = result.reports().stream().filter(o -> o.file().endsWith("b.md")).findFirst().orElseThrow();
        assertThat(b.status()).isEqualTo(ReportOutcome.Status.STALE);
        assertThat(b.problems()).anyMatch(Problem::isError);
        assertThat(b.problems()).anyMatch(p -> !p.isError() && p.message().contains("stays published"));

        Document page = Jsoup.parse(site.resolve("b/index.html").toFile());
        assertThat(page.select("h1.title").text()).isEqualTo(OLD_TITLE);
        assertThat(page.select("article.document").text()).contains(OLD_TEXT);
        assertThat(page.select("p.stale").text()).startsWith("这份材料最近一次修改未能生成").contains("上次成功生成于");
        if (pdf) assertThat(Files.readAllBytes(site.resolve("b/b.pdf"))).as("the last good PDF").isEqualTo(pdfBefore);
        assertThat(page.select("a.pdf").attr("href")).isEqualTo(pdf ? "b.pdf" : "");
        // still in the archive: its neighbours link to it, the home page lists it, the search finds it
        assertThat(Jsoup.parse(site.resolve("a/index.html").toFile()).select("nav.sequence a").eachAttr("href"))
                .anyMatch(h -> h.endsWith("b/index.html"));
        assertThat(Files.readString(site.resolve("index.html"))).contains(OLD_TITLE);
        assertThat(Files.readString(site.resolve(org.baogao.site.SitePaths.SEARCH_INDEX))).contains("[\"" + OLD_TITLE + "\",\"b/index.html\"");
        // the other reports' pages carry no mark
        assertThat(Jsoup.parse(site.resolve("a/index.html").toFile()).select("p.stale")).isEmpty();
    }

    @Test
    void aBuildThatFindsTheMarkedReportUnchangedKeepsItMarkedAndFixedItGoes(@TempDir Path dir) throws Exception {
        BuildOptions options = published(dir, false);
        Path b = options.content().resolve("b.md");
        String good = Files.readString(b);
        Projects.write(b, broken("yaml"));
        Projects.build(options);
        String stalePage = Files.readString(options.out().resolve("b/index.html"));

        // built again with nothing changed: still failing, still marked, the same page
        BuildResult again = Projects.build(options);
        assertThat(again.stale()).isEqualTo(1);
        assertThat(options.out().resolve("b/index.html")).hasContent(stalePage);

        // put back exactly as it was when it built: the mark goes, though its PDF and text are the last build's
        Projects.write(b, good);
        BuildResult back = Projects.build(options);
        assertThat(back.failed()).isZero();
        assertThat(Jsoup.parse(options.out().resolve("b/index.html").toFile()).select("p.stale")).isEmpty();

        // and a new version that builds replaces it
        Projects.write(b, broken("yaml"));
        Projects.build(options);
        Projects.write(b, Projects.report("乙对照检查材料（定稿）", "individual", "乙", "2024-01-05", "改好了。"));
        BuildResult fixed = Projects.build(options);
        assertThat(fixed.failed()).isZero();
        Document page = Jsoup.parse(options.out().resolve("b/index.html").toFile());
        assertThat(page.select("p.stale")).isEmpty();
        assertThat(page.select("h1.title").text()).isEqualTo("乙对照检查材料（定稿）");
    }

    @Test
    void droppingFailedReportsTakesItOutAsBefore(@TempDir Path dir) throws Exception {
        BuildOptions options = published(dir, false);
        Projects.write(options.content().resolve("b.md"), broken("type"));

        BuildResult result;
        try (Builder builder = new Builder(options)) {
            result = builder.build(BuildRequest.incremental(BuildListener.NONE).withFailed(FailedReports.DROP));
        }

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.stale()).isZero();
        assertThat(options.out().resolve("b/index.html")).doesNotExist();
        assertThat(Files.readString(options.out().resolve("index.html"))).doesNotContain(OLD_TITLE);
    }

    @Test
    void aReportThatNeverPublishedIsLeftOut(@TempDir Path dir) throws Exception {
        BuildOptions options = published(dir, false);
        Projects.write(options.content().resolve("d.md"), broken("yaml"));

        BuildResult result = Projects.build(options);

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.stale()).isZero();
        assertThat(options.out().resolve("d/index.html")).doesNotExist();
    }

    @Test
    void aCleanBuildKeepsTheLastGoodVersionToo(@TempDir Path dir) throws Exception {
        BuildOptions options = published(dir, false);
        Projects.write(options.content().resolve("b.md"), broken("yaml"));

        BuildResult result;
        try (Builder builder = new Builder(options)) {
            result = builder.build(BuildRequest.incremental(BuildListener.NONE).withClean(true));
        }

        assertThat(result.stale()).isEqualTo(1);
        assertThat(Jsoup.parse(options.out().resolve("b/index.html").toFile()).select("h1.title").text()).isEqualTo(OLD_TITLE);
    }

    @Test
    void anEmptyContentFolderDoesNotEmptyAPublishedArchiveUnlessAskedTo(@TempDir Path dir) throws Exception {
        BuildOptions options = published(dir, false);
        String home = Files.readString(options.out().resolve("index.html"));
        try (Stream<Path> reports = Files.list(options.content())) {
            for (Path f : reports.toList()) Files.delete(f);
        }

        assertThatThrownBy(() -> Projects.build(options)).isInstanceOf(BuildException.class)
                .hasMessageContaining("holds no reports").hasMessageContaining("3 reports").hasMessageContaining("--allow-empty");
        assertThat(options.out().resolve("index.html")).hasContent(home);
        assertThat(options.out().resolve("b/index.html")).exists();

        try (Builder builder = new Builder(options)) {
            builder.build(BuildRequest.incremental(BuildListener.NONE).withAllowEmpty(true));
        }
        assertThat(options.out().resolve("b/index.html")).doesNotExist();
        assertThat(Files.readString(options.out().resolve("index.html"))).doesNotContain(OLD_TITLE);
    }
}
