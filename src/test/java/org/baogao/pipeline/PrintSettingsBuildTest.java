package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's print settings reach every PDF, and what a report's front matter sets wins. */
class PrintSettingsBuildTest {

    @TempDir
    Path dir;

    @Test
    void theProjectAsksForCoversAndOneReportDeclines() throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("baogao.yml"), "print:\n  cover: true\n  page-numbers: center\n");
        String body = "按照会议安排，本人认真开展对照检查，现将有关情况报告如下。\n";
        Projects.write(project.resolve("content/a.md"), Projects.report("甲同志对照检查材料", "individual", "甲", body));
        Projects.write(project.resolve("content/b.md"), Projects.report("乙同志对照检查材料", "individual", "乙", body)
                .replace("date: 2024-01-05\n", "date: 2024-01-05\ncover: false\n"));
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.failed()).as("%s", Projects.errors(result)).isZero();

        try (PdfProbe a = PdfProbe.open(project.resolve("site/a/a.pdf"));
                PdfProbe b = PdfProbe.open(project.resolve("site/b/b.pdf"))) {
            assertThat(a.pages()).isEqualTo(2);
            assertThat(a.lines(1)).extracting(PdfProbe.Line::text).containsExactly("甲同志对照检查材料");
            assertThat(a.lines(2).get(0).text()).startsWith("按照会议安排");
            // centred under the text block (28 mm from the left, 156 mm wide), as the project says
            PdfProbe.Line number = a.lines(2).get(a.lines(2).size() - 1);
            assertThat(number.text()).isEqualTo("—2—");
            assertThat((number.left() + number.right()) / 2).isCloseTo((28 + 28 + 156) / 2 * 2.8346f, org.assertj.core.api.Assertions.within(1f));

            assertThat(b.pages()).isEqualTo(1);
            assertThat(b.lines(1).get(0).text()).isEqualTo("乙同志对照检查材料");
            assertThat(b.lines(1).get(1).text()).startsWith("按照会议安排");
        }
    }
}
