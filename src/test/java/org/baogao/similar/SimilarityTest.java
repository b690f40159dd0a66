package org.baogao.similar;

import org.baogao.config.SimilarSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    /** A copied passage of 44 characters once normalised. */
    static final String COPIED = "在基层调研中发现，部分村级集体经济项目论证不充分，资金拨付后长期闲置，群众反映强烈，亟待整改。";

    private final Random random = new Random(17);

    /** Han characters no other report has: text that shares nothing by chance. */
    private String unique(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            if (i % 23 == 22) s.append('，');
        }
        return s.append('。').toString();
    }

    private static Document doc(String path, String author, String edition, int year, String body) {
        return new Document(path, author, edition, year, Normaliser.normalise(body));
    }

    private static ReportSimilarity of(List<ReportSimilarity> results, String report) {
        return results.stream().filter(r -> r.report().equals(report)).findFirst().orElseThrow();
    }

    @Test
    void aPassageSplitByALineBreakOrOtherPunctuationStillMatchesWithItsExactBoundaries() {
        String before = unique(120);
        String broken = COPIED.replace("，资金", "\n资金").replace("，群众", "；群众").replace("。", "．");
        List<Document> docs = List.of(
                doc("a.md", "张华", "2023年度民主生活会", 2023, before + COPIED + unique(80)),
                doc("b.md", "李明", "2023年度民主生活会", 2023, unique(60) + broken + unique(90)));

        List<ReportSimilarity> results = Similarity.check(docs, SimilarSettings.DEFAULTS);

        ReportSimilarity a = of(results, "a.md");
        assertThat(a.sources()).hasSize(1);
        SourceMatch s = a.sources().get(0);
        assertThat(s.report()).isEqualTo("b.md");
        assertThat(s.sameAuthor()).isFalse();
        assertThat(s.passages()).hasSize(1);
        Passage p = s.passages().get(0);
        String normalised = Normaliser.normalise(COPIED);
        assertThat(p.text()).isEqualTo(normalised);
        assertThat(p.start()).isEqualTo(Normaliser.normalise(before).length());
        assertThat(p.end() - p.start()).isEqualTo(normalised.length());
        assertThat(a.shared()).isEqualTo(normalised.length());
        assertThat(a.share()).isEqualTo((double) normalised.length() / a.chars());

        Passage mirror = of(results, "b.md").sources().get(0).passages().get(0);
        assertThat(mirror.sourceStart()).isEqualTo(p.start());
        assertThat(mirror.text()).isEqualTo(normalised);
        assertThat(docs.get(1).text().substring(p.sourceStart(), p.sourceEnd())).isEqualTo(normalised);
    }

    @Test
    void fullAndHalfWidthFormsAndLatinCaseAreTheSame() {
        assertThat(Normaliser.normalise("ＡＢＣ１２３，abc 12 3。\n⼀、Ｘ")).isEqualTo("abc123abc123一x");
    }

    @Test
    void aFormulaInEveryReportDoesNotCountButCopyingBesideItDoes() {
        String formula = "深入学习贯彻习近平新时代中国特色社会主义思想，坚决做到两个维护，";
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String body = unique(50) + formula + unique(200) + (i < 2 ? COPIED : "") + unique(40);
            docs.add(doc("r" + i + ".md", "作者" + i, "2023年度民主生活会", 2023, body));
        }

        List<ReportSimilarity> results = Similarity.check(docs, SimilarSettings.DEFAULTS);

        for (int i = 2; i < 14; i++) assertThat(of(results, "r" + i + ".md").sources()).as("r%d", i).isEmpty();
        ReportSimilarity r0 = of(results, "r0.md");
        assertThat(r0.sources()).extracting(SourceMatch::report).containsExactly("r1.md");
        assertThat(r0.sources().get(0).passages()).extracting(Passage::text).containsExactly(Normaliser.normalise(COPIED));
    }

    @Test
    void aStopListPhraseDoesNotCount() {
        String phrase = "以习近平同志为核心的党中央坚强领导下全面推进各项工作";
        List<Document> docs = List.of(
                doc("a.md", "张华", "x", 2023, unique(40) + phrase + unique(40)),
                doc("b.md", "李明", "x", 2023, unique(40) + phrase + unique(40)));

        assertThat(Similarity.check(docs, SimilarSettings.DEFAULTS).get(0).sources()).hasSize(1);
        SimilarSettings stop = new SimilarSettings(20, 0.02, List.of("以习近平同志为核心的党中央，坚强领导下全面推进各项工作"), 0.3);
        assertThat(Similarity.check(docs, stop)).allSatisfy(r -> assertThat(r.sources()).isEmpty());
    }

    @Test
    void aReportIsNotItsOwnSourceNorIsItsDraftCopyButAnotherAuthorsCopyIs() {
        String body = unique(300) + COPIED + unique(300);
        List<Document> docs = List.of(
                doc("2023/zhang.md", "张华", "2023年度民主生活会", 2023, body),
                doc("drafts/zhang.md", "张华", "2023年度民主生活会", 2023, body),
                doc("2023/li.md", "李明", "2023年度民主生活会", 2023, body));

        List<ReportSimilarity> results = Similarity.check(docs, SimilarSettings.DEFAULTS);

        assertThat(of(results, "2023/zhang.md").sources()).extracting(SourceMatch::report).containsExactly("2023/li.md");
        assertThat(of(results, "drafts/zhang.md").sources()).extracting(SourceMatch::report).containsExactly("2023/li.md");
        ReportSimilarity li = of(results, "2023/li.md");
        assertThat(li.sources()).extracting(SourceMatch::report).containsExactlyInAnyOrder("2023/zhang.md", "drafts/zhang.md");
        assertThat(li.share()).isEqualTo(1.0);
        assertThat(li.sources().get(0).passages()).hasSize(1);
    }

    @Test
    void theSameAuthorsEarlierReportIsReportedApartFromOtherAuthors() {
        String lastYear = unique(100) + COPIED + unique(100);
        String other = "对照检查中发现，部分干部习惯于坐在办公室里听汇报、看材料，深入基层一线解决实际问题少。";
        List<Document> docs = List.of(
                doc("2022/zhang.md", "张华", "2022年度民主生活会", 2022, lastYear),
                doc("2023/zhang.md", "张华", "2023年度民主生活会", 2023, unique(50) + COPIED + unique(50) + other + unique(50)),
                doc("2023/li.md", "李明", "2023年度民主生活会", 2023, unique(70) + other + unique(70)));

        ReportSimilarity r = of(Similarity.check(docs, SimilarSettings.DEFAULTS), "2023/zhang.md");

        assertThat(r.sources()).extracting(SourceMatch::report, SourceMatch::sameAuthor, SourceMatch::year)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2022/zhang.md", true, 2022),
                        org.assertj.core.groups.Tuple.tuple("2023/li.md", false, 2023));
        assertThat(r.sharedSameAuthor()).isEqualTo(Normaliser.normalise(COPIED).length());
        assertThat(r.sharedOthers()).isEqualTo(Normaliser.normalise(other).length());
        assertThat(r.shared()).isEqualTo(r.sharedSameAuthor() + r.sharedOthers());
    }

    @Test
    void neighbouringMatchesWithAWordChangedMergeIntoOnePassage() {
        String first = "部分村级集体经济项目论证不充分资金拨付后长期闲置";
        String second = "群众反映强烈的问题没有及时研究解决整改台账不够完善";
        List<Document> docs = List.of(
                doc("a.md", "张华", "x", 2023, unique(30) + first + "我们" + second + unique(30)),
                doc("b.md", "李明", "x", 2023, unique(30) + first + "本人" + second + unique(30)));

        Passage p = Similarity.check(docs, SimilarSettings.DEFAULTS).get(0).sources().get(0).passages().get(0);

        assertThat(p.text()).isEqualTo(first + "我们" + second);
        assertThat(Similarity.check(docs, SimilarSettings.DEFAULTS).get(0).sources().get(0).passages()).hasSize(1);
    }

    @Test
    void aPassageShorterThanTheMinimumDoesNotCount() {
        String nineteen = "部分村级集体经济项目论证不充分资金拨付";
        assertThat(nineteen).hasSize(19);
        List<Document> docs = List.of(
                doc("a.md", "张华", "x", 2023, unique(30) + nineteen + unique(30)),
                doc("b.md", "李明", "x", 2023, unique(30) + nineteen + unique(30)));
        assertThat(Similarity.check(docs, SimilarSettings.DEFAULTS)).allSatisfy(r -> assertThat(r.sources()).isEmpty());

        List<Document> twenty = List.of(
                doc("a.md", "张华", "x", 2023, unique(30) + nineteen + "后" + unique(30)),
                doc("b.md", "李明", "x", 2023, unique(30) + nineteen + "后" + unique(30)));
        assertThat(Similarity.check(twenty, SimilarSettings.DEFAULTS).get(0).shared()).isEqualTo(20);
    }

    @Test
    void emptyAndTinyReportsShareNothingAndBreakNothing() {
        List<Document> docs = List.of(
                doc("empty.md", "甲", "x", 0, ""),
                doc("tiny.md", "乙", "x", 0, "好。"),
                doc("marks.md", "丙", "x", 0, "## ，。\n\n---\n"),
                doc("a.md", "丁", "x", 0, COPIED),
                doc("b.md", "戊", "x", 0, COPIED));

        List<ReportSimilarity> results = Similarity.check(docs, SimilarSettings.DEFAULTS);

        assertThat(of(results, "empty.md").chars()).isZero();
        assertThat(of(results, "empty.md").share()).isZero();
        assertThat(of(results, "tiny.md").chars()).isEqualTo(1);
        assertThat(of(results, "marks.md").chars()).isZero();
        assertThat(of(results, "a.md").share()).isEqualTo(1.0);
    }

    @Test
    void onlyTheReportsAskedForAreReportedAgainstAllTheOthers() {
        List<Document> docs = List.of(
                doc("a.md", "张华", "x", 2023, unique(30) + COPIED),
                doc("b.md", "李明", "x", 2023, COPIED + unique(30)),
                doc("c.md", "王芳", "x", 2023, unique(10) + COPIED));

        List<ReportSimilarity> results = Similarity.check(docs, SimilarSettings.DEFAULTS, d -> d.report().equals("b.md"), 2);

        assertThat(results).extracting(ReportSimilarity::report).containsExactly("b.md");
        assertThat(results.get(0).sources()).extracting(SourceMatch::report).containsExactlyInAnyOrder("a.md", "c.md");
    }

    @Test
    void resultsAreHandedOnOneReportAtATimeInTheArchivesOrderAndAgreeFromBothSides() {
        List<Document> docs = new ArrayList<>();
        // more reports than one block of searches, so that the results cross blocks; eight carry the
        // passage, fewer than the formula limit
        for (int i = 0; i < 40; i++) {
            String body = i % 5 == 0 ? unique(40) + COPIED + unique(20) : unique(90);
            docs.add(doc(String.format("r%02d.md", i), "作者" + i, "x", 2023, body));
        }
        List<String> order = new ArrayList<>();
        List<ReportSimilarity> streamed = new ArrayList<>();

        Similarity.check(docs, new Fingerprints[docs.size()], SimilarSettings.DEFAULTS, d -> true, 1, r -> {
            order.add(r.report());
            streamed.add(r);
        });

        assertThat(order).containsExactlyElementsOf(docs.stream().map(Document::report).toList());
        assertThat(streamed).isEqualTo(Similarity.check(docs, SimilarSettings.DEFAULTS));
        for (ReportSimilarity r : streamed) {
            assertThat(r.sources()).hasSize(Integer.parseInt(r.report().substring(1, 3)) % 5 == 0 ? 7 : 0);
            for (SourceMatch s : r.sources()) {
                Passage p = s.passages().get(0);
                Passage back = of(streamed, s.report()).sources().stream().filter(m -> m.report().equals(r.report()))
                        .findFirst().orElseThrow().passages().get(0);
                assertThat(new int[] {back.sourceStart(), back.sourceEnd(), back.start(), back.end()})
                        .containsExactly(p.start(), p.end(), p.sourceStart(), p.sourceEnd());
            }
        }
    }

    @Test
    void aHugeRepetitiveReportDoesNotMakeTheCheckQuadratic() {
        String sentence = "对照检查发现问题整改不到位群众意见较大必须限期整改落实到位。";
        List<Document> docs = new ArrayList<>();
        docs.add(doc("huge.md", "甲", "x", 2023, sentence.repeat(60_000)));
        docs.add(doc("huge2.md", "乙", "x", 2023, sentence.repeat(40_000)));
        // fewer than the formula limit carry the sentence
        for (int i = 0; i < 7; i++) docs.add(doc("r" + i + ".md", "作者" + i, "x", 2023, unique(100) + sentence + unique(100)));

        List<ReportSimilarity> results = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Similarity.check(docs, SimilarSettings.DEFAULTS));

        ReportSimilarity r0 = of(results, "r0.md");
        assertThat(r0.sources()).extracting(SourceMatch::report).contains("huge.md", "huge2.md");
        assertThat(r0.shared()).isEqualTo(Normaliser.normalise(sentence).length());
        assertThat(of(results, "huge2.md").share()).isEqualTo(1.0);
    }

    /** A body's lines worked out once give each passage the line, column and text that counting from the start gives. */
    @Test
    void aBodyLocatesEveryPassageAsCountingFromItsStartDoes() {
        Random r = new Random(3);
        String[] pieces = {"，", "。\n", "\n\n", "  ", "\t", "**", "\r\n", "ａＢ", "\uD840\uDC00", " \u000B\f "};
        int compared = 0;
        for (int k = 0; k < 40; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60; i++) b.append(unique(8), 0, 1 + r.nextInt(5)).append(pieces[r.nextInt(pieces.length)]);
            String body = b.toString();
            int chars = Normaliser.normalise(body).length();
            Located.Body located = new Located.Body(body, 5 + k);
            int[] offsets = Normaliser.sourceOffsets(body);
            for (int t = 0; t < 30; t++) {
                int start = r.nextInt(chars);
                int end = start + 1 + r.nextInt(chars - start);
                int from = offsets[start];
                int to = offsets[end - 1] + Character.charCount(body.codePointAt(offsets[end - 1]));
                int line = 5 + k;
                for (int i = 0; i < from; i++) if (body.charAt(i) == '\n') line++;
                int lineStart = body.lastIndexOf('\n', from - 1) + 1;
                Located expected = new Located(line, body.codePointCount(lineStart, from) + 1, body.substring(from, to).replaceAll("\\s+", " "));
                assertThat(located.at(start, end)).isEqualTo(expected);
                assertThat(Located.in(body, 5 + k, start, end)).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(1200);
    }

    @Test
    void locatedGivesTheLineAndTheTextAsWritten() {
        String body = "第一行。\n\n" + "前文" + COPIED.replace("，资金", "，\n资金") + "后文";
        int start = Normaliser.normalise("第一行。\n\n前文").length();
        int end = start + Normaliser.normalise(COPIED).length();

        Located at = Located.in(body, 7, start, end);

        assertThat(at.line()).isEqualTo(9);
        assertThat(at.column()).as("after 前文").isEqualTo(3);
        assertThat(at.text()).as("from its first letter to its last").isEqualTo(COPIED.replace("，资金", "， 资金").replace("。", ""));
    }
}
