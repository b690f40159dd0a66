package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.baogao.content.Problem;
import org.baogao.lint.Glossary;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports as they circulate (plain text, no front matter, placeholders and masked words) are refused
 * by a normal build, and build as they are for a preview with --allow-placeholders, with title and
 * type inferred.
 */
class SamplesTest {

    static final Map<String, String> TYPES = Map.of(
            "000_083d35de5056dc6e", "individual",
            "001_0abc39a9968b08fa", "group",
            "002_88a064966a7f57d0", "individual");

    /** The samples whose drafts still carry placeholders (xx, x次) or masked words (dangshi, mzshh). */
    static final List<String> WITH_PLACEHOLDERS = List.of("000_083d35de5056dc6e", "001_0abc39a9968b08fa");

    @TempDir
    static Path dir;
    static BuildResult result;

    @BeforeAll
    static void buildSamples() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Projects.SAMPLES), "../shared/samples is not here");
        Path project = Projects.create(dir);
        for (String name : TYPES.keySet()) {
            Files.copy(Projects.SAMPLES.resolve(name + ".txt"), project.resolve("content/" + name + ".md"));
        }
        result = Projects.build(Projects.options(project).withPlaceholders(Glossary.defaultGlossary(), true));
    }

    @Test
    void withoutAllowPlaceholdersEverySampleIsRefusedAtItsPlaceholders() throws Exception {
        BuildResult refused = Projects.build(Projects.options(dir).withOut(dir.resolve("refused")));
        assertThat(refused.failed()).isEqualTo(WITH_PLACEHOLDERS.size());
        assertThat(refused.built()).isEqualTo(TYPES.size() - WITH_PLACEHOLDERS.size());
        for (ReportOutcome o : refused.reports()) {
            String name = o.file().getFileName().toString().replace(".md", "");
            assertThat(o.failed()).as(name).isEqualTo(WITH_PLACEHOLDERS.contains(name));
            if (!o.failed()) continue;
            List<Problem> errors = o.problems().stream().filter(Problem::isError).toList();
            assertThat(errors).as("%s", o.file()).isNotEmpty()
                    .allMatch(p -> p.message().endsWith("[placeholder]") || p.message().endsWith("[masked-word]"));
            // each error points at the line and column where the placeholder is
            List<String> lines = Files.readAllLines(o.file());
            for (Problem p : errors) {
                String quoted = p.message().substring(p.message().indexOf('\'') + 1);
                String word = quoted.substring(0, quoted.indexOf('\''));
                assertThat(lines.get(p.line() - 1).substring(p.column() - 1)).as("%s", p).startsWith(word);
            }
        }
        assertThat(Files.exists(dir.resolve("refused/000_083d35de5056dc6e"))).as("nothing published").isFalse();
        assertThat(Files.exists(dir.resolve("refused/002_88a064966a7f57d0/index.html"))).isTrue();
    }

    @Test
    void everySampleBuildsWithItsPlaceholdersReportedAsWarnings() {
        assertThat(result.failed()).as("%s", Projects.errors(result)).isZero();
        assertThat(result.built()).isEqualTo(TYPES.size());
        for (ReportOutcome o : result.reports()) {
            String name = o.file().getFileName().toString().replace(".md", "");
            boolean warned = o.problems().stream().anyMatch(p -> !p.isError() && p.message().endsWith("[placeholder]"));
            assertThat(warned).as(name).isEqualTo(WITH_PLACEHOLDERS.contains(name));
        }
    }

    @Test
    void titleAndTypeAreInferred() throws Exception {
        for (var e : TYPES.entrySet()) {
            Path page = dir.resolve("site").resolve(e.getKey()).resolve("index.html");
            Document html = Jsoup.parse(page.toFile());
            assertThat(html.body().hasClass(e.getValue())).as(e.getKey()).isTrue();
            String title = html.selectFirst("h1.title").text();
            assertThat(title).as(e.getKey()).endsWith("对照检查材料").doesNotStartWith("#");
            // the first line became the title, so the body does not repeat it
            assertThat(html.selectFirst(".body").text()).doesNotStartWith(title);
            List<String> warnings = result.reports().stream()
                    .filter(o -> o.file().getFileName().toString().startsWith(e.getKey()))
                    .flatMap(o -> o.problems().stream()).map(p -> p.message()).toList();
            assertThat(warnings).anyMatch(w -> w.contains("no title in front matter")
                    && w.contains("inferred type '" + e.getValue() + "'"));
            try (PdfProbe pdf = PdfProbe.open(page.resolveSibling(e.getKey() + ".pdf"))) {
                assertThat(pdf.text().replaceAll("\\s+", "")).startsWith(title).doesNotContain("#");
            }
        }
    }
}
