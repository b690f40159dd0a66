package org.baogao.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.baogao.print.PageNumbers;
import org.baogao.print.PrintSettings;

class FrontMatterParserTest {

    private static final Path FILE = Path.of("content", "2023", "zhang-san.md");
    private static final String KNOWN = "author, bold-levels, closing, cover, date, draft, marking, meeting, order, outputs, page-numbers, post, signature, tags, title, type, unit, year";

    private final FrontMatterParser parser = new FrontMatterParser();

    // ---- binding ----

    @Test
    void fullFrontMatterBindsEveryField() throws Exception {
        Report r = parse("""
                ---
                title: 张三同志2023年度民主生活会对照检查材料
                type: individual
                author: 张三
                post: 青山县委副书记
                unit: 青山县委
                meeting: 2023年度民主生活会
                date: 2024-01-18
                tags: [理论学习, 作风建设]
                draft: true
                marking: 内部资料 注意保存
                ---

                一、存在的主要问题
                """);
        FrontMatter m = r.meta();
        assertThat(m).isEqualTo(new FrontMatter("张三同志2023年度民主生活会对照检查材料", "individual", "张三",
                "青山县委副书记", "青山县委", "2023年度民主生活会", LocalDate.of(2024, 1, 18),
                List.of("理论学习", "作风建设"), true, "内部资料 注意保存"));
        assertThat(r.body()).isEqualTo("\n一、存在的主要问题\n");
        assertThat(r.bodyLine()).isEqualTo(13);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.source().file()).isEqualTo(FILE);
    }

    @Test
    void orderIsTheRankInTheMeetingsVolume() throws Exception {
        assertThat(parse("---\ntitle: 标题\ntype: individual\norder: 3\n---\n正文\n").meta().order()).isEqualTo(3);
        assertThat(parse("---\ntitle: 标题\ntype: individual\n---\n正文\n").meta().order()).isNull();
        Problem p = error("---\ntitle: 标题\ntype: individual\norder: 第一\n---\n正文\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'order' is '第一'; write the report's place by rank in its meeting's volume, 1 for the first");
        assertThat(error("---\ntitle: 标题\ntype: individual\norder: 0\n---\n正文\n").message()).startsWith("'order' is '0'");
    }

    @Test
    void absentOptionalFieldsAreNullAndDraftIsFalse() throws Exception {
        FrontMatter m = parse("---\ntitle: 标题\ntype: group\n---\n正文\n").meta();
        assertThat(m.author()).isNull();
        assertThat(m.post()).isNull();
        assertThat(m.unit()).isNull();
        assertThat(m.meeting()).isNull();
        assertThat(m.date()).isNull();
        assertThat(m.marking()).isNull();
        assertThat(m.tags()).isEmpty();
        assertThat(m.draft()).isFalse();
    }

    @Test
    void emptyValuesAreAbsent() throws Exception {
        FrontMatter m = parse("---\ntitle: 标题\ntype: group\nauthor:\ndate: ''\ntags:\ndraft:\n---\n").meta();
        assertThat(m.author()).isNull();
        assertThat(m.date()).isNull();
        assertThat(m.tags()).isEmpty();
        assertThat(m.draft()).isFalse();
    }

    @Test
    void valuesAreStripped() throws Exception {
        FrontMatter m = parse("---\ntitle: '  标题  '\ntype: group\n---\n").meta();
        assertThat(m.title()).isEqualTo("标题");
    }

    @Test
    void quotedValues() throws Exception {
        FrontMatter m = parse("---\ntitle: \"关于“两个确立”的学习体会\"\ntype: 'group'\ndate: \"2024-02-29\"\n---\n").meta();
        assertThat(m.title()).isEqualTo("关于“两个确立”的学习体会");
        assertThat(m.type()).isEqualTo("group");
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void numberAsTextField() throws Exception {
        assertThat(parse("---\ntitle: 2023\ntype: group\n---\n").meta().title()).isEqualTo("2023");
    }

    @Test
    void tagsAsBlockList() throws Exception {
        assertThat(parse("---\ntitle: 标题\ntype: group\ntags:\n  - 理论学习\n  - 整改落实\n---\n").meta().tags())
                .containsExactly("理论学习", "整改落实");
    }

    @Test
    void tagsAsCommaString() throws Exception {
        assertThat(tags("理论学习, 整改落实")).containsExactly("理论学习", "整改落实");
    }

    @Test
    void tagsSeparatedByChinesePunctuation() throws Exception {
        assertThat(tags("理论学习，整改落实、作风建设 ,纪律")).containsExactly("理论学习", "整改落实", "作风建设", "纪律");
    }

    @Test
    void tagsSingle() throws Exception {
        assertThat(tags("理论学习")).containsExactly("理论学习");
    }

    @Test
    void tagsWithEmptyItemsDropThem() throws Exception {
        assertThat(tags("，理论学习,,整改、")).containsExactly("理论学习", "整改");
    }

    @Test
    void tagsListDropsEmptyItems() throws Exception {
        assertThat(tags("[理论学习, '', 整改]")).containsExactly("理论学习", "整改");
    }

    @Test
    void draftFalse() throws Exception {
        assertThat(parse("---\ntitle: 标题\ntype: group\ndraft: false\n---\n").meta().draft()).isFalse();
    }

    @Test
    void yamlTagsAreNotConstructed() throws Exception {
        // the YAML is composed, never constructed: a class tag is just ignored
        assertThat(parse("---\ntitle: !!java.io.File 标题\ntype: group\n---\n").meta().title()).isEqualTo("标题");
    }

    @Test
    void dotsCloseTheFrontMatterToo() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n...\n正文\n");
        assertThat(r.meta().title()).isEqualTo("标题");
        assertThat(r.body()).isEqualTo("正文\n");
        assertThat(r.bodyLine()).isEqualTo(5);
    }

    @Test
    void closingFenceMayHaveTrailingSpaces() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---  \n正文\n");
        assertThat(r.body()).isEqualTo("正文\n");
    }

    // ---- body and bodyLine ----

    @Test
    void bodyStartsOnTheLineAfterTheFence() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---\n一、问题\n正文\n");
        assertThat(r.body()).isEqualTo("一、问题\n正文\n");
        assertThat(r.bodyLine()).isEqualTo(5);
    }

    @Test
    void fileEndingAtTheFenceHasEmptyBody() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---");
        assertThat(r.body()).isEmpty();
        assertThat(r.bodyLine()).isEqualTo(5);
    }

    @Test
    void leadingHeadingRepeatingTheTitleIsStripped() throws Exception {
        Report r = parse("""
                ---
                title: 关于加强理论学习的对照检查
                type: individual
                ---

                # 关于加强理论学习的对照检查

                一、存在的问题
                """);
        assertThat(r.body()).isEqualTo("\n一、存在的问题\n");
        assertThat(r.bodyLine()).isEqualTo(7);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void leadingHeadingWithClosingHashesIsStripped() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---\n#   标题   ##\n正文\n");
        assertThat(r.body()).isEqualTo("正文\n");
        assertThat(r.bodyLine()).isEqualTo(6);
    }

    @Test
    void leadingHeadingThatIsTheLastLineLeavesEmptyBody() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---\n# 标题");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void differentLeadingHeadingIsKept() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---\n# 另一个标题\n正文\n");
        assertThat(r.body()).isEqualTo("# 另一个标题\n正文\n");
        assertThat(r.bodyLine()).isEqualTo(5);
    }

    @Test
    void levelTwoHeadingWithTheTitleIsKept() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---\n## 标题\n正文\n");
        assertThat(r.body()).isEqualTo("## 标题\n正文\n");
    }

    @Test
    void titleHeadingAfterOtherTextIsKept() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\n---\n前言\n\n# 标题\n");
        assertThat(r.body()).isEqualTo("前言\n\n# 标题\n");
    }

    // ---- warnings ----

    @Test
    void unknownKeyIsAWarningNamingTheKeyAndItsLine() throws Exception {
        Report r = parse("---\ntitle: 标题\ntype: group\nauther: 张三\n---\n");
        assertThat(r.meta().author()).isNull();
        assertThat(r.warnings()).extracting(Problem::severity, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Severity.WARNING, 4, "unknown front matter key 'auther' is ignored (known: " + KNOWN + ")"));
    }

    @Test
    void missingTypeIsInferredWithAWarning() throws Exception {
        Report r = parse("---\ntitle: 青山县委常委班子对照检查材料\n---\n正文\n");
        assertThat(r.meta().type()).isEqualTo("group");
        assertThat(r.warnings()).extracting(Problem::severity, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Severity.WARNING, 1, "no 'type' in front matter; inferred 'group' from the title"
                        + " (add 'type: group' to make it explicit)"));
    }

    @Test
    void missingTypeOfPersonalReportIsIndividual() throws Exception {
        Report r = parse("---\ntitle: 李明同志对照检查材料\n---\n正文\n");
        assertThat(r.meta().type()).isEqualTo("individual");
        assertThat(r.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("inferred 'individual'");
    }

    @Test
    void explicitTypeWinsOverTheTitle() throws Exception {
        Report r = parse("---\ntitle: 县委常委班子对照检查材料\ntype: individual\n---\n");
        assertThat(r.meta().type()).isEqualTo("individual");
        assertThat(r.warnings()).isEmpty();
    }

    // ---- errors ----

    @Test
    void invalidYamlIsReportedOnItsFileLine() {
        // the YAML starts on file line 2: its third line is line 4 of the file
        Problem p = error("---\ntype: individual\nauthor: 张三\ntitle: 关于: 学习\n---\n正文\n");
        assertThat(p.line()).isEqualTo(4);
        // YAML read the second ': ' as a second key: the column of that colon, and what to write
        assertThat(p.column()).isEqualTo(10);
        assertThat(p.message()).isEqualTo("front matter is not valid YAML: the value of 'title' has ': ' in it;"
                + " put the value in quotes: title: \"关于: 学习\"");
        assertThat(p).asString().startsWith(FILE + ":4:10: error: ");
    }

    @Test
    void aValueWithAColonAndQuotesInItIsQuotedTheOtherWay() {
        Problem p = error("---\ntitle: 关于\"两个确立\": 的体会\n---\n");
        assertThat(p.message()).endsWith("put the value in quotes: title: '关于\"两个确立\": 的体会'");
    }

    @Test
    void aColonInAListIsNotTakenForAValueToQuote() {
        Problem p = error("---\ntitle: 标题\ntags:\n  - 学习: 体会: 二\n---\n");
        assertThat(p.message()).startsWith("front matter is not valid YAML: ").doesNotContain("quotes");
    }

    @Test
    void invalidYamlOnFirstYamlLine() {
        Problem p = error("---\ntitle: 关于: 学习\n---\n");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("front matter is not valid YAML: ");
    }

    @Test
    void unclosedFlowListIsReportedWhereTheYamlEnds() {
        Problem p = error("---\ntitle: 标题\ntype: [individual\n---\n");
        assertThat(p.line()).isEqualTo(4);
        // said in the catalogue's words, not the parser's ("expected ',' or ']', but got <stream end>")
        assertThat(p.message()).isEqualTo("front matter is not valid YAML: a bracket is not closed; write a list as [a, b]");
    }

    @Test
    void aliasBombIsRefused() {
        Problem p = error("""
                ---
                a: &a [x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                ---
                """);
        assertThat(p.message()).startsWith("front matter is not valid YAML: ").contains("aliases");
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        Problem p = error("---\n- 标题\n- group\n---\n");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("front matter must be 'key: value' lines, e.g. 'title: …'");
    }

    @Test
    void frontMatterThatIsOnlyAScalar() {
        assertThat(error("---\n只有一行字\n---\n").message()).startsWith("front matter must be 'key: value' lines");
    }

    @Test
    void complexKey() {
        Problem p = error("---\ntitle: 标题\n? [a, b]\n: c\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("front matter key must be a plain word");
    }

    @Test
    void titleAsFlowList() {
        Problem p = error("---\ntype: group\ntitle: [标题一, 标题二]\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'title' must be text, not a list");
    }

    @Test
    void titleAsBlockListIsReportedOnTheListsLine() {
        Problem p = error("---\ntype: group\ntitle:\n  - 标题一\n  - 标题二\n---\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'title' must be text, not a list");
    }

    @Test
    void authorAsMapping() {
        Problem p = error("---\ntitle: 标题\nauthor: {name: 张三}\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'author' must be text, not a mapping");
    }

    @Test
    void tagsAsMapping() {
        Problem p = error("---\ntitle: 标题\ntype: group\ntags:\n  学习: 是\n  整改: 否\n---\n");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("'tags' must be a list, e.g. [理论学习, 整改]");
    }

    @Test
    void tagsItemAsList() {
        Problem p = error("---\ntitle: 标题\ntags: [学习, [整改]]\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'tags' must be text, not a list");
    }

    @Test
    void draftMaybe() {
        Problem p = error("---\ntitle: 标题\ntype: group\ndraft: maybe\n---\n");
        assertThat(p.isError()).isTrue();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'draft' is 'maybe'; write true or false");
    }

    @Test
    void dateWithMonth13() {
        Problem p = error("---\ntitle: 标题\ntype: group\ndate: 2024-13-01\n---\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'date' is '2024-13-01', not a date; write it as YYYY-MM-DD, e.g. 2024-01-18");
    }

    @Test
    void dateInWords() {
        Problem p = error("---\ntitle: 标题\ndate: 昨天\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'date' is '昨天', not a date; write it as YYYY-MM-DD, e.g. 2024-01-18");
    }

    @Test
    void dateWithoutLeadingZeros() {
        assertThat(error("---\ntitle: 标题\ndate: 2024-1-8\n---\n").message()).startsWith("'date' is '2024-1-8', not a date");
    }

    @Test
    void dateAsList() {
        Problem p = error("---\ntitle: 标题\ndate: [2024, 1, 18]\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'date' must be text, not a list");
    }

    @Test
    void duplicateKey() {
        Problem p = error("---\ntitle: 标题\ntype: group\ntitle: 另一个标题\n---\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'title' appears twice in front matter");
    }

    @Test
    void duplicateKeyQuotedOnce() {
        Problem p = error("---\n\"type\": group\ntype: individual\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'type' appears twice in front matter");
    }

    @Test
    void missingClosingFence() {
        Problem p = error("---\ntitle: 标题\ntype: group\n\n正文\n");
        assertThat(p.isError()).isTrue();
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("front matter starts with '---' but has no closing '---' line");
    }

    @Test
    void openingFenceAlone() {
        assertThat(error("---").message()).isEqualTo("front matter starts with '---' but has no closing '---' line");
    }

    @Test
    void errorToStringHasFileAndLine() {
        ReportException e = catchThrowableOfType(ReportException.class,
                () -> parse("---\ntitle: 标题\ndraft: maybe\n---\n"));
        assertThat(e.getMessage()).isEqualTo(FILE + ":3: error: 'draft' is 'maybe'; write true or false");
    }

    // ---- no front matter ----

    @Test
    void noFrontMatterTitleFromAtxHeading() throws Exception {
        Report r = parse("# 王芳同志对照检查材料\n\n一、存在的问题\n");
        assertThat(r.meta().title()).isEqualTo("王芳同志对照检查材料");
        assertThat(r.meta().type()).isEqualTo("individual");
        assertThat(r.body()).isEqualTo("\n一、存在的问题\n");
        assertThat(r.bodyLine()).isEqualTo(2);
        assertThat(r.warnings()).extracting(Problem::severity, Problem::line, Problem::message).containsExactly(
                tuple(Problem.Severity.WARNING, 1,
                        "no title in front matter; used line 1 as the title and inferred type 'individual' from it"));
    }

    @Test
    void noFrontMatterOtherFieldsAreEmpty() throws Exception {
        FrontMatter m = parse("# 标题\n正文\n").meta();
        assertThat(m).isEqualTo(new FrontMatter("标题", "individual", null, null, null, null, null, List.of(), false, null));
    }

    @Test
    void noFrontMatterTitleFromFirstNonEmptyLine() throws Exception {
        Report r = parse("\n\n  青山县委常委班子对照检查材料  \n\n按照要求，现将有关情况报告如下。\n");
        assertThat(r.meta().title()).isEqualTo("青山县委常委班子对照检查材料");
        assertThat(r.meta().type()).isEqualTo("group");
        assertThat(r.body()).isEqualTo("\n按照要求，现将有关情况报告如下。\n");
        assertThat(r.bodyLine()).isEqualTo(4);
        assertThat(r.warnings()).extracting(Problem::line, Problem::message).containsExactly(tuple(3,
                "no title in front matter; used line 3 as the title and inferred type 'group' from it"));
    }

    @Test
    void noFrontMatterBoldTitle() throws Exception {
        Report r = parse("**县政府党组班子对照检查材料**\n\n正文\n");
        assertThat(r.meta().title()).isEqualTo("县政府党组班子对照检查材料");
        assertThat(r.meta().type()).isEqualTo("group");
    }

    @Test
    void noFrontMatterBoldTitleWithSpacesInside() throws Exception {
        assertThat(parse("** 李明同志对照检查材料 **\n正文").meta().title()).isEqualTo("李明同志对照检查材料");
    }

    @Test
    void noFrontMatterHeadingWithClosingHashes() throws Exception {
        assertThat(parse("#  李明同志对照检查材料  #\n").meta().title()).isEqualTo("李明同志对照检查材料");
    }

    @Test
    void noFrontMatterTitleOnlyHasEmptyBody() throws Exception {
        Report r = parse("李明同志对照检查材料");
        assertThat(r.meta().title()).isEqualTo("李明同志对照检查材料");
        assertThat(r.body()).isEmpty();
        assertThat(r.bodyLine()).isEqualTo(2);
    }

    @Test
    void noFrontMatterCommitteeTitleIsGroup() throws Exception {
        assertThat(parse("县委常委会2023年度民主生活会对照检查材料\n正文\n").meta().type()).isEqualTo("group");
    }

    @Test
    void noTextAtAll() {
        Problem p = error("\n  \n\t\n");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).isEqualTo("report has no text: no title and no body");
    }

    @Test
    void emptyFrontMatterAndNoBody() {
        Problem p = error("---\n---\n\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("report has no text: no title and no body");
    }

    @Test
    void dashesNotFollowedByNewlineAreNotFrontMatter() throws Exception {
        // '----' is a thematic break, not a fence
        Report r = parse("----\n标题");
        assertThat(r.meta().title()).isEqualTo("----");
    }

    // ---- front matter without a title ----

    @Test
    void frontMatterWithoutTitleTakesItFromTheBody() throws Exception {
        Report r = parse("""
                ---
                type: individual
                author: 赵六
                ---

                # 赵六同志对照检查材料

                正文
                """);
        assertThat(r.meta().title()).isEqualTo("赵六同志对照检查材料");
        assertThat(r.meta().type()).isEqualTo("individual");
        assertThat(r.meta().author()).isEqualTo("赵六");
        assertThat(r.body()).isEqualTo("\n正文\n");
        assertThat(r.bodyLine()).isEqualTo(7);
        assertThat(r.warnings()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(6, "no title in front matter; used line 6 as the title"));
    }

    @Test
    void frontMatterWithoutTitleOrTypeInfersBoth() throws Exception {
        Report r = parse("---\ndate: 2024-01-18\n---\n县委常委班子对照检查材料\n正文\n");
        assertThat(r.meta().title()).isEqualTo("县委常委班子对照检查材料");
        assertThat(r.meta().type()).isEqualTo("group");
        assertThat(r.meta().date()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(r.warnings()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "no title in front matter; used line 4 as the title and inferred type 'group' from it"));
    }

    @Test
    void emptyFrontMatterTakesTitleFromBody() throws Exception {
        Report r = parse("---\n---\n# 标题\n正文");
        assertThat(r.meta().title()).isEqualTo("标题");
        assertThat(r.body()).isEqualTo("正文");
        assertThat(r.bodyLine()).isEqualTo(4);
    }

    @Test
    void warningsOfFrontMatterAndInferenceAreKeptTogether() throws Exception {
        Report r = parse("---\ntype: group\ncolour: 红\n---\n标题\n");
        assertThat(r.warnings()).extracting(Problem::line).containsExactly(3, 5);
    }

    // ---- type inference ----

    @Test
    void inferType() {
        assertThat(FrontMatterParser.inferType("青山县委常委班子对照检查材料")).isEqualTo("group");
        assertThat(FrontMatterParser.inferType("县政府党组领导班子对照检查材料")).isEqualTo("group");
        assertThat(FrontMatterParser.inferType("县委常委会2023年度对照检查材料")).isEqualTo("group");
        assertThat(FrontMatterParser.inferType("李明同志对照检查材料")).isEqualTo("individual");
        assertThat(FrontMatterParser.inferType("县委常委李明同志对照检查材料")).isEqualTo("individual");
        assertThat(FrontMatterParser.inferType("")).isEqualTo("individual");
    }

    // ---- real samples ----

    @Test
    void realSamples() throws Exception {
        Path samples = Path.of("../shared/samples");
        Projects.requireSamples();
        assertThat(sample(samples, "000_083d35de5056dc6e.txt").meta().type()).isEqualTo("individual");
        assertThat(sample(samples, "001_0abc39a9968b08fa.txt").meta().type()).isEqualTo("group");
        Report r002 = sample(samples, "002_88a064966a7f57d0.txt");
        assertThat(r002.meta().type()).isEqualTo("individual");
        assertThat(r002.meta().title()).doesNotStartWith("#").isNotBlank();
        assertThat(r002.bodyLine()).isEqualTo(2);
    }

    private Report sample(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), name + " is not there");
        Report r = parser.parse(new SourceReader().read(file, name));
        assertThat(r.meta().title()).as(name).isNotBlank();
        assertThat(r.warnings()).as(name).singleElement().extracting(Problem::message).asString()
                .startsWith("no title in front matter");
        return r;
    }

    // ---- helpers ----

    private Report parse(String text) throws ReportException {
        return parser.parse(new Source(FILE, "2023/zhang-san.md", text, "UTF-8"));
    }

    private List<String> tags(String yaml) throws ReportException {
        return parse("---\ntitle: 标题\ntype: group\ntags: " + yaml + "\n---\n").meta().tags();
    }

    private Problem error(String text) {
        ReportException e = catchThrowableOfType(ReportException.class, () -> parse(text));
        assertThat(e).as("expected a ReportException").isNotNull();
        assertThat(e.problem().isError()).isTrue();
        return e.problem();
    }

    @Test
    void printOptionsDefaultAndBind() throws Exception {
        FrontMatter plain = parse("---\ntitle: 标题\ntype: individual\n---\n正文\n").meta();
        assertThat(plain.signature()).isEqualTo(SignaturePlace.END);
        assertThat(plain.print()).isEqualTo(PrintSettings.UNSET);
        assertThat(plain.closing()).isNull();
        FrontMatter set = parse("---\ntitle: 标题\ntype: individual\nsignature: under-title\n"
                + "page-numbers: center\nclosing: 以上发言，请批评指正。\n---\n正文\n").meta();
        assertThat(set.signature()).isEqualTo(SignaturePlace.UNDER_TITLE);
        assertThat(set.print()).isEqualTo(new PrintSettings(PageNumbers.CENTER, null, null));
        assertThat(set.closing()).isEqualTo("以上发言，请批评指正。");
        FrontMatter print = parse("---\ntitle: 标题\ntype: individual\ncover: true\nbold-levels: [4, 3]\n---\n正文\n").meta();
        assertThat(print.print()).isEqualTo(new PrintSettings(null, true, List.of(4, 3)));
        assertThat(parse("---\ntitle: 标题\ntype: individual\nbold-levels: 3\n---\n正文\n").meta().print().boldLevels())
                .containsExactly(3);
        FrontMatter word = parse("---\ntitle: 标题\ntype: individual\noutputs: [html, pdf, docx]\n---\n正文\n").meta();
        assertThat(word.print().docx()).isTrue();
        assertThat(PrintSettings.DEFAULTS.overriddenBy(word.print()).docx()).isTrue();
    }

    @Test
    void printSettingsThatCannotBeAreRefusedWithTheirLine() {
        Problem p = error("---\ntitle: 标题\ntype: individual\nbold-levels: [3, 2]\n---\n正文\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("only levels 3 (1.) and 4 (（1）) can be bold");
        assertThat(error("---\ntitle: 标题\ntype: individual\ncover: yes please\n---\n正文\n").message())
                .isEqualTo("'cover' is 'yes please'; write true or false");
        assertThat(error("---\ntitle: 标题\ntype: individual\npage-numbers: left\n---\n正文\n").message())
                .isEqualTo("'page-numbers' is 'left'; write one of: outside, center");
    }

    @Test
    void aPrintOptionOutsideItsValuesIsAnErrorListingThem() {
        Problem p = error("---\ntitle: 标题\nsignature: bottom\n---\n正文\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'signature' is 'bottom'; write one of: end, under-title");
    }

    @Test
    void theYearIsTheYearTheReportReviews() throws Exception {
        // a 2023年度民主生活会 held in January 2024 reviews 2023
        assertThat(parse("---\ntitle: 甲\nmeeting: 2023年度民主生活会\ndate: 2024-01-18\n---\n").meta().reviewedYear())
                .isEqualTo(2023);
        assertThat(parse("---\ntitle: 甲\nmeeting: 专题组织生活会\ndate: 2024-01-18\n---\n").meta().reviewedYear())
                .isEqualTo(2024);
        assertThat(parse("---\ntitle: 甲\n---\n").meta().reviewedYear()).isNull();
        // year: says it when the meeting does not: a 专题民主生活会 in March 2024 on the year 2023
        assertThat(parse("---\ntitle: 甲\nmeeting: 专题民主生活会\ndate: 2024-03-01\nyear: 2023\n---\n").meta()
                .reviewedYear()).isEqualTo(2023);
        assertThat(parse("---\ntitle: 甲\nmeeting: 2023年度民主生活会\nyear: 2022\n---\n").meta().reviewedYear())
                .isEqualTo(2022);
    }

    @Test
    void aYearThatIsNotAYearIsAnError() {
        Problem p = error("---\ntitle: 甲\nyear: 二〇二三\n---\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("'year' is '二〇二三'; write the year the report reviews, four digits such as 2023");
    }
}
