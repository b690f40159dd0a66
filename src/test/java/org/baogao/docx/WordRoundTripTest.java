package org.baogao.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.baogao.content.FrontMatter;
import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
import org.baogao.importer.Importer;
import org.baogao.layout.Layouts;
import org.baogao.lint.Glossary;
import org.baogao.lint.LintSettings;
import org.baogao.markdown.Heading;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.baogao.print.PrintSettings;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baogao import} of a .docx that baogao wrote gives back the report: the same front matter
 * (title, type, author, post, unit, meeting, date, tags, handling mark, closing line, where the
 * signature stands) and the same body (headings at the same levels with the same numbers, the
 * same text). On the project's content, on reports with everything around the body, and on the
 * real samples, imported from their text first.
 */
class WordRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsReportsComeBackFromTheirWordDocuments() throws Exception {
        List<Path> reports;
        try (Stream<Path> files = Files.walk(Projects.CONTENT)) {
            reports = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
        for (Path report : reports) assertRoundTrip(report);
    }

    @Test
    void theMarkingTheClosingAndASignatureUnderTheTitleComeBack() throws Exception {
        String body = "按照会议安排，现将个人对照检查情况报告如下。\n\n## 一、存在的主要问题\n\n"
                + "**（一）在理论学习方面。**学习不够系统，钻研不深。\n\n## 二、整改措施\n\n坚持读原著、学原文。\n";
        Path speech = Projects.write(dir.resolve("speech/zhang.md"), """
                ---
                title: 县委常委张华2023年度民主生活会发言提纲
                type: individual
                author: 张华
                post: 县委常委
                unit: 青山县委
                meeting: 2023年度民主生活会
                date: 2024-01-18
                tags: [发言提纲, 理论学习]
                marking: 内部资料　注意保存
                signature: under-title
                closing: 以上发言，请同志们批评指正。
                ---
                """ + body);
        assertRoundTrip(speech);
        Path signed = Projects.write(dir.resolve("speech/li.md"), """
                ---
                title: 县委副书记李强2023年度民主生活会对照检查材料
                type: individual
                author: 李强
                post: 县委副书记
                unit: 青山县委
                meeting: 2023年度民主生活会
                date: 2024-01-18
                closing: 以上对照检查，请同志们批评帮助。
                ---
                """ + body);
        assertRoundTrip(signed);
    }

    @Test
    void theSamplesComeBackFromTheirWordDocuments() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Projects.SAMPLES), "../shared/samples is not here");
        List<Path> samples;
        try (Stream<Path> files = Files.list(Projects.SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path imported = Files.createDirectories(dir.resolve("imported"));
        for (Path sample : samples) {
            Path md = importer().importFile(sample, imported, false).output();
            assertRoundTrip(md);
        }
    }

    private void assertRoundTrip(Path report) throws Exception {
        String name = report.getFileName().toString().replace(".md", "");
        Path docx = dir.resolve(name + ".docx");
        Files.write(docx, WordFixture.docx(report, WordTemplates.builtIn()));
        Path back = importer().importFile(docx, Files.createDirectories(dir.resolve("back")), true).output();

        Report before = read(report);
        Report after = read(back);
        RenderedBody a = new MarkdownRenderer().render(before.body());
        RenderedBody b = new MarkdownRenderer().render(after.body());
        assertThat(outline(b)).as("headings of %s", name).isEqualTo(outline(a));
        assertThat(b.text()).as("text of %s", name).isEqualTo(a.text());
        // the front matter but its print settings, which Word keeps in its page setup, not in words
        assertThat(withoutPrint(after.meta())).as("front matter of %s", name).isEqualTo(withoutPrint(before.meta()));
    }

    private static FrontMatter withoutPrint(FrontMatter m) {
        return new FrontMatter(m.title(), m.type(), m.author(), m.post(), m.unit(), m.meeting(), m.date(), m.tags(),
                m.draft(), m.marking(), m.signature(), PrintSettings.UNSET, m.closing());
    }

    private static List<String> outline(RenderedBody body) {
        List<String> out = new ArrayList<>();
        for (Heading h : body.headings()) out.add(h.level() + (h.runIn() ? " run-in " : " ") + h.text());
        return out;
    }

    private static Report read(Path file) throws Exception {
        return new FrontMatterParser().parse(new SourceReader().read(file, file.getFileName().toString()));
    }

    private static Importer importer() throws Exception {
        return new Importer(new LintSettings(Glossary.defaultGlossary(), Projects.TEMPLATES,
                new Layouts(Projects.TEMPLATES).types(), null));
    }
}
