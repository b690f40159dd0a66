package org.baogao.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports as they circulate (plain text, no front matter) build as they are, with title and type inferred. */
class SamplesTest {

    static final Map<String, String> TYPES = Map.of(
            "000_083d35de5056dc6e", "individual",
            "001_0abc39a9968b08fa", "group",
            "002_88a064966a7f57d0", "individual");

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
        result = Projects.build(Projects.options(project));
    }

    @Test
    void everySampleBuilds() {
        assertThat(result.failed()).as("%s", result.reports()).isZero();
        assertThat(result.built()).isEqualTo(TYPES.size());
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
