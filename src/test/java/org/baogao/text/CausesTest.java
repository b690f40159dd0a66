package org.baogao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file system's failures in the user's words, with what to do; in Chinese not one English word of the system's. */
class CausesTest {

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    @Test
    void theFileSystemsFailuresAreToldByTheirKind(@TempDir Path dir) {
        Messages.use(Language.ZH);
        Path missing = dir.resolve("a.md");
        // a real one, as Java raises it
        IOException real = null;
        try {
            Files.readAllBytes(missing);
        } catch (IOException e) {
            real = e;
        }
        assertThat(real).isInstanceOf(NoSuchFileException.class);
        assertThat(Causes.of(real)).isEqualTo(missing + "：找不到这个文件或文件夹；请检查名称和所在的文件夹");
        assertThat(Causes.of(new AccessDeniedException("site/a.pdf"))).isEqualTo("site/a.pdf：没有权限；请检查这个文件的权限，或换一个有权写入的文件夹");
        assertThat(Causes.of(new UncheckedIOException(new AccessDeniedException("x")))).startsWith("x：没有权限");
    }

    @Test
    void theSystemsReasonsAreSaidInChinese() {
        Messages.use(Language.ZH);
        // Windows, when the PDF is open in a viewer during a rebuild
        assertThat(Causes.of(new FileSystemException("site\\2023\\a.pdf", null,
                "The process cannot access the file because it is being used by another process")))
                .isEqualTo("site\\2023\\a.pdf：文件正被另一个程序打开（例如 PDF 阅读器、Word）；请关闭它后再运行一次");
        assertThat(Causes.of(new FileSystemException("/mnt/u/site", null, "Read-only file system"))).endsWith("这个磁盘是只读的；请写到别的文件夹（--out 文件夹）");
        assertThat(Causes.of(new FileSystemException("site", null, "No space left on device"))).isEqualTo("site：磁盘已满；请腾出空间后再运行一次");
        assertThat(Causes.of(new FileNotFoundException("a.md (Permission denied)"))).startsWith("a.md：没有权限");
        assertThat(Causes.of(new IOException("Is a directory"))).isEqualTo("这是文件夹，不是文件");
        // one baogao does not know: the system's words, said to be the system's
        assertThat(Causes.of(new FileSystemException("a", null, "Stale file handle"))).isEqualTo("a：系统的提示是“Stale file handle”");
    }

    @Test
    void baogaosOwnWordsStandAndOthersAreAnInternalFailure() {
        Messages.use(Language.ZH);
        assertThat(Causes.of(new IOException("无法写出搜索索引"))).isEqualTo("无法写出搜索索引");
        assertThat(Causes.of(new StackOverflowError())).isEqualTo("文档的层次嵌套太深");
        assertThat(Causes.of(new IllegalStateException("boom"))).startsWith("baogao 内部出现意外错误（IllegalStateException：boom）");
    }

    @Test
    void inEnglishAsWell() {
        assertThat(Causes.of(new NoSuchFileException("a.md"))).isEqualTo("a.md: no such file or folder; check the name and the folder");
    }
}
