package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --no-pdf}, the quick preview, keeps the PDFs that are still up to date: it does not
 * take the printed documents out of the archive, and a build with PDFs after it reuses them.
 */
@Tag("pdf")
class HtmlOnlyBuildTest {

    @TempDir
    Path dir;

    private static final String BODY = "## 一、存在的问题\n\n对照检查发现理论学习不够深入系统，联系实际不够紧密。\n";

    @Test
    void anHtmlOnlyBuildKeepsThePdfsStillUpToDateAndDropsTheOthers() throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Path a = Projects.write(project.resolve("content/2023/a.md"), Projects.report("县长张三2023年度对照检查材料", "individual", "张三", BODY));
        Projects.write(project.resolve("content/2023/b.md"), Projects.report("县长李四2023年度对照检查材料", "individual", "李四", BODY));
        Path site = project.resolve("site");
        BuildOptions withPdf = Projects.options(project);
        try (Builder builder = new Builder(withPdf); Builder htmlOnly = new Builder(withPdf.withPdf(false))) {
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).failed()).isZero();
            byte[] pdfA = Files.readAllBytes(site.resolve("2023/a/a.pdf"));
            byte[] pdfB = Files.readAllBytes(site.resolve("2023/b/b.pdf"));

            // the same for a clean HTML-only build: what it keeps is judged by the keys, not by history
            for (BuildRequest request : new BuildRequest[] {BuildRequest.incremental(BuildListener.NONE),
                    BuildRequest.incremental(BuildListener.NONE).withClean(true)}) {
                BuildResult r = htmlOnly.build(request);
                assertThat(r.failed()).isZero();
                assertThat(site.resolve("2023/a/a.pdf")).hasBinaryContent(pdfA);
                assertThat(site.resolve("2023/b/b.pdf")).hasBinaryContent(pdfB);
                assertThat(Jsoup.parse(site.resolve("2023/a/index.html").toFile()).select("a[href$=a.pdf]")).isNotEmpty();
            }

            // a report changed since its PDF was made: its old PDF is not passed off as the new one
            Projects.write(a, Projects.report("县长张三2023年度对照检查材料", "individual", "张三", BODY + "\n又补充征求意见建议3条。\n"));
            assertThat(htmlOnly.build(BuildRequest.incremental(BuildListener.NONE)).failed()).isZero();
            assertThat(site.resolve("2023/a/a.pdf")).doesNotExist();
            assertThat(Jsoup.parse(site.resolve("2023/a/index.html").toFile()).select("a[href$=a.pdf]")).isEmpty();
            assertThat(site.resolve("2023/b/b.pdf")).hasBinaryContent(pdfB);

            // a build with PDFs then renders the changed report only
            BuildResult again = builder.build(BuildRequest.incremental(BuildListener.NONE));
            assertThat(again.reports()).filteredOn(o -> o.work() == ReportOutcome.Work.RENDERED).hasSize(1);
            assertThat(site.resolve("2023/a/a.pdf")).exists();
            assertThat(site.resolve("2023/b/b.pdf")).hasBinaryContent(pdfB);
        }
    }

    @Test
    void anUnchangedHtmlOnlyBuildAfterOneWithPdfsChangesNothing() throws Exception {
        Path project = Projects.create(dir.resolve("q"));
        Path a = Projects.write(project.resolve("content/2023/a.md"), Projects.report("县长张三2023年度对照检查材料", "individual", "张三", BODY));
        Path site = project.resolve("site");
        BuildOptions withPdf = Projects.options(project);
        try (Builder builder = new Builder(withPdf); Builder htmlOnly = new Builder(withPdf.withPdf(false))) {
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).published()).isTrue();
            Object page = Files.getAttribute(site.resolve("2023/a/index.html"), "unix:ino");

            // the PDF it would keep is no change: the archive is left as it is, and said to be
            for (int run = 0; run < 2; run++) {
                BuildResult r = htmlOnly.build(BuildRequest.incremental(BuildListener.NONE));
                assertThat(r.published()).as("run %d of the HTML-only build", run).isFalse();
                assertThat(r.reports()).allMatch(o -> o.work() == ReportOutcome.Work.REUSED);
            }
            assertThat(Files.getAttribute(site.resolve("2023/a/index.html"), "unix:ino")).isEqualTo(page);
            assertThat(site.resolve("2023/a/a.pdf")).isRegularFile();
            // and a build with PDFs after it has nothing to do either
            assertThat(builder.build(BuildRequest.incremental(BuildListener.NONE)).published()).isFalse();

            // a change is still a change
            Projects.write(a, Projects.report("县长张三2023年度对照检查材料", "individual", "张三", BODY + "\n又补充征求意见建议3条。\n"));
            assertThat(htmlOnly.build(BuildRequest.incremental(BuildListener.NONE)).published()).isTrue();
            assertThat(site.resolve("2023/a/a.pdf")).doesNotExist();
        }
    }
}
