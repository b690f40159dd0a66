package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baogao.testing.Projects;
import org.baogao.text.Language;
import org.baogao.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line in Chinese and in English: help, progress, summary and errors. */
class CliLanguageTest {

    @Test
    void helpIsInTheLanguageAsked() {
        Cli zh = Cli.main("--lang", "zh", "build", "--help");
        assertThat(zh.out()).contains("用法：baogao build", "生成档案：每份材料一个网页和一个 PDF", "--no-pdf",
                "只生成网页（快速预览）；材料没有改动的，已生成的", "退出状态：0 全部生成");
        Cli en = Cli.main("build", "--help", "--lang=en");
        assertThat(en.out()).contains("Usage: baogao build", "Build the archive", "Write the HTML pages only");
        assertThat(en.out()).doesNotContain("生成档案");
    }

    @Test
    void everyOptionOfEveryCommandIsDescribedInBothLanguages() {
        for (Language l : Language.values()) {
            Messages.use(l);
            try {
                CommandLine cli = new CommandLine(new Main()).setResourceBundle(Messages.bundle());
                List<String> undescribed = new ArrayList<>();
                collect(cli, undescribed);
                assertThat(undescribed).as("options without help in " + l).isEmpty();
            } finally {
                Messages.use(Language.EN);
            }
        }
    }

