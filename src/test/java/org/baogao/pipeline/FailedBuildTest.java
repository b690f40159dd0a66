package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A build that cannot finish leaves the published archive exactly as it was. */
class FailedBuildTest {

    @Test
    void aBrokenSiteTemplateLeavesThePreviousArchiveIntact(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够深入。"));
        BuildOptions options = Projects.options(project).withPdf(false);
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

    /**
     * A template no report can use is the build's failure, not the reports' (issue 12, case 1): a
     * broken {@code _base.ftlh} had removed every page and PDF and published an empty archive.
     * The published archive is left exactly as it was, and the build says which template and line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"templates/_base.ftlh", "templates/individual.ftlh"})
    void aBrokenTemplateFailsTheBuildAndLeavesTheArchiveAsItWas(String template, @TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够深入。"));
        Projects.write(project.resolve("content/b.md"), Projects.report("乙对照检查材料", "individual", "乙", "调研不够经常。"));
        BuildOptions options = Projects.options(project);
        Projects.build(options);
        Map<String, String> before = files(project.resolve("site"));

        Files.writeString(project.resolve(template), "\n<#if>", java.nio.file.StandardOpenOption.APPEND);
        Projects.write(project.resolve("content/b.md"), Projects.report("乙对照检查材料（修改稿）", "individual", "乙", "改了。"));

        String name = Path.of(template).getFileName().toString();
        assertThatThrownBy(() -> Projects.build(options)).isInstanceOf(BuildException.class)
                .hasMessageContaining(name + ":").hasMessageContaining("template syntax error");
        assertThat(files(project.resolve("site"))).as("the published archive").isEqualTo(before);
    }

    /** Every file of the archive with the hash of its bytes. */
    private static Map<String, String> files(Path site) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    @Test
    void theSourcesAreNeverModified(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Path src = Projects.write(project.resolve("content/a.md"),
                "# 甲对照检查材料\n\n一、问题\r\n\r\n他说\"学习\"不够。\r\n");
        byte[] before = Files.readAllBytes(src);
        long modified = Files.getLastModifiedTime(src).toMillis();

        Projects.build(Projects.options(project).withPdf(false));

        assertThat(Files.readAllBytes(src)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(src).toMillis()).isEqualTo(modified);
    }

    @Test
    void failFastStopsAtTheFirstBrokenReportAndPublishesNothing(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够深入。"));
        BuildOptions options = Projects.options(project).withPdf(false);
        Projects.build(options);
        String before = Files.readString(project.resolve("site/a/index.html"));

        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料（修改稿）", "individual", "甲", "改了。"));
        Path broken = Projects.write(project.resolve("content/b.md"), "---\ntitle: [未闭合\n---\n正文\n");

        try (Builder builder = new Builder(options)) {
            assertThatThrownBy(() -> builder.build(BuildRequest.incremental(BuildListener.NONE).withFailFast(true)))
                    .isInstanceOf(BuildException.class)
                    .hasMessageStartingWith("stopped at the first error (--fail-fast): " + broken + ":");
        }
        assertThat(Files.readString(project.resolve("site/a/index.html"))).isEqualTo(before);
        assertThat(project.resolve("site/b")).doesNotExist();
    }
}
