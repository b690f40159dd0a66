package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.baogao.content.Problem;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile reports: each fails alone with a clear message naming file and line, or
 * builds without reaching anything outside the project. None may crash the build, hang or run
 * out of memory; the other reports are built.
 */
@Timeout(120)
@Tag("pdf")
class HostileInputTest {

    static final String OK = Projects.report("正常报告", "individual", "甲", "一、存在的主要问题\n\n学习不够深入。\n");

    /** Builds {@code bad} beside a good report; returns the bad report's error. */
    static Problem failure(Path dir, String name, byte[] bad) throws Exception {
        Path project = Projects.create(dir);
        Files.write(project.resolve("content/" + name), bad);
        Projects.write(project.resolve("content/zz-ok.md"), OK);
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.reports()).hasSize(2);
        assertThat(result.reports().get(1).failed()).as("the good report").isFalse();
        assertThat(Files.exists(project.resolve("site/zz-ok/zz-ok.pdf"))).isTrue();
        ReportOutcome o = result.reports().get(0);
        assertThat(o.failed()).as("the bad report").isTrue();
        Problem p = o.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(p.file().getFileName().toString()).isEqualTo(name);
        return p;
    }

    static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void tenThousandNestedQuotes(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "quotes.md", utf8(Projects.report("引用", "individual", "甲", "正文。\n\n" + "> ".repeat(10_000) + "深处")));
        assertThat(p.message()).isEqualTo("the text is nested 10000 levels deep (lists or quotes inside each other); at most 32 are allowed");
        assertThat(p.line()).isEqualTo(12);
    }

    /** Just past the limit the parsed tree counts exactly. */
    @Test
    void thirtyThreeNestedQuotes(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "quotes.md", utf8(Projects.report("引用", "individual", "甲", "正文。\n\n" + "> ".repeat(33) + "深处")));
        assertThat(p.message()).isEqualTo("the text is nested 33 levels deep (lists or quotes inside each other); at most 32 are allowed");
        assertThat(p.line()).isEqualTo(12);
    }

    /**
     * Limits checked before the expensive work (issue 12, case 7): 100,000 quotes on one line took
     * 22 s and named no line, 2,000 nested list levels 229 s, a 5 MB paragraph over 300 s of line
     * breaking. Each is refused at once (this class's time limit), naming its line.
     */
    @Test
    void aHundredThousandNestedQuotesOnOneLine(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "quotes.md", utf8(Projects.report("引用", "individual", "甲", "正文。\n\n" + ">".repeat(100_000) + "深处")));
        assertThat(p.message()).startsWith("the text is nested 100000 levels deep");
        assertThat(p.line()).isEqualTo(12);
    }

    @Test
    void twoThousandNestedListLevels(@TempDir Path dir) throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 2_000; i++) list.append("  ".repeat(i)).append("- 第").append(i + 1).append("层\n");
        Problem p = failure(dir, "list.md", utf8(Projects.report("列表", "individual", "甲", "正文。\n\n" + list)));
        assertThat(p.message()).contains("levels deep").contains("at most 32 are allowed");
        assertThat(p.line()).isBetween(12 + 21, 12 + 65);
    }

    @Test
    void aFiveMegabyteParagraph(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "long.md", utf8(Projects.report("长段", "individual", "甲",
                "正文。\n\n" + "学习贯彻落实不够深入".repeat(170_000) + "\n")));
        assertThat(p.message()).startsWith("a paragraph has more than 20000 characters");
        assertThat(p.line()).isEqualTo(12);
    }

    /**
     * A run that cannot be broken and would be drawn past the text block (a title's lines are kept
     * whole) is an error naming its line, not an {@code ok} (issue 12, case 6).
     */
    @Test
    void textThatWouldRunOffThePageFailsTheReport(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "title.md", utf8(Projects.report("关于" + "ABCDEFGHIJ".repeat(6) + "的材料", "individual", "甲",
                "一、存在的主要问题\n\n学习不够深入。\n")));
        assertThat(p.message()).contains("runs past the right edge of the page").contains("关于ABCDEFGHIJ");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void tenThousandNestedListLevels(@TempDir Path dir) throws Exception {
        // "- - - x" opens a list in a list in a list
        Problem p = failure(dir, "lists.md", utf8(Projects.report("列表", "individual", "甲", "正文。\n\n" + "- ".repeat(10_000) + "深处\n")));
        assertThat(p.message()).startsWith("the text is nested").endsWith("at most 32 are allowed");
        assertThat(p.line()).isEqualTo(12);
    }

    @Test
    void aTableWithAHundredThousandCells(@TempDir Path dir) throws Exception {
        StringBuilder table = new StringBuilder("| 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 | 辛 | 壬 | 癸 |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (int r = 0; r < 10_000; r++) table.append("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 0 |\n");
        Problem p = failure(dir, "table.md", utf8(Projects.report("表格", "individual", "甲", "正文。\n\n" + table)));
        assertThat(p.message()).isEqualTo("a table has 100010 cells; at most 5000 are allowed in a report (split it, or make it an attachment)");
        assertThat(p.line()).isEqualTo(12);
    }

    @Test
    void aTwentyMegabyteReport(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "huge.md", utf8(Projects.report("长报告", "individual", "甲", "很长的正文。".repeat(1_200_000))));
        assertThat(p.message()).startsWith("file is 20.6 MB; a report may be at most 8 MB");
    }

    @Test
    void aBinaryFileWithAMarkdownName(@TempDir Path dir) throws Exception {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};
        Problem p = failure(dir, "report.md", zip);
        assertThat(p.message()).startsWith("file is binary (it contains NUL bytes), not Markdown text");
    }

    @Test
    void anEmptyFile(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "empty.md", new byte[0]);
        assertThat(p.message()).isEqualTo("file is empty; write a title and some text, or delete it");
    }

    @Test
    void textThatIsNeitherUtf8NorGb18030(@TempDir Path dir) throws Exception {
        Problem p = failure(dir, "latin.md", new byte[] {(byte) 0x84, 0x31, (byte) 0xA5, 0x30, (byte) 0xFF, (byte) 0xFF});
        assertThat(p.message()).isEqualTo("file is neither UTF-8 nor GB18030 text; save it as UTF-8");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path project = Projects.create(dir.resolve("p"));
        Projects.write(project.resolve("content/xxe.md"), Projects.report("实体", "individual", "甲",
                "<!DOCTYPE r [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n\n正文&e;结束。\n"));
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.failed()).isZero();
        assertThat(Files.readString(project.resolve("site/xxe/index.html"))).doesNotContain("TOP-SECRET-CONTENT");
        try (PdfProbe pdf = PdfProbe.open(project.resolve("site/xxe/xxe.pdf"))) {
            assertThat(pdf.text()).doesNotContain("TOP-SECRET-CONTENT");
        }
    }

    @Test
    void nothingOutsideTheProjectIsFetchedOrRead(@TempDir Path dir) throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort();
            Path outside = Files.write(dir.resolve("outside.png"), tinyPng());
            Path project = Projects.create(dir.resolve("p"));
            Files.write(project.resolve("content/inside.png"), tinyPng());
            // the templates are the project's own, but a template can be edited by anyone
            Path base = project.resolve("templates/_base.ftlh");
            Files.writeString(base, Files.readString(base).replace("<title>", "<link rel=\"stylesheet\" href=\"" + remote
                    + "/x.css\" /><link rel=\"stylesheet\" href=\"file:///etc/passwd\" /><title>"));
            Projects.write(project.resolve("content/refs.md"), Projects.report("引用资源", "individual", "甲",
                    "正文。\n\n<img src=\"" + remote + "/a.png\"> ![b](" + remote + "/b.png) ![c](../../outside.png)"
                            + " ![d](file:///etc/passwd) ![e](inside.png)\n"));

            BuildResult result = Projects.build(Projects.options(project));

            assertThat(result.failed()).isZero();
            assertThat(requests).as("requests the server received").isEmpty();
            List<String> warnings = new ArrayList<>();
            result.reports().get(0).problems().forEach(p -> warnings.add(p.message()));
            assertThat(warnings).anyMatch(w -> w.contains("refused to load " + remote + "/x.css"));
            assertThat(warnings).anyMatch(w -> w.contains("refused to load file:/etc/passwd") || w.contains("refused to load file:///etc/passwd"));
            assertThat(warnings).anyMatch(w -> w.contains("refused to load") && w.contains("outside.png"));
            assertThat(warnings).noneMatch(w -> w.contains("inside.png"));
            assertThat(outside).exists();
        } finally {
            server.stop(0);
        }
    }

    /**
     * A link in the content folder is judged by where it leads (issue 12, case 8): a report that is
     * a link to a file outside is refused with its target named, and is in no page, PDF or index;
     * an image linked from outside is refused as the same image reached through {@code ../} is.
     */
    @Test
    void linksOutOfTheContentFolderAreRefusedAsDotDotIs(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Projects.write(outside.resolve("secret.md"), Projects.report("机密文件", "individual", "乙",
                "绝密内容在此处不得公开。"));
        Files.write(outside.resolve("pic.png"), tinyPng());
        Path project = Projects.create(dir.resolve("p"));
        Files.createDirectories(project.resolve("content/2024"));
        Files.createSymbolicLink(project.resolve("content/2024/leak.md"), secret);
        Files.createSymbolicLink(project.resolve("content/2024/pic.png"), outside.resolve("pic.png"));
        Projects.write(project.resolve("content/2024/zz-ok.md"), Projects.report("正常报告", "individual", "甲",
                "一、存在的主要问题\n\n学习不够深入。\n\n![图](pic.png)\n"));

        BuildResult result = Projects.build(Projects.options(project));

        ReportOutcome leak = result.reports().get(0);
        assertThat(leak.failed()).isTrue();
        assertThat(leak.problems().get(0).message()).contains("is a link to " + secret.toRealPath()).contains("outside the content folder");
        assertThat(project.resolve("site/2024/leak")).doesNotExist();
        assertThat(Files.readString(project.resolve("site/search-index.js"))).doesNotContain("绝密").doesNotContain("机密");
        ReportOutcome ok = result.reports().get(1);
        assertThat(ok.failed()).isFalse();
        assertThat(ok.problems()).anyMatch(p -> p.message().contains("refused to load") && p.message().contains("pic.png"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(project.resolve("site/2024/zz-ok/zz-ok.pdf").toFile())) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).as("an embedded image")
                            .isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                }
            }
        }
    }

    /** A 1×1 PNG. */
    static byte[] tinyPng() throws IOException {
        var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
