package org.baogao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's corpus as Typst says what baogao's page says: every paragraph and heading, the
 * run-in heading sentences, the title lines and the 落款; markup that cannot change the text; and
 * nothing converted that the converter does not understand.
 */
class TypstReportTest {

    @Test
    void everyReportOfTheCorpusKeepsItsTextHeadingsAndSignature(@TempDir Path dir) throws Exception {
        new Corpus(11L).write(dir, 12, 2021, 2);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSize(12);
        for (Path md : files) {
            Report report = new FrontMatterParser().parse(new SourceReader().read(md, dir.relativize(md).toString()));
            String typ = TypstReport.of(report, "/page.typ");

            assertThat(typ).startsWith("#import \"/page.typ\": *\n#show: report.with(");
            // the body's characters, in order, once the markup is taken away
            String body = typ.substring(typ.indexOf("\n)\n") + 3);
            String text = body.replaceAll("(?m)^= ", "").replaceAll("#run-in\\(\\d\\)\\[([^\\]]*)\\]", "$1")
                    .replaceAll("\\\\(.)", "$1").replace("\n", "");
            assertThat(text).isEqualTo(report.body().replace("## ", "").replace("\n", ""));
            // three level-1 headings; a run-in heading sentence for every （一） paragraph, in 楷体
            assertThat(body.lines().filter(l -> l.startsWith("= "))).hasSize(3);
            long levelTwo = report.body().lines().filter(l -> l.startsWith("（")).count();
            assertThat(count(body, "#run-in(2)[（")).isEqualTo(levelTwo).isPositive();
            assertThat(typ).contains("date: \"" + report.meta().date().getYear() + "年");
            assertThat(typ).contains("issuer: \"" + ("group".equals(report.meta().type())
                    ? report.meta().author() : report.meta().post() + "　" + report.meta().author()) + "\"");
        }
    }

    @Test
    void aRunInHeadingEndsWithItsSentence() throws Exception {
        String typ = TypstReport.of(report("（二）宗旨意识有所淡化。全年围绕安全生产召开专题会议17次。\n\n1.村级集体经济方面。比如在青山村。\n"), "/p.typ");
        assertThat(typ).contains("#run-in(2)[（二）宗旨意识有所淡化。]全年围绕安全生产召开专题会议17次。")
                .contains("#run-in(3)[1\\.村级集体经济方面。]比如在青山村。");
    }

    @Test
    void typstMarkupInTheTextIsEscaped() {
        assertThat(TypstReport.markup("完成率只有73%，#1 = $2 <a> @b [c] ~ - + / 'd' \"e\" 1. f: g"))
                .isEqualTo("完成率只有73%，\\#1 \\= \\$2 \\<a\\> \\@b \\[c\\] \\~ \\- \\+ \\/ \\'d\\' \\\"e\\\" 1\\. f\\: g");
        assertThat(TypstReport.string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }

    @Test
    void markdownTheConverterDoesNotKnowIsRefusedWithItsLine() {
        for (String body : List.of("正文。\n\n- 一项\n", "正文。\n\n> 引文\n", "有**加粗**的正文。\n", "一、不用井号的标题\n",
                "正文。\n\n| a | b |\n")) {
            assertThatThrownBy(() -> TypstReport.of(report(body), "/p.typ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("r.md:").hasMessageContaining("not in the benchmark corpus");
        }
    }

    private static long count(String s, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
        long n = 0;
        while (m.find()) n++;
        return n;
    }

    private static Report report(String body) throws Exception {
        String text = "---\ntitle: 张三2024年度民主生活会对照检查材料\ntype: individual\nauthor: 张三\npost: 县长\ndate: 2025-01-10\n---\n\n" + body;
        return new FrontMatterParser().parse(new Source(Path.of("r.md"), "r.md", text, "UTF-8"));
    }

    /** Typst finds Noto Serif CJK's Black face as "Noto Serif CJK SC" and FandolFang as "FandolFang R" (name 1 less its weight word). */
    @Test
    void fontsAreNamedAsTypstGroupsThem() throws Exception {
        FontRegistry fonts = FontRegistry.discover(List.of());
        FontFace black = fonts.faces().stream().filter(f -> f.name().equals("NotoSerifCJKsc-Black")).findFirst()
                .orElseThrow(() -> new AssertionError("Noto Serif CJK SC Black is not installed (.ci/run installs fonts-noto-cjk-extra)"));
        assertThat(black.families()).contains("Noto Serif CJK SC Black");
        assertThat(TypstCorpus.typstName(black)).isEqualTo("Noto Serif CJK SC");
        FontFace fang = fonts.faces().stream().filter(f -> f.name().equals("FandolFang-Regular")).findFirst().orElseThrow();
        assertThat(TypstCorpus.typstName(fang)).isEqualTo("FandolFang R");
    }
}
