package org.baogao.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTest {

    @Test
    void theProjectIsFoundFromAnyFolderInsideIt(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("档案");
        Files.createDirectories(root.resolve("content/2023"));
        Files.writeString(root.resolve("baogao.yml"), "name: x\n");

        assertThat(Project.find(root).orElseThrow().root()).isEqualTo(Path.of(""));
        Project fromBelow = Project.find(root.resolve("content/2023")).orElseThrow();
        assertThat(fromBelow.root()).isEqualTo(Path.of("../.."));
        assertThat(fromBelow.content()).isEqualTo(Path.of("../../content"));
        assertThat(fromBelow.site().resolve("index.html")).isEqualTo(Path.of("../../site/index.html"));
    }

    @Test
    void aContentFolderAloneMakesAProject(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("p/content"));
        Files.createDirectories(dir.resolve("p/notes"));
        assertThat(Project.find(dir.resolve("p/notes")).orElseThrow().root()).isEqualTo(Path.of(".."));
    }

    @Test
    void outsideAnyProjectNothingIsFound(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        // the temporary folder is below /tmp, which is in no project
        assertThat(Project.find(dir.resolve("a/b"))).isEmpty();
    }
}
