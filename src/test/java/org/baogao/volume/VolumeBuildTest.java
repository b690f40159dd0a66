package org.baogao.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.FailedReports;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.Builder;
import org.baogao.pipeline.BuildListener;
import org.baogao.pipeline.BuildRequest;
import org.baogao.config.TaxonomyField;
import org.baogao.site.SitePaths;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The volumes in a build: one per meeting beside its listing, linked from it and from the home
 * page with pages and size, bound again only when one of its reports changed, and never claiming a
 * report that failed.
 */
@Tag("pdf")
class VolumeBuildTest {

    @TempDir
    Path dir;

    private static String report(String title, String meeting, String date, String body) {
        return "---\ntitle: " + title + "\ntype: individual\nauthor: 张三\npost: 县长\nunit: 测试县委\nmeeting: " + meeting
                + "\ndate: " + date + "\n---\n\n## 一、存在的问题\n\n" + body + "\n";
    }

    private static final String BODY = "对照检查发现理论学习不够深入系统，联系实际不够紧密。".repeat(8);

    @Test
    void aVolumeBoundAgainAfterAnEditIsTheVolumeACleanBuildBinds() throws Exception {
        Path project = Projects.create(dir.resolve("edit"));
        String meeting = "2023年度民主生活会";
        Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", meeting, "2024-01-10", BODY));
        Projects.write(project.resolve("content/2023/b.md"), report("县长李四2023年度对照检查材料", meeting, "2024-01-11",
                BODY.repeat(6)));
        Projects.write(project.resolve("content/2023/c.md"), report("县长王五2023年度对照检查材料", meeting, "2024-01-12", BODY));
        var options = Projects.options(project);
        String volume = SitePaths.volume(TaxonomyField.MEETING, meeting);
        try (Builder builder = new Builder(options)) {
            builder.build(BuildRequest.incremental(BuildListener.NONE));
            // one sentence more in the first report, then a page more in it (the others move)
            for (String more : List.of("又补充征求意见建议3条。", BODY.repeat(12))) {
                Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", meeting, "2024-01-10",
                        BODY + more));
                BuildResult r = builder.build(BuildRequest.incremental(BuildListener.NONE));
                assertThat(r.failed()).as(Projects.errors(r)).isZero();
                Path clean = dir.resolve("edit-clean");
                org.baogao.publish.OutputFolder.deleteQuietly(clean);
                try (Builder c = new Builder(options.withOut(clean))) {
                    c.build(BuildRequest.incremental(BuildListener.NONE).withClean(true));
                }
                try (PdfProbe got = PdfProbe.open(project.resolve("site").resolve(volume));
                        PdfProbe want = PdfProbe.open(clean.resolve(volume))) {
                    assertThat(got.pages()).isEqualTo(want.pages());
                    for (int p = 1; p <= want.pages(); p++) assertThat(got.lines(p)).as("page %d", p).extracting(PdfProbe.Line::text)
                            .containsExactlyElementsOf(want.lines(p).stream().map(PdfProbe.Line::text).toList());
                    assertThat(got.outline()).isEqualTo(want.outline());
                }
                assertThat(org.baogao.testing.PdfA.failures(project.resolve("site").resolve(volume))).isEmpty();
            }
        }
    }

    @Test
    void oneVolumePerMeetingLinkedAndBoundAgainOnlyWhenItsReportsChange() throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", "2023年度民主生活会", "2024-01-10", BODY));
        Projects.write(project.resolve("content/2023/b.md"), report("县长李四2023年度对照检查材料", "2023年度民主生活会", "2024-01-11", BODY));
        Projects.write(project.resolve("content/2024/c.md"), report("县长王五2024年度对照检查材料", "2024年度民主生活会", "2025-01-10", BODY));
        var options = Projects.options(project);
        Path site = project.resolve("site");
        String v2023 = SitePaths.volume(TaxonomyField.MEETING, "2023年度民主生活会");
        String v2024 = SitePaths.volume(TaxonomyField.MEETING, "2024年度民主生活会");
        try (Builder builder = new Builder(options)) {
            BuildResult first = builder.build(BuildRequest.incremental(BuildListener.NONE));
            assertThat(first.failed()).as(Projects.errors(first)).isZero();
            assertThat(site.resolve(v2023)).isRegularFile();
            assertThat(site.resolve(v2024)).isRegularFile();
            try (PdfProbe pdf = PdfProbe.open(site.resolve(v2023))) {
                assertThat(pdf.outline()).contains("县长张三2023年度对照检查材料", "县长李四2023年度对照检查材料");
                // the meeting's listing links to it with its pages and size
                Document listing = Jsoup.parse(site.resolve(SitePaths.term(TaxonomyField.MEETING, "2023年度民主生活会")).toFile());
                var link = listing.selectFirst("p.volume a.volume-pdf");
                assertThat(link).isNotNull();
                assertThat(site.resolve(v2023).getParent().resolve(link.attr("href").replace("../../browse/meeting/", ""))).isRegularFile();
                assertThat(listing.selectFirst("p.volume .pages").text()).isEqualTo(pdf.pages() + " 页");
            }
            // the home page links to the latest meeting's
            Document home = Jsoup.parse(site.resolve("index.html").toFile());
            assertThat(home.selectFirst("section.latest p.volume a").attr("href")).isEqualTo(v2024);

            Object before2023 = Files.getAttribute(site.resolve(v2023), "unix:ino");
            Object before2024 = Files.getAttribute(site.resolve(v2024), "unix:ino");
            Projects.write(project.resolve("content/2024/c.md"), report("县长王五2024年度对照检查材料", "2024年度民主生活会", "2025-01-10",
                    BODY + "又补充征求意见建议3条。"));
            builder.build(BuildRequest.incremental(BuildListener.NONE));
            // the 2023 volume was carried (the same file, linked), the 2024 one bound again
            assertThat(Files.getAttribute(site.resolve(v2023), "unix:ino")).isEqualTo(before2023);
            assertThat(Files.getAttribute(site.resolve(v2024), "unix:ino")).isNotEqualTo(before2024);

            // a report that fails now keeps its last good version in the archive, and so in the volume
            Projects.write(project.resolve("content/2023/b.md"), report("县长李四2023年度对照检查材料", "2023年度民主生活会",
                    "2024-01-11", BODY + "（此处填写整改措施）"));
            BuildResult kept = builder.build(BuildRequest.incremental(BuildListener.NONE));
            assertThat(kept.failed()).isEqualTo(1);
            try (PdfProbe pdf = PdfProbe.open(site.resolve(v2023))) {
                assertThat(pdf.outline()).contains("县长张三2023年度对照检查材料", "县长李四2023年度对照检查材料");
                assertThat(pdf.text()).doesNotContain("此处填写整改措施");
            }

            // taken out (--drop-failed), it is not claimed: the volume binds the others, the build names it
            BuildResult failed = builder.build(BuildRequest.incremental(BuildListener.NONE).withFailed(FailedReports.DROP));
            assertThat(failed.failed()).isEqualTo(1);
            assertThat(failed.notes()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(project.resolve("content/2023/b.md"));
                assertThat(p.message()).contains("left out of the volume of 2023年度民主生活会");
            });
            try (PdfProbe pdf = PdfProbe.open(site.resolve(v2023))) {
                assertThat(pdf.outline()).contains("县长张三2023年度对照检查材料").doesNotContain("县长李四2023年度对照检查材料");
                assertThat(pdf.text()).doesNotContain("县长李四");
            }
        }
    }

    @Test
    void anHtmlOnlyBuildKeepsThePublishedVolumesWhoseReportsAreUnchanged() throws Exception {
        Path project = Projects.create(dir.resolve("h"));
        Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", "2023年度民主生活会", "2024-01-10", BODY));
        Projects.write(project.resolve("content/2024/c.md"), report("县长王五2024年度对照检查材料", "2024年度民主生活会", "2025-01-10", BODY));
        var options = Projects.options(project);
        Path site = project.resolve("site");
        String v2023 = SitePaths.volume(TaxonomyField.MEETING, "2023年度民主生活会");
        String v2024 = SitePaths.volume(TaxonomyField.MEETING, "2024年度民主生活会");
        try (Builder builder = new Builder(options); Builder htmlOnly = new Builder(options.withPdf(false))) {
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).failed()).isZero();
            byte[] bound2023 = Files.readAllBytes(site.resolve(v2023));

            // one meeting's report changes: its PDF is left out, and so is its volume; the other stays, linked
            Projects.write(project.resolve("content/2024/c.md"), report("县长王五2024年度对照检查材料", "2024年度民主生活会", "2025-01-10",
                    BODY + "又补充征求意见建议3条。"));
            for (BuildRequest request : new BuildRequest[] {BuildRequest.incremental(BuildListener.NONE),
                    BuildRequest.incremental(BuildListener.NONE).withClean(true)}) {
                BuildResult r = htmlOnly.build(request);
                assertThat(r.failed()).as(Projects.errors(r)).isZero();
                assertThat(site.resolve(v2023)).hasBinaryContent(bound2023);
                assertThat(site.resolve(v2024)).doesNotExist();
                Document listing = Jsoup.parse(site.resolve(SitePaths.term(TaxonomyField.MEETING, "2023年度民主生活会")).toFile());
                assertThat(listing.select("p.volume a.volume-pdf")).hasSize(1);
                assertThat(Jsoup.parse(site.resolve(SitePaths.term(TaxonomyField.MEETING, "2024年度民主生活会")).toFile())
                        .select("p.volume a.volume-pdf")).isEmpty();
            }

            // a build with PDFs binds the changed meeting's again and carries the kept one
            Object kept = Files.getAttribute(site.resolve(v2023), "unix:ino");
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).failed()).isZero();
            assertThat(site.resolve(v2024)).isRegularFile();
            assertThat(Files.getAttribute(site.resolve(v2023), "unix:ino")).isEqualTo(kept);
        }
    }

    /**
     * A volume whose binding failed (here a report's PDF in the site damaged, then restored from a
     * backup; the same holds for a binding that ran out of memory) is bound again by the next build,
     * even one in which no source changed: that build does not call the archive whole without it.
     */
    @Test
    void aVolumeThatFailedToBindIsBoundAgainByTheNextBuildEvenWhenNothingChanged() throws Exception {
        Path project = Projects.create(dir.resolve("retry"));
        String meeting = "2023年度民主生活会";
        Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", meeting, "2024-01-10", BODY));
        Projects.write(project.resolve("content/2023/b.md"), report("县长李四2023年度对照检查材料", meeting, "2024-01-11", BODY));
        Path site = project.resolve("site");
        Path volume = site.resolve(SitePaths.volume(TaxonomyField.MEETING, meeting));
        try (Builder builder = new Builder(Projects.options(project))) {
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).failed()).isZero();
            assertThat(volume).isRegularFile();
            Path pdf;
            try (var walk = Files.walk(site.resolve("2023"))) {
                pdf = walk.filter(f -> f.getFileName().toString().endsWith(".pdf") && f.toString().contains("/a/")).findFirst().orElseThrow();
            }
            byte[] good = Files.readAllBytes(pdf);

            Files.write(pdf, "not a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            Projects.write(project.resolve("content/2023/b.md"), report("县长李四2023年度对照检查材料", meeting, "2024-01-11",
                    BODY + "又补充征求意见建议3条。"));
            BuildResult broken = builder.build(BuildRequest.incremental(BuildListener.NONE));
            assertThat(broken.notes()).anySatisfy(p -> assertThat(p.file()).isEqualTo(volume));
            assertThat(volume).doesNotExist();

            Files.write(pdf, good);
            BuildResult again = builder.build(BuildRequest.incremental(BuildListener.NONE));
            assertThat(again.notes()).as("%s", again.notes()).noneSatisfy(p -> assertThat(p.file()).isEqualTo(volume));
            assertThat(volume).as("bound again, nothing having changed").isRegularFile();
            try (PdfProbe bound = PdfProbe.open(volume)) {
                assertThat(bound.text()).contains("又补充征求意见建议3条");
            }
        }
    }

    @Test
    void aVolumeTemplateThatDoesNotParseFailsTheBuildBeforeAnyReportAndKeepsThePublishedVolume() throws Exception {
        Path project = Projects.create(dir.resolve("r"));
        Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", "2023年度民主生活会", "2024-01-10", BODY));
        Path volume = project.resolve("site").resolve(SitePaths.volume(TaxonomyField.MEETING, "2023年度民主生活会"));
        try (Builder builder = new Builder(Projects.options(project))) {
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).failed()).isZero();
            byte[] published = Files.readAllBytes(volume);

            Projects.write(project.resolve("templates/volume/cover.ftlh"), "<#if>\n");
            Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", "2023年度民主生活会", "2024-01-10",
                    BODY + "又补充征求意见建议3条。"));
            assertThatThrownBy(() -> builder.build(BuildRequest.incremental(BuildListener.NONE)))
                    .isInstanceOf(BuildException.class).hasMessageContaining("cover.ftlh");
            assertThat(Files.readAllBytes(volume)).isEqualTo(published);
        }
    }

    @Test
    void volumeFalseBindsNone() throws Exception {
        Path project = Projects.create(dir.resolve("q"));
        Projects.write(project.resolve("content/2023/a.md"), report("县长张三2023年度对照检查材料", "2023年度民主生活会", "2024-01-10", BODY));
        Files.writeString(project.resolve("baogao.yml"), "volume: false\n");
        BuildResult r = Projects.build(Projects.options(project).withConfig(project.resolve("baogao.yml")));
        assertThat(r.failed()).isZero();
        assertThat(project.resolve("site").resolve(SitePaths.volume(TaxonomyField.MEETING, "2023年度民主生活会"))).doesNotExist();
        assertThat(Jsoup.parse(project.resolve("site/index.html").toFile()).select("p.volume")).isEmpty();
        List<String> none = List.of();
        assertThat(r.notes()).isEqualTo(none);
    }
}
