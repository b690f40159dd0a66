package org.baogao.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output paths, however they were made, stay inside the archive. */
class OutputFolderTest {

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "a/../../escape.html", "/etc/passwd", "..", "", "a/../.."})
    void pathsOutOfTheArchiveAreRefused(String path, @TempDir Path dir) throws Exception {
        try (OutputFolder out = OutputFolder.open(dir.resolve("site"))) {
            assertThatThrownBy(() -> out.write(path, new byte[] {1}))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("would leave the output folder");
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @Test
    void aNulInAPathIsRefused(@TempDir Path dir) throws Exception {
        try (OutputFolder out = OutputFolder.open(dir.resolve("site"))) {
            assertThatThrownBy(() -> out.write("a\u0000b/index.html", new byte[] {1})).isInstanceOf(Exception.class);
        }
    }

    @Test
    void filesAppearOnlyWhenPublished(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        try (OutputFolder out = OutputFolder.open(site)) {
            out.write("2023/a/index.html", "甲".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(site.resolve("2023/a/index.html")).doesNotExist();
            out.publish();
        }
        assertThat(site.resolve("2023/a/index.html")).hasContent("甲");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging") || n.contains(".old-"));
        }
    }
}
