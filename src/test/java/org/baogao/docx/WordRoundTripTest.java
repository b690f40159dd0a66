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
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baogao import} of a .docx that baogao wrote gives back the report: the same headings at
 * the same levels with the same numbers, the same text, the same signature. On the project's
 * content, and on the real samples, imported from their text first.
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
        FrontMatter m = before.meta();
        FrontMatter n = after.meta();
        assertThat(n.title()).as("title of %s", name).isEqualTo(m.title());
        assertThat(n.type()).as("type of %s", name).isEqualTo(m.type());
        assertThat(n.date()).as("date of %s", name).isEqualTo(m.date());
        if (m.author() != null) assertThat(n.author()).as("author of %s", name).isEqualTo(m.author());
        if (m.post() != null) assertThat(n.post()).as("post of %s", name).isEqualTo(m.post());
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
