package org.baogao.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Problem;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.importer.ImportException;
import org.baogao.importer.ImportReport;
import org.baogao.importer.Importer;
import org.baogao.layout.Layouts;
import org.baogao.lint.Glossary;
import org.baogao.lint.LintSettings;
import org.baogao.markdown.LimitExceededException;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.ReportOutcome;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property tests: random Markdown and front matter end in output or in a clear error, never in an
 * unexpected exception. Each case is a seed; a failure names it. The suite tries
 * {@value #DEFAULT_TRIES} seeds per property; a fuzz run raises that with {@code -Dbaogao.tries=20000}.
 */
class RandomInputTest {

    static final int DEFAULT_TRIES = 400;
    static final int TRIES = Integer.getInteger("baogao.tries", DEFAULT_TRIES);

    interface Case {
        void check(RandomInput input) throws Exception;
    }

    static void forEachSeed(int tries, Case c) {
        for (long seed = 0; seed < tries; seed++) {
            try {
                c.check(new RandomInput(seed));
            } catch (Throwable t) {
                fail("seed " + seed + ": " + t, t);
            }
        }
    }

    @Test
    void frontMatterParsesOrFailsClearly() {
        forEachSeed(TRIES, in -> {
            Source source = new Source(Path.of("r.md"), "r.md", in.frontMatter() + in.markdown(), "UTF-8");
            try {
                new FrontMatterParser().parse(source);
            } catch (ReportException e) {
                assertThat(e.problem().message()).isNotBlank();
                assertThat(e.problem().line()).isGreaterThanOrEqualTo(0);
            }
        });
    }

    @Test
    void markdownRendersOrHitsALimit() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        forEachSeed(TRIES, in -> {
            RenderedBody rendered;
            try {
                rendered = renderer.render(in.markdown());
            } catch (LimitExceededException e) {
                assertThat(e.line()).isPositive();
                return;
            }
            Element html = Jsoup.parseBodyFragment(rendered.html()).body();
            // every recognised heading is in the outline, once, with its anchor in the page
            List<Element> anchors = html.select("h2[id], h3[id], h4[id], h5[id], span.heading[id]");
            assertThat(rendered.headings()).hasSameSizeAs(anchors);
            rendered.headings().forEach(h -> assertThat(html.getElementById(h.id())).isNotNull());
            assertThat(html.select("script, iframe")).isEmpty();
        });
    }

    @Test
    void anImportEndsInAReportOrAClearErrorAndNeverTouchesTheDraft(@TempDir Path dir) throws Exception {
        Importer importer = new Importer(new LintSettings(Glossary.defaultGlossary(), Projects.TEMPLATES,
                new Layouts(Projects.TEMPLATES).types(), null));
        byte[] word = wordDocument();
        forEachSeed(Math.max(40, TRIES / 4), in -> {
            byte[] bytes = in.draft(word);
            Path draft = Files.write(dir.resolve(in.draftName()), bytes);
            try {
                ImportReport report = importer.importFile(draft, dir.resolve("content"), true);
                // what it wrote is a report the build can read
                new FrontMatterParser().parse(new SourceReader().read(report.output(), "draft.md"));
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(draft.toString()).doesNotContain("Exception");
            }
            assertThat(Files.readAllBytes(draft)).isEqualTo(bytes);
        });
    }

    /** A small Word document, written with POI, for the importer's damaged drafts. */
    static byte[] wordDocument() throws java.io.IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("王强2023年度民主生活会对照检查材料");
            doc.createParagraph().createRun().setText("一、存在的主要问题");
            doc.createParagraph().createRun().setText("（一）学习方面。学习不够深入，联系实际不够。");
            doc.createTable(2, 2).getRow(0).getCell(0).setText("问题");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWholeBuildEndsInAPdfOrAClearError(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        forEachSeed(Math.max(12, TRIES / 40), in -> {
            Files.write(project.resolve("content/r.md"),
                    (in.frontMatter() + "标题\n\n" + in.markdown()).getBytes(StandardCharsets.UTF_8));
            BuildResult result = Projects.build(Projects.options(project));
            ReportOutcome o = result.reports().get(0);
            if (o.failed()) {
                Problem error = o.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
                // the catch-all message means an exception nobody anticipated
                assertThat(error.message()).doesNotStartWith("could not be rendered");
            } else if (o.status() == ReportOutcome.Status.BUILT) {
                assertThat(o.pages()).isPositive();
            }
        });
    }
}
