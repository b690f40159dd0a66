package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    static final Charset GB18030 = Charset.forName("GB18030");

    static final String REPORT = Projects.report("张华对照检查材料", "individual", "张华", """
            ## 一、存在的主要问题

            （一）学习方面。对"两个确立"理解不深,dangshi学得不够。

            ## 二、原因剖析

            （一）思想方面。认识不到位。

            ## 三、整改措施

            （一）加强学习。每月读一本书。
            """).replace("unit:", "post: 副县长\nunit:");

    @Test
    void theShippedSampleReportsAreLintClean() throws Exception {
        // a newcomer's first 'lint --fix' must not change a tracked file, and 'init' copies these
        Cli run = Cli.main("lint", "--templates", Projects.TEMPLATES.toString(), Projects.CONTENT.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("0 errors, 0 warnings");
        assertThat(run.status()).isZero();
    }

    @Test
    void twoReportsOfOneMeetingWithTheSameOrderAreNamedWithTheirLines(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("baogao.yml"), "name: 测试县委报告档案\n");
        String body = "## 一、存在的主要问题\n\n（一）学习方面。学得不够。\n";
        Path a = Projects.write(dir.resolve("content/2023/a.md"), Projects.report("张华对照检查材料", "individual", "张华", body)
                .replace("date:", "order: 2\ndate:"));
        Path b = Projects.write(dir.resolve("content/2023/b.md"), Projects.report("李明对照检查材料", "individual", "李明", body)
                .replace("unit:", "post: 副县长\nunit:").replace("date:", "order: 2\ndate:"));
        // the same number at another meeting is no clash
        Projects.write(dir.resolve("content/2024/c.md"), Projects.report("王芳对照检查材料", "individual", "王芳", body)
                .replace("2023年度民主生活会", "2024年度民主生活会").replace("date:", "order: 2\ndate:"));

        // one file checked: the clash is found against the content folder, and both are named with their lines
        Cli zh = Cli.main("--lang", "zh", "lint", "--no-fonts", "--no-similar", "--project", dir.toString(), b.toString());
        assertThat(zh.out().lines().filter(l -> l.endsWith("[duplicate-order]"))).containsExactly(b + ":8:1: 警告: “order: 2”与同一会议（2023年度民主生活会）的 " + a
                + ":7 重复：汇编无法确定两者的先后；请给这次会议的每份材料各写一个不同的序号 [duplicate-order]");
        assertThat(zh.status()).isZero();
        // a project without templates/: the skeleton is the built-in one, named so, not by its place in the jar
        assertThat(zh.out().lines().filter(l -> l.endsWith("[section-missing]"))).isNotEmpty()
                .allMatch(l -> l.contains("（见 baogao 自带的 individual.md（“baogao templates --copy”可把它复制到 templates/ 中修改））"))
                .noneMatch(l -> l.contains("baogao-templates"));

        Cli en = Cli.main("--lang", "en", "lint", "--no-fonts", "--no-similar", "--project", dir.toString());
        assertThat(en.out().lines().filter(l -> l.endsWith("[duplicate-order]"))).containsExactlyInAnyOrder(
                a + ":7:1: warning: 'order: 2' is also the order of " + b + ":8, of the same meeting (2023年度民主生活会): the volume"
                        + " cannot tell which comes first; give each report of the meeting its own number [duplicate-order]",
                b + ":8:1: warning: 'order: 2' is also the order of " + a + ":7, of the same meeting (2023年度民主生活会): the volume"
                        + " cannot tell which comes first; give each report of the meeting its own number [duplicate-order]");
        assertThat(en.err()).contains("3 files checked: 0 errors, ");
        assertThat(en.status()).isZero();
    }

    @Test
    void errorsGiveExitStatusOneAndEditorFriendlyLines(@TempDir Path dir) throws Exception {
        Path file = Projects.write(dir.resolve("content/a.md"), REPORT);
        byte[] before = Files.readAllBytes(file);

        Cli run = Cli.main("lint", "--no-fonts", "--templates", Projects.TEMPLATES.toString(), dir.resolve("content").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                file + ":13:10: warning: ASCII quotes around '两个确立' in Chinese text; write “两个确立” [ascii-quotes]",
                file + ":13:21: error: masked word 'dangshi': write '党史' [masked-word]");
        assertThat(run.err()).contains("1 file checked: 1 error, 1 warning (2 fixable with --fix)");
        assertThat(Files.readAllBytes(file)).as("lint without --fix only reads").isEqualTo(before);
    }

    @Test
    void aReportSharingMoreThanTheWarnShareIsWarnedOnTheLineItsFirstSharedPassageStarts(@TempDir Path dir) throws Exception {
        String copied = "在基层调研中发现，部分村级集体经济项目论证不充分，资金拨付后长期闲置，群众反映强烈，亟待整改。";
        Projects.write(dir.resolve("baogao.yml"), "similar:\n  warn-share: 0.5\n");
        Projects.write(dir.resolve("content/2023/zhang.md"), SimilarCommandTest.report("张华", "2023年度民主生活会",
                "## 一、存在的主要问题\n\n今年对照检查，" + copied + "\n"));
        Projects.write(dir.resolve("content/2022/zhang.md"), SimilarCommandTest.report("张华", "2022年度民主生活会",
                "## 一、存在的主要问题\n\n去年写过：" + copied + "此外还有别的内容需要另行说明，这里写得更长一些，使它的比例低于设定。"
                        + "调查研究不深入，联系群众不紧密，工作作风不扎实，说了很多与别人不同的话。\n"));
        Projects.write(dir.resolve("content/2023/wang.md"), SimilarCommandTest.report("王芳", "2023年度民主生活会",
                "## 一、存在的主要问题\n\n调查研究不深入，联系群众不够紧密。\n"));
        String[] lint = {"lint", "--no-fonts", "--project", dir.toString(), "--templates", Projects.TEMPLATES.toString()};

        Cli run = Cli.main(lint);

        Path shown = dir.resolve("content").resolve("2023/zhang.md");
        assertThat(run.out().lines().filter(l -> l.endsWith("[similar]")))
                .as("one warning: 2022/zhang.md, longer, shares less than the warn share").singleElement().asString()
                .startsWith(shown + ":12:8: warning: ")
                .contains("more than 50.0 %").contains("2022/zhang.md (same author)");

        Cli zh = Cli.main(with(lint, "--lang", "zh"));
        assertThat(zh.out()).contains(":12:8: 警告: 正文的 ").contains("与其他材料相同（超过 50.0%）：2022/zhang.md（照搬往年）")
                .contains("[similar]");

        Cli off = Cli.main(with(lint, "--no-similar"));
        assertThat(off.out()).doesNotContain("[similar]");
    }

    private static String[] with(String[] args, String... more) {
        String[] out = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }

    @Test
    void fixRepairsInPlaceKeepingEncodingAndLineEnds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        Files.write(file, REPORT.replace("\n", "\r\n").getBytes(GB18030));

        Cli run = Cli.main("lint", "--fix", "--no-fonts", "--templates", Projects.TEMPLATES.toString(), file.toString());

        assertThat(run.status()).isZero();
        // the comma before dangshi is between Chinese only once dangshi is 党史: a second round fixes it
        assertThat(run.out()).contains(file + ": fixed 3 problems (masked-word ×1, ascii-quotes ×1, ascii-punctuation ×1)");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, GB18030);
        assertThat(text).contains("（一）学习方面。对“两个确立”理解不深，党史学得不够。\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("still GB18030, not UTF-8").doesNotContain("党史");
        assertThat(Cli.main("lint", "--no-fonts", "--templates", Projects.TEMPLATES.toString(), file.toString()).out())
                .isEmpty();
    }

    @Test
    void rulesAreListed() {
        Cli run = Cli.main("lint", "--rules");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("placeholder", "masked-word", "numbering-sequence", "unprintable-character");
    }

    @Test
    void aCharacterNoFontHasIsAnError(@TempDir Path dir) throws Exception {
        Path file = Projects.write(dir.resolve("a.md"), REPORT.replace("认识不到位。", "认识不到位🫠。"));
        Cli run = Cli.main("lint", "--templates", Projects.TEMPLATES.toString(), file.toString());
        assertThat(run.out()).contains(file + ":17:14: error: character '🫠' (U+1FAE0) is in none of the fonts"
                + " and would print as '#'; remove it, or add a font that has it (see 'baogao fonts') [unprintable-character]");
    }

    @Test
    void aMissingPathIsExplained(@TempDir Path dir) {
        Cli run = Cli.main("lint", dir.resolve("nope").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nope does not exist");
    }
}
