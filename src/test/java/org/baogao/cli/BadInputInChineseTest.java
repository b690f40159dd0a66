package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese user's mistakes, as they were seen: a Word file saved as .md, an empty file, a file
 * in an unknown encoding, an unknown type, a missing folder, an output folder that cannot be
 * made, a mistyped option. Each is answered in Chinese, in the {@code file:line: 错误: …} form,
 * saying what to do, and no English sentence reaches the user.
 */
class BadInputInChineseTest {

    /** Three English words in a row: a sentence, not a file name, an option or a rule id. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z']{2,}(?: [A-Za-z']{2,}){2,}\\b");

    /** A .docx file begins like this (a zip entry's header), with NUL bytes in it. */
    private static final byte[] WORD_FILE = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};

    @Test
    void reportsThatCannotBeReadAreExplainedInChinese(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Path content = project.resolve("content");
        Projects.write(content.resolve("2023/good.md"), Projects.report("甲同志对照检查材料", "individual", "甲", "本人认真查摆问题。"));
        Path word = Files.write(content.resolve("2023/word.md"), WORD_FILE);
        Path empty = Files.write(content.resolve("2023/empty.md"), new byte[0]);
        Path latin = Files.write(content.resolve("2023/latin.md"), new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0xFF, (byte) 0xFF});
        Path memo = Projects.write(content.resolve("2023/memo.md"), "---\ntitle: 关于学习的报告\ntype: memo\n---\n正文\n");
        Path reserved = Projects.write(content.resolve("assets/r.md"), Projects.report("乙同志对照检查材料", "individual", "乙", "正文。"));

        Cli build = Cli.main("--lang", "zh", "build", "--no-pdf", "--project", project.toString());
        assertThat(build.status()).isEqualTo(1);
        assertThat(build.err()).contains(
                word + ": 错误: 这是二进制文件（含有 NUL 字节），不是 Markdown 文本；如果它是 Word 文档（.docx），请用“baogao import 文件”导入",
                empty + ": 错误: 文件是空的：请写上标题和正文，或者删去这个文件",
                latin + ": 错误: 文件既不是 UTF-8 也不是 GB18030 编码的文本",
                memo + ":3: 错误: 没有“memo”这个文种；可用的文种：group, individual（每个文种对应一个版式文件，例如 "
                        + project.resolve("templates/memo.ftlh") + "）",
                reserved + ": 错误: 内容文件夹下的“assets”文件夹留作档案自己的页面");
        assertThat(english(build.out() + build.err())).isEmpty();

        // lint checks the same files with the same words, under its rule
        Cli lint = Cli.main("--lang", "zh", "lint", "--no-fonts", "--project", project.toString(), word.toString(), empty.toString());
        assertThat(lint.out()).contains(word + ":1:1: 错误: 这是二进制文件", "[unreadable]", empty + ":1:1: 错误: 文件是空的");
        assertThat(english(lint.out() + lint.err())).isEmpty();

        // with --fail-fast the build stops at the first, saying so
        Cli fast = Cli.main("--lang", "zh", "build", "--no-pdf", "--fail-fast", "--project", project.toString());
        assertThat(fast.status()).isEqualTo(2);
        assertThat(fast.err()).contains("遇到第一个错误即停止（--fail-fast）：", "什么也没有生成");
        assertThat(english(fast.err())).isEmpty();
    }

    @Test
    void theYamlMistakesPeopleMakeAreExplainedInChineseOnTheirLine(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Path content = project.resolve("content/2023");
        Path quote = Projects.write(content.resolve("quote.md"), "---\ntitle: \"关于学习的报告\ntype: individual\n---\n正文\n");
        Path tab = Projects.write(content.resolve("tab.md"), "---\n\ttitle: 关于学习的报告\n---\n正文\n");
        Path indented = Projects.write(content.resolve("indented.md"), "---\ntitle: 关于学习的报告\n  type: individual\n---\n正文\n");
        Path colon = Projects.write(content.resolve("colon.md"), "---\ntitle 关于学习的报告\ntype: individual\n---\n正文\n");
        Path bracket = Projects.write(content.resolve("bracket.md"), "---\ntitle: 关于学习的报告\ntags: [学习\n---\n正文\n");

        Cli build = Cli.main("--lang", "zh", "build", "--no-pdf", "--project", project.toString());
        assertThat(build.err()).contains(
                quote + ":4:1: 错误: 基本信息的格式有误：引号没有配对：请在值的末尾补上引号，或去掉开头的引号",
                tab + ":2:1: 错误: 基本信息的格式有误：用了制表符（Tab）：YAML 只能用空格缩进，请改成空格或删去",
                indented + ":3:7: 错误: 基本信息的格式有误：这一行开头多了空格：每一项都从行首写起，写成“键: 值”",
                // the line without its colon, not the next one, where the parser stumbled
                colon + ":2: 错误: 基本信息的格式有误：这一行缺少冒号：每一项写成“键: 值”（冒号后有一个空格）",
                bracket + ":4:1: 错误: 基本信息的格式有误：方括号没有配对：列表写成 [甲, 乙]");
        assertThat(english(build.err())).isEmpty();
    }

    @Test
    void aBinaryFileToImportIsNotTakenForText(@TempDir Path dir) throws Exception {
        // NUL bytes, but neither a .docx nor a .doc: the importer's own advice, not the build's "import it"
        Path picture = Files.write(dir.resolve("扫描件.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        Cli zh = Cli.main("--lang", "zh", "import", "--templates", Projects.TEMPLATES.toString(), "--out",
                dir.resolve("content").toString(), picture.toString());
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.err()).contains(picture + "：既不是纯文本，也不是 Word 文档（.docx）").doesNotContain("import 文件");
        assertThat(english(zh.err())).isEmpty();
    }

    @Test
    void foldersThatAreNotThereOrCannotBeMadeAreExplainedInChinese(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Projects.write(project.resolve("content/2023/a.md"), Projects.report("甲同志对照检查材料", "individual", "甲", "正文。"));

        Path missing = dir.resolve("没有的文件夹");
        Cli noContent = Cli.main("--lang", "zh", "build", "--no-pdf", "--project", project.toString(), "--content", missing.toString());
        assertThat(noContent.status()).isEqualTo(2);
        assertThat(noContent.err()).contains("baogao：内容文件夹 " + missing + " 不存在：请用 --content 文件夹 指明材料所在的文件夹",
                "什么也没有生成");
        assertThat(english(noContent.err())).isEmpty();

        // a file where the output's folder should be: the archive cannot be written there
        Path file = Files.writeString(dir.resolve("报告"), "不是文件夹");
        Cli blocked = Cli.main("--lang", "zh", "build", "--no-pdf", "--project", project.toString(), "--out", file.resolve("site").toString());
        assertThat(blocked.status()).isEqualTo(2);
        assertThat(blocked.err()).contains(file + "：这里应是文件夹，却有一个同名的文件；请改名或删去它，或换一个文件夹");
        assertThat(english(blocked.err())).isEmpty();
        assertThat(file).hasContent("不是文件夹");
    }

    @Test
    void aMistypedCommandLineIsExplainedInChineseWithTheWayToHelp() {
        record Typed(String[] args, String says, String help) {}
        List<Typed> cases = List.of(
                new Typed(new String[] {"build", "--bogus"}, "baogao：没有“--bogus”这个选项", "baogao build --help"),
                new Typed(new String[] {"lint", "--fixx"}, "baogao：没有“--fixx”这个选项；是不是要写 --fix？", "baogao lint --help"),
                new Typed(new String[] {"bulid"}, "baogao：没有“bulid”这个命令；是不是要写 ", "baogao --help"),
                new Typed(new String[] {"build", "--jobs"}, "baogao：选项 --jobs 后面要写上 N", "baogao build --help"),
                new Typed(new String[] {"build", "--jobs", "四"}, "baogao：--jobs 不能是“四”：请写一个整数", "baogao build --help"),
                new Typed(new String[] {"build", "--clean=maybe"}, "baogao：--clean 不能是“maybe”：请写 true 或 false", "baogao build --help"),
                new Typed(new String[] {"build", "-j", "1", "-j", "2"}, "baogao：选项 --jobs 只能给一次", "baogao build --help"),
                new Typed(new String[] {"import"}, "baogao：缺少 FILE（", "baogao import --help"),
                new Typed(new String[] {"fonts", "多余"}, "baogao：“多余”是多余的参数", "baogao fonts --help"));
        for (Typed t : cases) {
            String[] args = concat("--lang", "zh", t.args());
            Cli run = Cli.main(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).contains(t.says(), "运行“" + t.help() + "”查看可用的选项。");
            assertThat(english(run.err())).as(String.join(" ", args)).isEmpty();
        }
        // in English, as before
        assertThat(Cli.main("--lang", "en", "build", "--bogus").err()).contains("baogao: unknown option '--bogus'",
                "Run 'baogao build --help' for its options.");
    }

    /** The English sentences in {@code text}. */
    static List<String> english(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }

    private static String[] concat(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
