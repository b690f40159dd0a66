package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.content.Problem;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document type is a template: adding one needs no Java. */
class DocumentTypesTest {

    static final String BODY = """
            一、整改事项

            （一）理论学习不深的问题。整改措施：制定个人学习计划，每月精读一篇原著，年底前完成。
            """;

    @Test
    void anAddedTemplateMakesANewType(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("templates/rectification.ftlh"), """
                <#-- 整改清单: a type added by a user, with its own closing line -->
                <#import "_base.ftlh" as base>
                <@base.page issuer=meta.author!>
                <p class="rectification-note">整改清单由本人负责落实</p>
                </@base.page>
                """);
        Projects.write(project.resolve("content/zhenggai.md"),
                Projects.report("张华整改清单", "rectification", "张华", BODY));

        BuildResult result = Projects.build(Projects.options(project));

        assertThat(result.failed()).isZero();
        var page = Jsoup.parse(project.resolve("site/zhenggai/index.html").toFile());
        assertThat(page.body().hasClass("rectification")).isTrue();
        assertThat(page.selectFirst(".rectification-note").text()).isEqualTo("整改清单由本人负责落实");
        try (PdfProbe pdf = PdfProbe.open(project.resolve("site/zhenggai/zhenggai.pdf"))) {
            assertThat(pdf.text()).contains("整改清单由本人负责落实", "张华", "2024年1月5日");
        }
    }

    @Test
    void anUnknownTypeIsAnErrorListingTheKnownOnes(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Path file = Projects.write(project.resolve("content/bad.md"),
                Projects.report("某项报告", "speech", "张华", BODY));
        Projects.write(project.resolve("content/good.md"), Projects.report("张华对照检查材料", "individual", "张华", BODY));

        BuildResult result = Projects.build(Projects.options(project));

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.built()).isEqualTo(1);
        Problem p = result.reports().get(0).problems().get(0);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("unknown type 'speech'; known types: group, individual");
        assertThat(Files.exists(project.resolve("site/good/good.pdf"))).isTrue();
        assertThat(Files.exists(project.resolve("site/bad"))).isFalse();
    }
}
