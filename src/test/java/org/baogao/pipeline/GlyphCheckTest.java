package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.content.Problem;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No tofu, ever: a character that no font has fails its report, by name and line. */
class GlyphCheckTest {

    @Test
    void aCharacterOutsideEveryFontFailsTheReportWithFileLineAndCharacter(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        // 🥲 (Unicode 13) rather than 😀: DejaVu Sans, a fallback that fontconfig brings to every Debian
        // machine with a browser, has the older emoticons
        Path bad = Projects.write(project.resolve("content/emoji.md"), Projects.report("王强对照检查材料", "individual", "王强",
                "一、存在的主要问题\n\n（一）学习方面。学习不够深入。\n\n工作中笑脸🥲不能打印。\n"));
        Projects.write(project.resolve("content/fine.md"), Projects.report("赵敏对照检查材料", "individual", "赵敏",
                "一、存在的主要问题\n\n学习不够深入。\n"));

        BuildResult result = Projects.build(Projects.options(project));

        ReportOutcome emoji = result.reports().get(0);
        assertThat(emoji.failed()).isTrue();
        Problem p = emoji.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(p.file()).isEqualTo(bad);
        assertThat(p.line()).isEqualTo(14);
        assertThat(Files.readAllLines(bad).get(13)).contains("🥲");
        assertThat(p.message()).startsWith("character '🥲' (U+1F972) is in none of the fonts");
        assertThat(result.reports().get(1).failed()).isFalse();
        assertThat(Files.exists(project.resolve("site/emoji"))).as("nothing half-published").isFalse();
        assertThat(Files.exists(project.resolve("site/fine/fine.pdf"))).isTrue();
    }

    @Test
    void rareNamesPrintThroughTheFallbackFonts(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        // 镕 堃 喆 are outside GB2312, which the free Song and Kai fonts cover
        Projects.write(project.resolve("content/names.md"), Projects.report("李镕堃对照检查材料", "individual", "张喆",
                "一、存在的主要问题\n\n（一）学习方面。李镕与王堃、张喆同志一起学习。\n"));

        BuildResult result = Projects.build(Projects.options(project));

        assertThat(result.failed()).as("%s", Projects.errors(result)).isZero();
        try (var pdf = org.baogao.testing.PdfProbe.open(project.resolve("site/names/names.pdf"))) {
            assertThat(pdf.text()).contains("李镕与王堃、张喆").doesNotContain("#");
        }
    }
}
