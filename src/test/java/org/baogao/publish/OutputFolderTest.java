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

    /**
     * Reports with the same text share one content-addressed file, written by whichever threads
     * render them: a writer must never see the file missing while another replaces it (issue 12,
     * case 5: a replace that deletes first, then renames, left a moment without the file).
     */
    @Test
    void threadsWritingTheSameFileNeverSeeItMissing(@TempDir Path dir) throws Exception {
        try (OutputFolder out = OutputFolder.open(dir.resolve("site"))) {
            byte[] text = "同一段文字".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 2_000; i++) {
                            out.write(".baogao/text/0123abcd.txt", text);
                            assertThat(Files.readAllBytes(out.resolve(".baogao/text/0123abcd.txt"))).isEqualTo(text);
                        }
                        return null;
                    }));
                }
                for (var w : writers) w.get();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
