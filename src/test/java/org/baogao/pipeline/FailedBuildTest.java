package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that cannot finish leaves the published archive exactly as it was. */
class FailedBuildTest {

    @Test
    void aBrokenSiteTemplateLeavesThePreviousArchiveIntact(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够深入。"));
        BuildOptions options = Projects.options(project);
        Projects.build(options);
        Path page = project.resolve("site/a/index.html");
        String before = Files.readString(page);

        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料（修改稿）", "individual", "甲", "改了。"));
        Projects.write(project.resolve("templates/site/index.ftlh"), "<#list reports as r>${r.title}");

        assertThatThrownBy(() -> Projects.build(options))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("index.ftlh:1:")
                .hasMessageContaining("template syntax error");
        assertThat(Files.readString(page)).isEqualTo(before);
        assertThat(Files.exists(project.resolve("site/index.html"))).isTrue();
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    @Test
    void theSourcesAreNeverModified(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Path src = Projects.write(project.resolve("content/a.md"),
                "# 甲对照检查材料\n\n一、问题\r\n\r\n他说\"学习\"不够。\r\n");
        byte[] before = Files.readAllBytes(src);
        long modified = Files.getLastModifiedTime(src).toMillis();

        Projects.build(Projects.options(project));

        assertThat(Files.readAllBytes(src)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(src).toMillis()).isEqualTo(modified);
    }

    @Test
    void failFastStopsAtTheFirstBrokenReportAndPublishesNothing(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够深入。"));
        BuildOptions options = Projects.options(project);
        Projects.build(options);
        String before = Files.readString(project.resolve("site/a/index.html"));

        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料（修改稿）", "individual", "甲", "改了。"));
        Path broken = Projects.write(project.resolve("content/b.md"), "---\ntitle: [未闭合\n---\n正文\n");

        try (Builder builder = new Builder(options)) {
            assertThatThrownBy(() -> builder.build(BuildListener.NONE, false, true))
                    .isInstanceOf(BuildException.class)
                    .hasMessageStartingWith("stopped at the first error (--fail-fast): " + broken + ":");
        }
        assertThat(Files.readString(project.resolve("site/a/index.html"))).isEqualTo(before);
        assertThat(project.resolve("site/b")).doesNotExist();
    }
}
