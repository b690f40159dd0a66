package org.baogao.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.baogao.pipeline.BuildResult;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Builds that are killed or run at the same time lose nothing and never interleave. */
class OneBuildAtATimeTest {

    @Test
    void aSecondBuildOnTheSameArchiveIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        try (OutputFolder first = OutputFolder.open(site)) {
            first.write("a.txt", new byte[] {1});
            assertThatThrownBy(() -> OutputFolder.open(site))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("another build is writing " + site.toAbsolutePath())
                    .hasMessageEndingWith("wait for it to finish, then build again");
        }
        try (OutputFolder next = OutputFolder.open(site)) {
            assertThat(next.target()).isEqualTo(site.toAbsolutePath());
        }
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsRepairedByTheNext(@TempDir Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve(".site.old-123"));
        Files.writeString(old.resolve("index.html"), "the archive");
        Files.createDirectories(dir.resolve(".site.staging-456"));
        try (OutputFolder out = OutputFolder.open(dir.resolve("site"))) {
            assertThat(dir.resolve("site/index.html")).hasContent("the archive");
            assertThat(dir.resolve(".site.staging-456")).doesNotExist();
        }
    }

    @Test
    @Timeout(180)
    void aBuildKilledMidwayLeavesThePreviousArchiveIntactAndComplete(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        for (int i = 0; i < 24; i++) {
            Projects.write(project.resolve("content/r" + i + ".md"), Projects.report("第" + i + "号对照检查材料", "individual",
                    "甲" + i, "一、存在的主要问题\n\n" + "本人学习不够深入，调查研究不够经常。".repeat(60) + "\n"));
        }
        BuildResult first = Projects.build(Projects.options(project));
        assertThat(first.failed()).isZero();
        Map<String, byte[]> before = snapshot(project.resolve("site"));

        // change every report, then kill the build that renders them once it is well under way
        for (int i = 0; i < 24; i++) {
            Projects.write(project.resolve("content/r" + i + ".md"), Projects.report("第" + i + "号（修改稿）", "individual",
                    "乙" + i, "一、存在的主要问题\n\n改了。\n"));
        }
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.baogao.cli.Main", "build", "--jobs", "1",
                "--content", project.resolve("content").toString(), "--templates", project.resolve("templates").toString(),
                "--out", project.resolve("site").toString())
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.matches("\\[\\s*3/24\\].*")) break;
            }
            build.destroyForcibly();
            build.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(seen).as("the build was under way when it was killed").anyMatch(l -> l.matches("\\[\\s*3/24\\].*"));

        assertThat(snapshot(project.resolve("site"))).as("the previous archive, file by file")
                .containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));

        // and the next build clears what the killed one left, and publishes
        BuildResult next = Projects.build(Projects.options(project));
        assertThat(next.failed()).isZero();
        assertThat(Files.readString(project.resolve("site/r0/index.html"))).contains("第0号（修改稿）");
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".staging-") || n.contains(".old-"));
        }
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