    @Test
    void anUnknownOptionIsExplainedInTheLanguageAsked() {
        Cli zh = Cli.main("lint", "--lang", "zh", "--bogus");
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.err()).contains("--bogus", "运行“baogao lint --help”查看可用的选项。");
        Cli language = Cli.main("--lang", "fr", "fonts");
        assertThat(language.status()).isEqualTo(2);
        assertThat(language.err()).contains("'fr' is not a language baogao speaks: zh or en");
    }

    @Test
    void aBuildReportsInTheLanguageAsked(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Projects.write(project.resolve("content/2023/a.md"), Projects.report("甲同志对照检查材料", "individual", "甲", "本人认真查摆问题。"));
        String[] build = {"build", "--no-pdf", "--content", project.resolve("content").toString(),
            "--templates", project.resolve("templates").toString(), "--out", project.resolve("site").toString()};

        Cli zh = Cli.main(concat(new String[] {"--lang", "zh"}, build));
        assertThat(zh.status()).as(zh.err()).isEqualTo(0);
        assertThat(zh.out()).contains("完成", "a.md", "已生成 1 份材料，共 0 页，用时 ")
                .contains("秒 → " + project.resolve("site/index.html"));

        Projects.write(project.resolve("content/2023/b.md"), "---\ntitle: 关于x: 的报告\n---\n正文");
        Cli en = Cli.main(concat(new String[] {"--lang", "en"}, build));
        assertThat(en.status()).isEqualTo(1);
        assertThat(en.out()).contains("1 report built (0 rendered, 0 pages only, 1 kept), 0 pages, ", ", 1 FAILED");
        assertThat(en.err()).contains("b.md:2", ": error: ");
        // printed once, with its report: the list at the end names the file only
        assertThat(en.err().split(": error: ", -1)).hasSize(2);
    }

    @Test
    void lintSpeaksChineseWhenAsked(@TempDir Path dir) throws Exception {
        Path file = Projects.write(dir.resolve("content/a.md"), LintCommandTest.REPORT
                .replace("认识不到位。", "认识不到位，xx同志说(此事)。\n\n（三）作风方面。不够扎实。"));
        String[] lint = {"lint", "--no-fonts", "--templates", Projects.TEMPLATES.toString(), file.toString()};

        Cli zh = Cli.main(concat(new String[] {"--lang", "zh"}, lint));
        assertThat(zh.status()).isEqualTo(1);
        assertThat(zh.out().lines()).containsExactly(
                file + ":13:10: 警告: 中文里的 \"两个确立\" 用了英文引号：应写作“两个确立” [ascii-quotes]",
                file + ":13:21: 错误: 隐写词“dangshi”：应写作“党史” [masked-word]",
                file + ":17:15: 错误: 仍有占位符“xx”：印发前须换成实际内容 [placeholder]",
                file + ":17:20: 警告: “此事”外面用的是半角括号 ( )：应写作（此事） [half-width-parentheses]",
                file + ":19:1: 错误: 序号“（三）”接在“（一）”后面，缺了“（二）”：请补上，或把序号依次改正 [numbering-sequence]");
        assertThat(zh.err()).contains("检查了 1 份材料：错误 3 个，警告 2 个（其中 3 处可用 --fix 自动修正）");

        // the same run in English, as the editors' and CI's logs have always read it
        Cli en = Cli.main(concat(new String[] {"--lang", "en"}, lint));
        assertThat(en.out()).contains(file + ":17:15: error: placeholder 'xx' must be filled in before the report is printed"
                + " [placeholder]").doesNotContain("占位符");
        assertThat(en.err()).contains("1 file checked: 3 errors, 2 warnings (3 fixable with --fix)");
    }

    @Test
    void aFrontMatterMistakeIsExplainedInChinese(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Path bad = Projects.write(project.resolve("content/2023/b.md"), "---\ntitle: 关于x: 的报告\ntype: individual\n---\n正文\n");
        Projects.write(project.resolve("content/2023/c.md"), Projects.report("乙同志对照检查材料", "individual", "乙", "正文。")
                .replace("date:", "draft: 是\ndate:"));
        String quote = "基本信息的格式有误：“title”的值中有冒号加空格（“: ”），会被当成另一项。请给整个值加上英文引号，"
                + "写成：title: \"关于x: 的报告\"";

        Cli build = Cli.main("--lang", "zh", "build", "--no-pdf", "--project", project.toString());
        assertThat(build.status()).isEqualTo(1);
        // the line and the column of the colon YAML stumbled on
        assertThat(build.err()).contains(bad + ":2:11: 错误: " + quote)
                .contains("c.md:", ": 错误: “draft”写的是“是”：请写 true（是）或 false（否）");

        Cli lint = Cli.main("--lang", "zh", "lint", "--no-fonts", "--project", project.toString(), bad.toString());
        assertThat(lint.out()).contains(bad + ":2:11: 错误: " + quote + " [front-matter-invalid]");
    }

    @Test
    void importReportsInChinese(@TempDir Path dir) throws Exception {
        Path draft = Projects.write(dir.resolve("草稿.txt"), "张华同志对照检查材料\n一、存在的主要问题\n本人学习dangshi不够，xx次没有参加。\n"
                + "二、原因剖析\n本人认识不到位。\n三、整改措施\n本人加强学习。\n");
        Path out = dir.resolve("content");

        Cli zh = Cli.main("--lang", "zh", "import", "--templates", Projects.TEMPLATES.toString(), "--out", out.toString(),
                draft.toString());
        assertThat(zh.status()).as(zh.err()).isZero();
        assertThat(zh.out().lines()).contains(
                "已导入 " + draft + " → " + out.resolve("草稿.md"),
                "  读作：UTF-8 编码的纯文本，LF 换行，每行一段",
                "  标题（第 1 行）：张华同志对照检查材料",
                "  文种 individual：从口吻判断：班子/有的同志 ×0，本人/我 ×3",
                "  结构：一级标题 3 个，二级标题 0 个",
                "  改动：dangshi → 党史 ×1",
                "  还需处理：错误 1 个（如 xx 之类的占位符），运行“baogao lint " + out.resolve("草稿.md") + "”查看");

        Cli again = Cli.main("--lang", "zh", "import", "--templates", Projects.TEMPLATES.toString(), "--out", out.toString(),
                draft.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("baogao：" + out.resolve("草稿.md") + " 已经存在，没有写入任何内容（加 --force 可以替换它）");
    }

    @Test
    void fontsAreListedInTheLanguageAsked(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Cli zh = Cli.main("--lang", "zh", "fonts", "--project", project.toString());
        assertThat(zh.out().lines().findFirst().orElseThrow()).startsWith("用途").contains("字体", "文件");
        assertThat(zh.out()).containsPattern("找到可用的字体 \\d+ 个，跳过字体文件 \\d+ 个");
        Cli en = Cli.main("--lang", "en", "fonts", "--project", project.toString());
        assertThat(en.out()).startsWith("role").containsPattern("\\d+ usable faces found, \\d+ font files skipped");
    }

    @Test
    void lintsRulesAreListedInTheLanguageAsked() {
        Cli zh = Cli.main("--lang", "zh", "lint", "--rules");
        assertThat(zh.status()).isZero();
        assertThat(zh.out().lines().findFirst().orElseThrow()).startsWith("规则").contains("级别", "自动修正", "检查内容");
        assertThat(zh.out()).contains("masked-word", "词表中的隐写词（如 dangshi 即“党史”）；--fix 改回原词");
        assertThat(zh.out().lines().filter(l -> l.startsWith("placeholder ")).findFirst().orElseThrow())
                .contains("错误", "仍有印发前必须替换的占位符");
        Cli en = Cli.main("--lang", "en", "lint", "--rules");
        assertThat(en.out()).contains("a masked word from the glossary (dangshi for 党史); --fix writes the word")
                .doesNotContain("隐写词");
    }

    private static void collect(CommandLine cli, List<String> undescribed) {
        CommandSpec spec = cli.getCommandSpec();
        if (!spec.name().equals("help")) {
            for (ArgSpec a : spec.args()) {
                if (String.join("", a.description()).isBlank()) undescribed.add(spec.qualifiedName() + " " + a);
            }
            if (spec.usageMessage().header().length == 0) undescribed.add(spec.qualifiedName() + " header");
        }
        cli.getSubcommands().values().forEach(c -> collect(c, undescribed));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = new String[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
