package org.baogao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
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
 * The real drafts in ../shared/samples import into reports whose structure is the document's:
 * read back as the build reads them, they have the headings the author wrote.
 */
class ImportSamplesTest {

    /**
     * Counted by reading each sample: the lines that start 一、二、三、 (level 1) and （一）（二）…
     * (level 2) at the start of a paragraph; the 一是、二是 inside paragraphs are not numbering.
     * 000: 一、 has （一）–（六）, 二、 has （一）–（四）, 三、 has （一）–（四）: 6 + 4 + 4 = 14.
     * 001: 一、 has （一）–（五）, 二、 has （一）–（三）, 三、 has （一）–（三）: 5 + 3 + 3 = 11.
     * 002: bold **一、** **二、** **三、**, each with （一）–（五）: 15.
     */
    record Expected(String name, String type, int level1, int level2) {}

    static final List<Expected> SAMPLES = List.of(
            new Expected("000_083d35de5056dc6e", "individual", 3, 14),
            new Expected("001_0abc39a9968b08fa", "group", 3, 11),
            new Expected("002_88a064966a7f57d0", "individual", 3, 15));

    static Importer importer() throws Exception {
        return new Importer(new LintSettings(Glossary.defaultGlossary(), Projects.TEMPLATES,
                new Layouts(Projects.TEMPLATES).types(), null));
    }

    static Report readBack(Path file) throws Exception {
        return new FrontMatterParser().parse(new SourceReader().read(file, file.getFileName().toString()));
    }

    @Test
    void eachSampleImportsWithItsRealStructureAndType(@TempDir Path out) throws Exception {
        Projects.requireSamples();
        Importer importer = importer();
        for (Expected e : SAMPLES) {
            Path input = Projects.SAMPLES.resolve(e.name() + ".txt");
            byte[] before = Files.readAllBytes(input);

            ImportReport report = importer.importFile(input, out, false);

            assertThat(Files.readAllBytes(input)).as("the draft is untouched").isEqualTo(before);
            Report r = readBack(report.output());
            assertThat(r.warnings()).as("front matter written: nothing inferred at build time").isEmpty();
            assertThat(r.meta().type()).as(e.name()).isEqualTo(e.type());
            assertThat(r.meta().title()).as(e.name()).endsWith("对照检查材料").doesNotContain("dangshi", "mzshh");
            RenderedBody body = new MarkdownRenderer().render(r.body());
            List<Heading> headings = body.headings();
            assertThat(headings.stream().filter(h -> h.level() == 1).count()).as(e.name()).isEqualTo(e.level1());
            assertThat(headings.stream().filter(h -> h.level() == 2).count()).as(e.name()).isEqualTo(e.level2());
            assertThat(body.outline()).as("every level-2 heading sits under a level-1 one").hasSize(e.level1());
            assertThat(report.level1()).isEqualTo(e.level1());
            assertThat(report.level2()).isEqualTo(e.level2());
            assertThat(r.body()).doesNotContain("dangshi", "mzshh", "\"");
        }
    }

    @Test
    void theReportSaysWhatWasChangedAndInferred(@TempDir Path out) throws Exception {
        Projects.requireSamples();
        ImportReport group = importer().importFile(Projects.SAMPLES.resolve("001_0abc39a9968b08fa.txt"), out, false);
        assertThat(group.lines()).contains(
                "  read as UTF-8 text, LF line ends, one paragraph per line",
                "  type group: the title names 班子 or 常委会",
                "  front matter to fill in: author, unit, meeting, date");
        assertThat(group.changes()).contains("dangshi → 党史 ×11", "mzshh → 民主生活会 ×2");
        assertThat(group.errors()).as("the xx placeholders are left for the writer").isPositive();

        ImportReport quoted = importer().importFile(Projects.SAMPLES.resolve("002_88a064966a7f57d0.txt"), out, false);
        assertThat(quoted.format()).endsWith("paragraphs separated by blank lines");
        assertThat(quoted.typeReason()).startsWith("the voice: ");
        assertThat(quoted.changes()).singleElement().asString().startsWith("\"…\" → “…” ×");
    }
}
