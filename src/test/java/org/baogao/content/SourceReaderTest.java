package org.baogao.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.text.Language;
import org.baogao.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    private static final Path FILE = Path.of("content", "2024", "wang-fang.md");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final SourceReader reader = new SourceReader();

    @TempDir
    Path dir;

    // ---- encodings ----

    @Test
    void utf8() throws Exception {
        Source s = decode("# 关于加强学习的报告\n\n正文。\n".getBytes(StandardCharsets.UTF_8));
        assertThat(s.text()).isEqualTo("# 关于加强学习的报告\n\n正文。\n");
        assertThat(s.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void asciiOnlyIsUtf8() throws Exception {
        Source s = decode("title\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(s.text()).isEqualTo("title\n");
        assertThat(s.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf8WithBomHasBomStripped() throws Exception {
        byte[] body = "对照检查\n".getBytes(StandardCharsets.UTF_8);
        Source s = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
        assertThat(s.text()).isEqualTo("对照检查\n");
        assertThat(s.text()).doesNotContain("\uFEFF");
        assertThat(s.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void bomBeforeFrontMatterIsStrippedSoTheFenceIsFirst() throws Exception {
        byte[] body = "---\ntitle: 测试\n---\n".getBytes(StandardCharsets.UTF_8);
        Source s = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
        assertThat(s.text()).startsWith("---\n");
    }

    @Test
    void gb18030() throws Exception {
        String text = "县委常委班子对照检查材料\n\n一、存在的主要问题\n";
        Source s = decode(text.getBytes(GB18030));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.encoding()).isEqualTo("GB18030");
    }

    @Test
    void gbkSubsetIsReadAsGb18030() throws Exception {
        String text = "理论学习不够深入，“学用结合”不紧。";
        Source s = decode(text.getBytes(Charset.forName("GBK")));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.encoding()).isEqualTo("GB18030");
    }

    @Test
    void gb18030WithFourByteCharacter() throws Exception {
        // U+20BB7 𠮷 is a four-byte sequence in GB18030
        String text = "姓名：\uD842\uDFB7某\n";
        Source s = decode(text.getBytes(GB18030));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.encoding()).isEqualTo("GB18030");
    }

    // ---- line ends ----

    @Test
    void crlfBecomesLf() throws Exception {
        assertThat(decode("第一行\r\n第二行\r\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("第一行\n第二行\n");
    }

    @Test
    void loneCrBecomesLf() throws Exception {
        assertThat(decode("第一行\r第二行\r".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("第一行\n第二行\n");
    }

    @Test
    void mixedLineEnds() throws Exception {
        assertThat(decode("a\r\nb\rc\nd\r\n\r\ne".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("a\nb\nc\nd\n\ne");
    }

    @Test
    void crlfInGb18030() throws Exception {
        Source s = decode("第一行\r\n第二行".getBytes(GB18030));
        assertThat(s.text()).isEqualTo("第一行\n第二行");
        assertThat(s.encoding()).isEqualTo("GB18030");
    }

    @Test
    void crlfAfterBom() throws Exception {
        Source s = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "甲\r\n乙\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(s.text()).isEqualTo("甲\n乙\n");
    }

    // ---- refused ----

    @Test
    void emptyFile() {
        Problem p = problemOf(new byte[0]);
        assertThat(p.isError()).isTrue();
        assertThat(p.line()).isZero();
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.message()).isEqualTo("file is empty; write a title and some text, or delete it");
    }

    @Test
    void nulBytesAreBinary() {
        byte[] bytes = concat("PK".getBytes(StandardCharsets.US_ASCII), new byte[] {3, 4, 0, 0, 8, 0});
        Problem p = problemOf(bytes);
        assertThat(p.line()).isZero();
        assertThat(p.message()).startsWith("file is binary (it contains NUL bytes)");
        assertThat(p.message()).contains("binary");
    }

    @Test
    void utf16IsBinaryBecauseOfItsNulBytes() {
        Problem p = problemOf("标题\ntext".getBytes(StandardCharsets.UTF_16LE));
        assertThat(p.message()).contains("binary");
    }

    @Test
    void neitherUtf8NorGb18030() {
        // 0xFF is a lead byte in neither encoding; 0x81 at the end is a truncated GB18030 sequence
        Problem p = problemOf(new byte[] {'a', (byte) 0xFF, 'b', (byte) 0x81});
        assertThat(p.isError()).isTrue();
        assertThat(p.line()).isZero();
        assertThat(p.message()).isEqualTo("file is neither UTF-8 nor GB18030 text; save it as UTF-8");
    }

    @Test
    void bomFollowedByInvalidUtf8IsRefused() {
        // a BOM promises UTF-8; the GB18030 bytes after it must not be decoded as anything
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "班子".getBytes(GB18030));
        assertThat(problemOf(bytes).message()).contains("neither UTF-8 nor GB18030");
    }

    @Test
    void problemToStringHasNoLineForWholeFileErrors() {
        assertThat(problemOf(new byte[0]).toString())
                .isEqualTo(FILE + ": error: file is empty; write a title and some text, or delete it");
    }

    // ---- from disk ----

    @Test
    void readsFileFromDisk() throws Exception {
        Path file = dir.resolve("li-ming.md");
        Files.write(file, "张三同志对照检查材料\r\n".getBytes(GB18030));
        Source s = reader.read(file, "2023/li-ming.md");
        assertThat(s.file()).isEqualTo(file);
        assertThat(s.relative()).isEqualTo("2023/li-ming.md");
        assertThat(s.stem()).isEqualTo("2023/li-ming");
        assertThat(s.text()).isEqualTo("张三同志对照检查材料\n");
        assertThat(s.encoding()).isEqualTo("GB18030");
    }

    @Test
    void emptyFileOnDisk() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.md"));
        Problem p = catchThrowableOfType(ReportException.class, () -> reader.read(file, "empty.md")).problem();
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.message()).contains("empty");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.md");
        ReportException e = catchThrowableOfType(ReportException.class, () -> reader.read(file, "missing.md"));
        assertThat(e.problem().line()).isZero();
        assertThat(e.problem().message()).isEqualTo("cannot read file: " + file + ": no such file or folder; check the name and the folder");
        assertThat(e.getCause()).isNotNull();
        assertThat(((UnreadableFileException) e).reason()).isEqualTo(UnreadableFileException.Reason.CANNOT_READ);
    }

    @Test
    void whyAFileCannotBeReadIsSaidInChinese() throws Exception {
        Messages.use(Language.ZH);
        try {
            Path file = dir.resolve("missing.md");
            ReportException e = catchThrowableOfType(ReportException.class, () -> reader.read(file, "missing.md"));
            assertThat(e.problem().toString()).isEqualTo(file + ": 错误: 无法读取文件：" + file + "：找不到这个文件或文件夹；请检查名称和所在的文件夹");
            UnreadableFileException binary = catchThrowableOfType(UnreadableFileException.class,
                    () -> reader.decode(FILE, "a.md", new byte[] {'P', 'K', 3, 4, 0, 0}));
            assertThat(binary.reason()).isEqualTo(UnreadableFileException.Reason.BINARY);
            assertThat(binary.problem().message()).startsWith("这是二进制文件");
        } finally {
            Messages.use(Language.EN);
        }
    }

    @Test
    void fileOverMaxBytesIsRefusedWithItsSize() throws Exception {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(SourceReader.MAX_BYTES + 1536 * 1024); // 9.5 MB, sparse
        }
        ReportException e = catchThrowableOfType(ReportException.class, () -> reader.read(file, "huge.md"));
        assertThat(e.problem().line()).isZero();
        assertThat(e.problem().message()).isEqualTo("file is 9.5 MB; a report may be at most 8 MB");
    }

    @Test
    void fileOfExactlyMaxBytesPassesTheSizeCheck() throws Exception {
        Path file = dir.resolve("limit.md");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(SourceReader.MAX_BYTES); // all NUL: refused, but as binary, not as too large
        }
        ReportException e = catchThrowableOfType(ReportException.class, () -> reader.read(file, "limit.md"));
        assertThat(e.problem().message()).contains("binary").doesNotContain("MB");
    }

    // ---- helpers ----

    /** Notepad's "Unicode" is UTF-16 with a byte-order mark: read as text, not called binary (issue 12). */
    @Test
    void utf16WithItsByteOrderMarkIsText() throws Exception {
        String text = "# 关于加强学习的报告\r\n\r\n正文。\r\n";
        Source le = decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.text()).isEqualTo("# 关于加强学习的报告\n\n正文。\n");
        assertThat(le.encoding()).isEqualTo("UTF-16LE (BOM)");
        Source be = decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.text()).isEqualTo(le.text());
    }

    /** A NUL after the first 8 KB is damage too, refused with its line rather than printed as nothing (issue 12). */
    @Test
    void aNulPastTheFirstEightKilobytesIsRefusedWithItsLine() {
        String start = "正文第一行。\n".repeat(1_000);
        Problem p = problemOf(concat(start.getBytes(StandardCharsets.UTF_8), "损坏\u0000之处\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(p.line()).isEqualTo(1_001);
        assertThat(p.message()).contains("NUL");
    }

    private Source decode(byte[] bytes) throws ReportException {
        return reader.decode(FILE, "2024/wang-fang.md", bytes);
    }

    private Problem problemOf(byte[] bytes) {
        ReportException e = catchThrowableOfType(ReportException.class, () -> decode(bytes));
        assertThat(e).as("expected a ReportException").isNotNull();
        return e.problem();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
