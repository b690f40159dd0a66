package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font set's key names the fonts a build finds, not the way their folder is written. */
class FontSetKeyTest {

    @TempDir
    Path dir;

    private Path project(String name) throws IOException {
        Path fonts = Files.createDirectories(dir.resolve(name).resolve("fonts/office"));
        Files.createDirectories(dir.resolve(name).resolve("content/2023"));
        Path font = Files.write(fonts.resolve("FZXBSJW.ttf"), new byte[] {0, 1, 0, 0, 7, 7, 7});
        Files.setLastModifiedTime(font, FileTime.fromMillis(1_700_000_000_000L));
        return dir.resolve(name);
    }

    @Test
    void aBuildFromASubfolderOrOfAMovedProjectFindsTheSameFonts() throws IOException {
        Path project = project("档案");
        String key = FontSetKey.of(List.of(project.resolve("fonts")));

        // as a build started in content/2023 names it
        assertThat(FontSetKey.of(List.of(project.resolve("content/2023/../../fonts")))).isEqualTo(key);
        assertThat(FontSetKey.of(List.of(project.resolve("fonts").toAbsolutePath()))).isEqualTo(key);
        // the project copied to another folder, dates kept
        assertThat(FontSetKey.of(List.of(project("档案-副本").resolve("fonts")))).isEqualTo(key);
    }

    @Test
    void aFontAddedReplacedOrRenamedChangesTheKey() throws IOException {
        Path project = project("档案");
        Path fonts = project.resolve("fonts");
        String key = FontSetKey.of(List.of(fonts));

        Path added = Files.write(fonts.resolve("simfang.ttf"), new byte[] {0, 1, 0, 0});
        String withAdded = FontSetKey.of(List.of(fonts));
        assertThat(withAdded).isNotEqualTo(key);

        Files.write(added, new byte[] {0, 1, 0, 0, 1});
        assertThat(FontSetKey.of(List.of(fonts))).isNotEqualTo(withAdded);

        Files.delete(added);
        assertThat(FontSetKey.of(List.of(fonts))).isEqualTo(key);
        Files.move(fonts.resolve("office/FZXBSJW.ttf"), fonts.resolve("FZXBSJW.ttf"));
        assertThat(FontSetKey.of(List.of(fonts))).isNotEqualTo(key);
    }

    @Test
    void theSameFontsInAnotherFolderOfTheSearchAreAnotherSet() throws IOException {
        Path project = project("档案");
        Path other = Files.createDirectories(dir.resolve("more"));
        String key = FontSetKey.of(List.of(project.resolve("fonts"), other));

        // the order of the folders decides which face serves a role
        assertThat(FontSetKey.of(List.of(other, project.resolve("fonts")))).isNotEqualTo(key);
    }
}
