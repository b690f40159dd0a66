package org.baogao.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir Path dir;

    @Test
    void replaceWritesANewFileAndReplacesAnOldOneLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("sub/报告.md");
        WholeFile.replace(file, bytes("一"));
        assertThat(Files.readString(file)).isEqualTo("一");
        WholeFile.replace(file, bytes("二"));
        assertThat(Files.readString(file)).isEqualTo("二");
        assertThat(names(file.getParent())).containsExactly("报告.md");
    }

    @Test
    void aNewFileHasTheDefaultPermissionsNotOwnerOnly() throws IOException {
        assumeTrue(posix());
        Path reference = dir.resolve("reference");
        Files.write(reference, bytes("x"));
        Path file = dir.resolve("new.md");
        WholeFile.create(file, bytes("x"));
        Path replaced = dir.resolve("replaced.md");
        WholeFile.replace(replaced, bytes("x"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(replaced)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(posix());
        Path file = dir.resolve("draft.md");
        Files.write(file, bytes("old"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        WholeFile.replace(file, bytes("new"));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void createLeavesAnExistingFileAsItWas() throws IOException {
        Path file = dir.resolve("report.md");
        Files.write(file, bytes("mine"));
        assertThatThrownBy(() -> WholeFile.create(file, bytes("theirs"))).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(names(dir)).containsExactly("report.md");
    }

    @Test
    void ofWritersCreatingOneFileAtOnceExactlyOneWinsAndItsTextIsWhole() throws Exception {
        Path file = dir.resolve("one.md");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> tries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String text = String.valueOf(i).repeat(10_000);
            texts.add(text);
            tries.add(pool.submit(() -> {
                try {
                    WholeFile.create(file, bytes(text));
                    return true;
                } catch (FileAlreadyExistsException e) {
                    return false;
                }
            }));
        }
        int won = 0;
        for (Future<Boolean> t : tries) if (t.get()) won++;
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(texts).contains(Files.readString(file));
        assertThat(names(dir)).containsExactly("one.md");
    }

    @Test
    void aReaderNeverSeesTheFileMissingOrHalfWritten() throws Exception {
        Path file = dir.resolve("page.html");
        String a = "a".repeat(200_000);
        String b = "b".repeat(200_000);
        WholeFile.replace(file, bytes(a));
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 200; i++) WholeFile.replace(file, bytes(i % 2 == 0 ? b : a));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        while (writer.isAlive()) {
            String seen = Files.readString(file);
            assertThat(seen.equals(a) || seen.equals(b)).as("a whole old or new text, %d chars", seen.length()).isTrue();
        }
        writer.join();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("kept.md");
        Files.write(file, bytes("kept"));
        Path folderAsFile = dir.resolve("kept.md/inner.md");
        assertThatThrownBy(() -> WholeFile.replace(folderAsFile, bytes("x"))).isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("kept");
        assertThat(names(dir)).containsExactly("kept.md");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("volume.pdf");
        Files.write(file, bytes("the volume bound before"));
        // more than the write buffer, so that part of it reached the disk before the failure
        byte[] half = new byte[200_000];
        assertThatThrownBy(() -> WholeFile.replace(file, out -> {
            out.write(half);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("the volume bound before");
        assertThat(names(dir)).containsExactly("volume.pdf");

        WholeFile.replace(file, out -> {
            out.write(half);
            out.write(bytes("end"));
        });
        assertThat(Files.size(file)).isEqualTo(200_003);
        assertThat(names(dir)).containsExactly("volume.pdf");
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
