package org.baogao.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.baogao.content.Source;
import org.baogao.layout.Layouts;
import org.baogao.testing.Projects;
import org.baogao.text.Language;
import org.baogao.text.Messages;
import org.junit.jupiter.api.Test;

/** Each rule: an input, and the messages a writer sees for it, as {@code line:column: severity: message [rule]}. */
class LintRulesTest {

    static final Path FILE = Path.of("content/2024/test.md");

    static final String HEAD = """
            ---
            title: 张华2023年度民主生活会对照检查材料
            type: individual
            author: 张华
            post: 县委副书记
            unit: 测试县委
            meeting: 2023年度民主生活会
            date: 2024-01-05
            ---

            """;

    /** A complete body: the three sections, each with text. */
    static final String SECTIONS = """
            ## 一、存在的主要问题

            （一）学习方面。学习不够深入。

            ## 二、原因剖析

            （一）思想方面。认识不到位。

            ## 三、整改措施

            （一）加强学习。每月读一本书。
            """;

    static Linter linter() throws Exception {
        return new Linter(new LintSettings(Glossary.defaultGlossary(), Projects.TEMPLATES,
                new Layouts(Projects.TEMPLATES).types(), null));
    }

    static List<String> lint(String text) throws Exception {
        return linter().lint(new Source(FILE, "test.md", text, "UTF-8")).findings().stream()
                .map(f -> f.toString().substring(FILE.toString().length() + 1)).toList();
    }

    static String fix(String text) throws Exception {
        return new Fixer(linter()).fix(new Source(FILE, "test.md", text, "UTF-8")).text();
    }

    @Test
    void aCompleteReportHasNothingToSay() throws Exception {
        assertThat(lint(HEAD + SECTIONS)).isEmpty();
    }

    @Test
    void everyRuleSaysWhatItChecksInBothLanguages() {
        try {
            for (Rule r : Rule.values()) {
                Messages.use(Language.ZH);
                String zh = r.summary();
                Messages.use(Language.EN);
                String en = r.summary();
                assertThat(zh).as(r.id()).containsPattern("\\p{IsHan}{4}").isNotEqualTo(en);
                assertThat(en).as(r.id()).isNotBlank();
            }
        } finally {
            Messages.use(Language.EN);
        }
    }

    // ---- front matter ----

    @Test
    void frontMatterMissing() throws Exception {
        assertThat(lint("李四对照检查材料\n\n" + SECTIONS)).containsExactly(
                "1:1: warning: no front matter: the title '李四对照检查材料' and the type 'individual' are guessed;"
                        + " add title, type, author and date between '---' lines at the top, or run 'baogao import "
                        + FILE + "' [front-matter-missing]");
    }

    @Test
    void dateNotIso() throws Exception {
        assertThat(lint(HEAD.replace("2024-01-05", "2024年1月5日") + SECTIONS)).containsExactly(
                "8:1: error: 'date' is '2024年1月5日', not a date; write it as YYYY-MM-DD, e.g. 2024-01-18 [front-matter-invalid]");
    }

    @Test
    void unknownType() throws Exception {
        assertThat(lint(HEAD.replace("type: individual", "type: speech") + SECTIONS)).containsExactly(
                "3:1: error: unknown type 'speech'; known types: group, individual [front-matter-type]");
    }

    @Test
    void requiredFieldsOfTheTypesSkeleton() throws Exception {
        String head = HEAD.replace("post: 县委副书记\n", "").replace("author: 张华", "author:");
        assertThat(lint(head + SECTIONS)).containsExactly(
                "1:1: warning: front matter has no 'post': individual reports need it (templates/individual.md),"
                        + " e.g. 'post: 县委副书记' [front-matter-required]",
                "4:1: warning: 'author' is empty: individual reports need it (templates/individual.md),"
                        + " e.g. 'author: 李明' [front-matter-required]");
    }

    @Test
    void unknownKeyIsWarnedWhereItIs() throws Exception {
        assertThat(lint(HEAD.replace("unit:", "auther: 张华\nunit:") + SECTIONS)).singleElement().asString()
                .startsWith("6:1: warning: unknown front matter key 'auther' is ignored (known: author, ")
                .endsWith("[front-matter-unknown-key]");
    }

