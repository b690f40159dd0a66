package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.baogao.content.Problem;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's outputs are named after its path below the content folder, so two reports cannot
 * claim the same output; the archive's own folders are kept for the archive.
 */
@Tag("pdf")
class OutputPathsTest {

    @Test
    void theSameFileNameInTwoFoldersGivesTwoReports(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/2023/li.md"), Projects.report("二〇二三年材料", "individual", "李", "正文。"));
        Projects.write(project.resolve("content/2024/li.md"), Projects.report("二〇二四年材料", "individual", "李", "正文。"));
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.built()).isEqualTo(2);
        assertThat(project.resolve("site/2023/li/li.pdf")).exists();
        assertThat(project.resolve("site/2024/li/li.pdf")).exists();
        assertThat(project.resolve("site/2023/li/index.html")).content().contains("二〇二三年材料");
        assertThat(project.resolve("site/2024/li/index.html")).content().contains("二〇二四年材料");
    }

    @Test
    void aReportCannotTakeTheArchivesOwnFolders(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Path report = Projects.write(project.resolve("content/browse/year.md"), Projects.report("材料", "individual", "李", "正文。"));
        Projects.write(project.resolve("content/ok.md"), Projects.report("另一份材料", "individual", "王", "正文。"));
        BuildResult result = Projects.build(Projects.options(project));
        Problem p = result.reports().stream().filter(ReportOutcome::failed).findFirst().orElseThrow()
                .problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(p.file()).isEqualTo(report);
        assertThat(p.message()).isEqualTo("the folder 'browse' of the content is reserved for the archive's own pages;"
                + " move the report to another folder");
        assertThat(result.built()).isEqualTo(1);
        assertThat(project.resolve("site/browse/index.html")).exists();
    }

    /**
     * File names with a tab, a line end or a backslash are linked percent-encoded (issue 12): an
     * HTML parser drops tabs and line ends from a URL and a browser reads a backslash as a slash,
     * so the plain names linked to nothing. Every link of the listing reaches its page.
     */
    @Test
    void namesWithTabsLineEndsAndBackslashesAreLinkedEncoded(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        for (String name : new String[] {"制\t表.md", "换\n行.md", "反\\斜.md"}) {
            Projects.write(project.resolve("content/2024").resolve(name), Projects.report(name.substring(0, 1) + "的材料",
                    "individual", "李", "正文。"));
        }
        BuildResult result = Projects.build(Projects.options(project).withPdf(false));
        assertThat(result.built()).as(Projects.errors(result)).isEqualTo(3);
        Path site = project.resolve("site");
        var page = org.jsoup.Jsoup.parse(site.resolve("browse/index.html").toFile(), "UTF-8");
        var links = page.select("a[href*=2024/]");
        assertThat(links).hasSizeGreaterThanOrEqualTo(3);
        for (var a : links) {
            String href = a.attr("href");
            assertThat(href).doesNotContain("\t").doesNotContain("\n").doesNotContain("\\");
            String decoded = java.net.URLDecoder.decode(href.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(site.resolve("browse").resolve(decoded).normalize()).as(href).exists();
        }
    }
}
