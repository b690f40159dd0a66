package org.baogao.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {

    @TempDir
    Path content;

    @Test
    void findsMarkdownFilesRecursivelyInSortedOrder() throws Exception {
        touch("c.md", "2024/b.md", "2023/z.md", "2023/a.md", "a.md", "2023/deep/er/x.md");
        assertThat(relative(ContentScanner.scan(content)))
                .containsExactly("2023/a.md", "2023/deep/er/x.md", "2023/z.md", "2024/b.md", "a.md", "c.md");
    }

    @Test
    void returnsPathsBelowTheContentFolder() throws Exception {
        touch("2023/li-ming.md");
        assertThat(ContentScanner.scan(content)).containsExactly(content.resolve("2023/li-ming.md"));
    }

    @Test
    void skipsHiddenFiles() throws Exception {
        touch("report.md", ".#report.md", ".report.md", "2023/.#draft.md");
        assertThat(relative(ContentScanner.scan(content))).containsExactly("report.md");
    }

    @Test
    void skipsHiddenFolders() throws Exception {
        touch("report.md", ".git/objects/readme.md", ".obsidian/notes.md", "2023/.trash/old.md");
        assertThat(relative(ContentScanner.scan(content))).containsExactly("report.md");
    }

    @Test
    void skipsOtherExtensions() throws Exception {
        touch("report.md", "report.md.swp", "report.md~", "notes.txt", "README.markdown", "scan.pdf", "upper.MD");
        assertThat(relative(ContentScanner.scan(content))).containsExactly("report.md");
    }

    @Test
    void skipsFoldersNamedLikeMarkdown() throws Exception {
        Files.createDirectories(content.resolve("old.md"));
        touch("old.md/inside.md");
        assertThat(relative(ContentScanner.scan(content))).containsExactly("old.md/inside.md");
    }

    @Test
    void hiddenContentFolderItselfIsScanned() throws Exception {
        // only the parts below the content folder count as hidden
        Path hidden = Files.createDirectories(content.resolve(".content"));
        Files.writeString(hidden.resolve("a.md"), "x");
        assertThat(ContentScanner.scan(hidden)).containsExactly(hidden.resolve("a.md"));
    }

    @Test
    void emptyFolder() throws Exception {
        assertThat(ContentScanner.scan(content)).isEmpty();
    }

    @Test
    void missingFolderMentionsTheOption() {
        Path missing = content.resolve("nope");
        assertThatThrownBy(() -> ContentScanner.scan(missing))
                .isInstanceOf(IOException.class)
                .hasMessage("content folder " + missing + " does not exist; pass --content DIR")
                .hasMessageContaining("--content");
    }

    @Test
    void fileInsteadOfFolder() throws Exception {
        touch("report.md");
        assertThatThrownBy(() -> ContentScanner.scan(content.resolve("report.md")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("--content");
    }

    @Test
    void relativeUsesForwardSlashes() {
        assertThat(ContentScanner.relative(content, content.resolve("2023").resolve("li-ming.md")))
                .isEqualTo("2023/li-ming.md");
        assertThat(ContentScanner.relative(content, content.resolve("a.md"))).isEqualTo("a.md");
    }

    /**
     * A report in a folder deeper than the scan goes is not left out silently (issue 12): the
     * folder where the scan stops is listed, and reading it says what to do.
     */
    @Test
    void aFolderTooDeepToEnterIsNamedNotSkipped() throws Exception {
        String deep = "d/".repeat(20);
        touch("a.md", deep + "lost.md", "e/".repeat(20) + "picture.png");
        List<Path> found = ContentScanner.scan(content);
        Path stop = content.resolve("d/".repeat(ContentScanner.MAX_DEPTH - 1) + "d");
        assertThat(found).containsExactly(content.resolve("a.md"), stop);
        assertThatThrownBy(() -> new SourceReader().read(stop, ContentScanner.relative(content, stop)))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.problem().message())
                        .isEqualTo("the folder is 16 levels below the content folder, and the reports below it are not read;"
                                + " move them higher up"));
    }

    private void touch(String... paths) throws IOException {
        for (String p : paths) {
            Path file = content.resolve(p);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# 标题\n");
        }
    }

    private List<String> relative(List<Path> files) {
        return files.stream().map(f -> ContentScanner.relative(content, f)).toList();
    }
}