    @Test
    void everyKeyTheBuildReadsIsKnown() throws Exception {
        // written in YAML as the build reads them, not as the Java record names them (pageNumbers)
        String head = HEAD.replace("unit:", "page-numbers: center\ncover: true\nbold-levels: [3, 4]\nsignature: end\n"
                + "closing: 以上发言，请批评指正。\nmarking: 内部资料\ntags: [整改]\ndraft: false\nyear: 2023\nunit:");
        assertThat(lint(head + SECTIONS)).isEmpty();
    }

    // ---- placeholders and masked words ----

    @Test
    void placeholders() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "xx同志学习不够深入，进行了x次督查，某某和○○说（此处补充数据）。"
                + "二〇〇八年的XXL号不是占位符。");
        assertThat(lint(HEAD + body)).containsExactly(
                "13:9: error: placeholder 'xx' must be filled in before the report is printed [placeholder]",
                "13:23: error: placeholder 'x次' must be filled in before the report is printed [placeholder]",
                "13:28: error: placeholder '某某' must be filled in before the report is printed [placeholder]",
                "13:31: error: placeholder '○○' must be filled in before the report is printed [placeholder]",
                "13:34: error: placeholder '（此处补充数据）' must be filled in before the report is printed [placeholder]");
    }

    @Test
    void maskedWordsAreFoundAndFixed() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "开好dangshi学习教育专题mzshh，Dangshi也算，xdangshi不算。");
        assertThat(lint(HEAD + body)).containsExactly(
                "13:11: error: masked word 'dangshi': write '党史' [masked-word]",
                "13:24: error: masked word 'mzshh': write '民主生活会' [masked-word]",
                "13:30: error: masked word 'Dangshi': write '党史' [masked-word]");
        assertThat(fix(HEAD + body)).contains("开好党史学习教育专题民主生活会，党史也算，xdangshi不算。");
    }

    @Test
    void aProjectGlossaryAddsAndRemovesWords() throws Exception {
        Glossary g = new Glossary(GlossaryFile.merge(Glossary.DEFAULTS,
                GlossaryFile.parse(Path.of("glossary.yml"), "zzb: 组织部\ndangshi:\n")));
        assertThat(g.unmask("zzb和dangshi")).isEqualTo("组织部和dangshi");
    }

    @Test
    void aBrokenGlossaryNamesItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GlossaryFile.parse(Path.of("glossary.yml"),
                "dangshi: 党史\nmzshh: [民主, 生活会]\n"))
                .hasMessageStartingWith("glossary.yml:2: 'mzshh' must map to the word it stands for");
    }

    // ---- numbering ----

    @Test
    void numberingGapsRepeatsAndWrongStarts() throws Exception {
        String body = """
                ## 一、存在的主要问题

                （一）学习方面。不够深入。

                （三）作风方面。不够扎实。

                （三）纪律方面。不够严格。

                ## 三、原因剖析

                （二）思想方面。认识不到位。

                ## 四、整改措施

                （一）加强学习。每月读书。
                """;
        assertThat(lint(HEAD + body)).containsExactly(
                "15:1: error: '（三）' follows '（一）': '（二）' is missing [numbering-sequence]",
                "17:1: error: '（三）' repeats the number before it; the next number is '（四）' [numbering-sequence]",
                "19:4: error: '三、' follows '一、': '二、' is missing [numbering-sequence]",
                "21:1: error: '（二）' starts its level; the first number here is '（一）' [numbering-sequence]");
    }

    @Test
    void aLevelThatSkipsOne() throws Exception {
        String body = SECTIONS.replace("（一）学习方面。学习不够深入。", "1.学习方面。学习不够深入。");
        assertThat(lint(HEAD + body)).containsExactly(
                "13:1: warning: '1.' is level 3 but comes right under a 一、 heading; level 2 (（一）) is skipped [numbering-level]");
    }

    @Test
    void nonStandardNumbersAreFixed() throws Exception {
        String body = SECTIONS.replace("## 一、", "## 一.").replace("（一）学习方面。学习不够深入。",
                "(一)学习方面。学习不够深入。\n\n1、读原著。读了三本。\n\n(1)精读。每天一小时。");
        assertThat(lint(HEAD + body)).containsExactly(
                "11:4: warning: write '一、' for '一.' [numbering-punctuation]",
                "13:1: warning: write '（一）' for '(一)' [numbering-punctuation]",
                "15:1: warning: write '1.' for '1、' [numbering-punctuation]",
                "17:1: warning: write '（1）' for '(1)' [numbering-punctuation]");
        assertThat(fix(HEAD + body)).contains("## 一、存在", "\n（一）学习方面。", "\n1.读原著。", "\n（1）精读。");
    }

    @Test
    void aNumberedLineJoinedToTheParagraphAboveIsSplitOff() throws Exception {
        String body = SECTIONS.replace("（一）学习方面。学习不够深入。", "（一）学习方面。学习不够深入。\n（二）作风方面。不够扎实。");
        assertThat(lint(HEAD + body)).containsExactly(
                "14:1: warning: '（二）' is inside the paragraph above it; leave a blank line before it to make it a heading"
                        + " [numbering-joined]");
        assertThat(fix(HEAD + body)).contains("学习不够深入。\n\n（二）作风方面。");
    }

    // ---- sections ----

    @Test
    void missingAndEmptySections() throws Exception {
        String body = """
                ## 一、存在的主要问题

                （一）学习方面

                ## 二、整改措施

                （一）加强学习。每月读书。
                """;
        assertThat(lint(HEAD + body)).containsExactly(
                "1:1: warning: no level-1 section on their causes (原因剖析); individual reports have"
                        + " 存在的主要问题、原因剖析、整改措施 (templates/individual.md) [section-missing]",
                "13:1: warning: '（一）学习方面' has no text under it [section-empty]");
    }

    @Test
    void sectionsGoByTheirManyNames() throws Exception {
        String body = SECTIONS.replace("存在的主要问题", "查摆突出问题情况").replace("原因剖析", "剖析根源情况")
                .replace("整改措施", "今后努力方向");
        assertThat(lint(HEAD + body)).isEmpty();
    }

    // ---- punctuation ----

    @Test
    void asciiQuotesArePairedByFix() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "对\"两个确立\"理解不深，对\"四个意识\"也是。");
        assertThat(lint(HEAD + body)).containsExactly(
                "13:10: warning: ASCII quotes around '两个确立' in Chinese text; write “两个确立” [ascii-quotes]",
                "13:22: warning: ASCII quotes around '四个意识' in Chinese text; write “四个意识” [ascii-quotes]");
        assertThat(fix(HEAD + body)).contains("对“两个确立”理解不深，对“四个意识”也是。");
    }

    @Test
    void mixedAndUnbalancedQuotes() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "对“两个确立\"理解不深。").replace("认识不到位。", "认识“不到位。");
        assertThat(lint(HEAD + body)).containsExactly(
                "13:10: warning: “ is not closed with ” [unbalanced-quotes]",
                "13:15: warning: this paragraph mixes ASCII quotes \" with Chinese quotes “ ”; use “ ” throughout [mixed-quotes]",
                "13:15: warning: this paragraph has an odd number of ASCII quotes \" (1); they cannot be paired:"
                        + " write “ and ” by hand [unbalanced-quotes]",
                "17:11: warning: “ is not closed with ” [unbalanced-quotes]");
    }

    @Test
    void asciiPunctuationInChineseIsFixed() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "学习不深,效果不好;原因是:不够用心?用的是Word, Excel。");
        assertThat(lint(HEAD + body)).containsExactly(
                "13:13: warning: ASCII ',' in Chinese text; write '，' [ascii-punctuation]",
                "13:18: warning: ASCII ';' in Chinese text; write '；' [ascii-punctuation]",
                "13:22: warning: ASCII ':' in Chinese text; write '：' [ascii-punctuation]",
                "13:27: warning: ASCII '?' in Chinese text; write '？' [ascii-punctuation]");
        assertThat(fix(HEAD + body)).contains("学习不深，效果不好；原因是：不够用心？用的是Word, Excel。");
    }

    @Test
    void halfWidthParenthesesAroundChineseAreFixed() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "学习不够深入(特别是原著),用了PDF (portable)。");
        assertThat(fix(HEAD + body)).contains("学习不够深入（特别是原著），用了PDF (portable)。");
        assertThat(lint(HEAD + body)).contains(
                "13:15: warning: half-width parentheses around '特别是原著'; write （特别是原著） [half-width-parentheses]");
    }

    @Test
    void codeAndLinkTargetsAreNotText() throws Exception {
        String body = SECTIONS.replace("学习不够深入。", "见[文件](a,b.html)和`中文,代码`。");
        assertThat(lint(HEAD + body)).isEmpty();
    }
}
