package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.baogao.content.Problem;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baogao build} writes a .docx beside the PDF when asked — in baogao.yml, in a report's
 * front matter, or with {@code --docx} — links it from the report's page and the listings, keeps
 * it while nothing it is made of changes, makes it again when its report or its Word template
 * changes, publishes none for a report that fails, and reports a bad template by name while the
 * page and the PDF are still published.
 */
@Tag("pdf")
class WordBuildTest {

    static final String BODY = "按照会议安排，本人认真开展对照检查，现将有关情况报告如下。\n\n## 一、存在的主要问题\n\n"
            + "（一）在理论学习方面。学习不够系统。\n";

    @TempDir
    Path dir;

    private Path project(String config) throws Exception {
        Path project = Projects.create(dir);
        if (config != null) Projects.write(project.resolve("baogao.yml"), config);
        Projects.write(project.resolve("content/2023/jia.md"), Projects.report("甲同志对照检查材料", "individual", "甲", BODY));
        return project;
    }

    private static Path group(Path project) throws Exception {
        return Projects.write(project.resolve("content/2023/ban.md"), Projects.report("测试县委常委班子对照检查材料", "group",
                "中共测试县委常委班子", BODY));
    }

    @Test
    void askedForInBaogaoYmlEachReportHasItsWordDocumentLinkedLikeItsPdf() throws Exception {
        Path project = project("outputs: [html, pdf, docx]\n");
        group(project);
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.failed()).as("%s", Projects.errors(result)).isZero();

        Path site = project.resolve("site");
        try (XWPFDocument doc = open(site.resolve("2023/jia/jia.docx"))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("甲同志对照检查材料");
            assertThat(text(doc)).contains("（一）在理论学习方面。学习不够系统。");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("甲");
        }
        assertThat(site.resolve("2023/ban/ban.docx")).isRegularFile();
        Document page = Jsoup.parse(site.resolve("2023/jia/index.html").toFile());
        assertThat(page.select("a.docx").attr("href")).isEqualTo("jia.docx");
        assertThat(page.select("a.docx-file").attr("download")).isEqualTo("甲同志对照检查材料.docx");
        Document listing = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(listing.select("a.docx").eachAttr("href")).contains("2023/jia/jia.docx", "2023/ban/ban.docx");
    }

    @Test
    void withoutBeingAskedThereIsNoneExceptWhereFrontMatterOrDocxAsks() throws Exception {
        Path project = project(null);
        Path ban = group(project);
        Files.writeString(ban, Files.readString(ban).replace("date: 2024-01-05\n", "date: 2024-01-05\noutputs: [html, pdf, docx]\n"));
        // pages alone (--no-pdf): the Word document does not need the PDF
        BuildOptions options = Projects.options(project).withPdf(false);
        BuildResult result = Projects.build(options);
        assertThat(result.failed()).as("%s", Projects.errors(result)).isZero();
        assertThat(project.resolve("site/2023/jia/jia.docx")).doesNotExist();
        assertThat(project.resolve("site/2023/ban/ban.docx")).isRegularFile();
        assertThat(Jsoup.parse(project.resolve("site/2023/jia/index.html").toFile()).select("a.docx")).isEmpty();
        assertThat(Jsoup.parse(project.resolve("site/2023/ban/index.html").toFile()).select("a.docx")).hasSize(1);

        result = Projects.build(options.withDocx(true));
        assertThat(result.failed()).isZero();
        assertThat(project.resolve("site/2023/jia/jia.docx")).isRegularFile();
        assertThat(Jsoup.parse(project.resolve("site/2023/jia/index.html").toFile()).select("a.docx").attr("href"))
                .isEqualTo("jia.docx");
    }

    @Test
    void itIsKeptWhileNothingChangesAndMadeAgainWhenItsTemplateOrItsReportDoes() throws Exception {
        Path project = project("outputs: [html, pdf, docx]\n");
        BuildOptions options = Projects.options(project);
        assertThat(Projects.build(options).failed()).isZero();
        Path jia = project.resolve("site/2023/jia/jia.docx");
        byte[] first = Files.readAllBytes(jia);

        BuildResult again = Projects.build(options);
        assertThat(again.reports()).allMatch(o -> o.work() == ReportOutcome.Work.REUSED);
        assertThat(Files.readAllBytes(jia)).isEqualTo(first);

        // a unit's template for every type: its body text at 18 pt
        try (XWPFDocument template = open(jia)) {
            template.getStyles().getStyleWithName("公文正文").getCTStyle().getRPr().getSzArray(0).setVal(BigInteger.valueOf(36));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.write(bytes);
            Files.write(project.resolve("templates/_base.docx"), bytes.toByteArray());
        }
        Path pdf = project.resolve("site/2023/jia/jia.pdf");
        long pdfBefore = Files.getLastModifiedTime(pdf).toMillis();

        BuildResult changed = Projects.build(options);
        assertThat(changed.failed()).as("%s", Projects.errors(changed)).isZero();
        assertThat(changed.reports().get(0).work()).isEqualTo(ReportOutcome.Work.RENDERED);
        try (XWPFDocument doc = open(jia)) {
            assertThat(doc.getStyles().getStyleWithName("公文正文").getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(36));
        }
        // the PDF does not depend on the Word template: it was kept
        assertThat(Files.getLastModifiedTime(pdf).toMillis()).isEqualTo(pdfBefore);

        Path source = project.resolve("content/2023/jia.md");
        Files.writeString(source, Files.readString(source).replace("学习不够系统。", "学习不够系统，钻研不深。"));
        BuildResult edited = Projects.build(options);
        assertThat(edited.failed()).as("%s", Projects.errors(edited)).isZero();
        try (XWPFDocument doc = open(jia)) {
            assertThat(text(doc)).contains("学习不够系统，钻研不深。");
            // still in the unit's template
            assertThat(doc.getStyles().getStyleWithName("公文正文").getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(36));
        }
    }

    @Test
    void aBadTemplateIsNamedEveryBuildWhileThePageAndPdfAreStillPublished() throws Exception {
        Path project = project("outputs: [html, pdf, docx]\n");
        group(project);
        Path bad = Projects.write(project.resolve("templates/individual.docx"), "不是 Word 文档");
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.failed()).isZero();
        assertThat(errorsOf(result, "jia.md")).singleElement().asString()
                .contains("jia.md").contains(bad.toString()).contains("not a usable Word template");
        assertThat(project.resolve("site/2023/jia/jia.pdf")).isRegularFile();
        assertThat(project.resolve("site/2023/jia/index.html")).isRegularFile();
        assertThat(project.resolve("site/2023/jia/jia.docx")).doesNotExist();
        assertThat(Jsoup.parse(project.resolve("site/2023/jia/index.html").toFile()).select("a.docx")).isEmpty();
        assertThat(Jsoup.parse(project.resolve("site/index.html").toFile()).select("a.docx").eachAttr("href"))
                .containsExactly("2023/ban/ban.docx");
        // the group's type has no template of its own: baogao's
        assertThat(project.resolve("site/2023/ban/ban.docx")).isRegularFile();

        // nothing changed, but the document is still missing: the next build says so again
        assertThat(errorsOf(Projects.build(Projects.options(project)), "jia.md")).hasSize(1);

        // and once the template is gone, it is written
        Files.delete(bad);
        BuildResult fixed = Projects.build(Projects.options(project));
        assertThat(errorsOf(fixed, "jia.md")).isEmpty();
        assertThat(project.resolve("site/2023/jia/jia.docx")).isRegularFile();
        assertThat(Jsoup.parse(project.resolve("site/2023/jia/index.html").toFile()).select("a.docx")).hasSize(1);
    }

    @Test
    void aReportThatBreaksKeepsItsLastGoodWordDocumentOrNoneAndItsCharacterIsNamedOnce() throws Exception {
        Path project = project("outputs: [html, pdf, docx]\n");
        assertThat(Projects.build(Projects.options(project)).failed()).isZero();
        byte[] good = Files.readAllBytes(project.resolve("site/2023/jia/jia.docx"));

        // 🥲 is in none of the fonts: the PDF and the Word document would both show a box
        Path source = project.resolve("content/2023/jia.md");
        Files.writeString(source, Files.readString(source).replace("学习不够系统。", "学习不够系统🥲。"));
        BuildResult broken = Projects.build(Projects.options(project));
        assertThat(broken.failed()).isEqualTo(1);
        assertThat(errorsOf(broken, "jia.md")).singleElement().asString().contains("U+1F972");
        // the last good version stays published, its Word document with it (issue 12, case 2)
        assertThat(Files.readAllBytes(project.resolve("site/2023/jia/jia.docx"))).isEqualTo(good);

        // dropped, nothing of it is published
        try (Builder builder = new Builder(Projects.options(project))) {
            builder.build(BuildRequest.incremental(BuildListener.NONE).withFailed(FailedReports.DROP));
        }
        assertThat(project.resolve("site/2023/jia/jia.docx")).doesNotExist();
        assertThat(project.resolve("site/2023/jia")).doesNotExist();
    }

    private static List<String> errorsOf(BuildResult result, String file) {
        ReportOutcome o = result.reports().stream().filter(r -> r.file().endsWith(file)).findFirst().orElseThrow();
        return o.problems().stream().filter(Problem::isError).map(Object::toString).toList();
    }

    private static String text(XWPFDocument doc) {
        return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    private static XWPFDocument open(Path docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)));
    }
}
