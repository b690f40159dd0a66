package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.baogao.pipeline.ReportOutcome.Work;
import org.baogao.testing.Projects;
import org.baogao.testing.SearchIndexFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of the incremental build, against real builds of a throwaway project: which reports a
 * change re-renders (from the outcomes' {@link Work}), and that the archive is then what a clean
 * build would make of the same sources.
 */
@Tag("pdf")
class IncrementalBuildTest {

    @TempDir
    Path dir;
    Path project;
    BuildOptions options;

    @BeforeEach
    void threeReportsOfOneMeeting() throws IOException {
        project = Projects.create(dir.resolve("p"));
        write("a.md", report("甲对照检查材料", "individual", "甲", "2024-01-05", "甲的正文，学习不够深入。"));
        write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的正文，调研不够经常。"));
        write("c.md", report("县委常委班子对照检查材料", "group", "中共测试县委常委班子", "2024-01-03", "班子的正文，落实不够有力。"));
        options = Projects.options(project).withPdf(false);
    }

    @Test
    void aRebuildWithNothingChangedRendersNothingAndLeavesTheArchiveAsItIs() throws Exception {
        build();
        Path home = project.resolve("site/index.html");
        Object fileKey = Files.readAttributes(home, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        long modified = Files.getLastModifiedTime(home).toMillis();

        BuildResult again = build();

        assertThat(again.published()).isFalse();
        assertThat(work(again)).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.REUSED),
                Map.entry("c.md", Work.REUSED));
        assertThat(again.built()).isEqualTo(3);
        assertThat(Files.readAttributes(home, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(fileKey);
        assertThat(Files.getLastModifiedTime(home).toMillis()).isEqualTo(modified);
    }

    @Test
    void aChangedBodyRendersThatReportAloneAndReachesTheSearchIndex() throws Exception {
        build();
        write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的新正文，担当精神有所弱化。"));

        BuildResult r = build();

        assertThat(work(r)).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.RENDERED),
                Map.entry("c.md", Work.REUSED));
        assertThat(text("b")).contains("担当精神有所弱化").doesNotContain("调研不够经常");
        assertThat(String.join("\n", SearchIndexFile.read(project.resolve("site/search-index.js")).texts()))
                .contains("担当精神有所弱化").doesNotContain("调研不够经常").contains("学习不够深入");
        assertSameAsCleanBuild();
    }

    @Test
    void aChangedTitleRewritesTheNeighboursPagesAndTheListingsButRendersOnlyItsReport() throws Exception {
        build();
        write("b.md", report("乙同志对照检查材料（修改稿）", "individual", "乙", "2024-01-04", "乙的正文，调研不够经常。"));

        BuildResult r = build();

        // a and c link to b as their next and previous report, by its title
        assertThat(work(r)).containsOnly(Map.entry("a.md", Work.PAGE), Map.entry("b.md", Work.RENDERED),
                Map.entry("c.md", Work.PAGE));
        assertThat(Jsoup.parse(page("a")).select("a[rel=next] .title").text()).isEqualTo("乙同志对照检查材料（修改稿）");
        assertThat(Files.readString(project.resolve("site/browse/index.html"))).contains("乙同志对照检查材料（修改稿）");
        assertSameAsCleanBuild();
    }

    @Test
    void aTypesTemplateChangedRendersTheReportsOfThatTypeOnly() throws Exception {
        build();
        append("templates/group.ftlh", "<#-- 班子的落款另起一行 -->\n");

        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.REUSED),
                Map.entry("c.md", Work.RENDERED));
    }

    @Test
    void aPartialSharedByOneTypeChangedRendersThatTypeAndTheBaseLayoutRendersEveryType() throws Exception {
        Projects.write(project.resolve("templates/_closing.ftlh"), "<p class=\"group-closing\">班子全体成员</p>\n");
        Projects.write(project.resolve("templates/group.ftlh"), """
                <#import "_base.ftlh" as base>
                <@base.page issuer=meta.author!meta.unit!><#include "_closing.ftlh"></@base.page>
                """);
        build();
        Projects.write(project.resolve("templates/_closing.ftlh"), "<p class=\"group-closing\">班子成员签名</p>\n");

        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.REUSED),
                Map.entry("c.md", Work.RENDERED));
        assertThat(Jsoup.parse(page("c")).select(".group-closing").text()).isEqualTo("班子成员签名");

        append("templates/_base.ftlh", "<#-- 共用版式 -->\n");
        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.RENDERED), Map.entry("b.md", Work.RENDERED),
                Map.entry("c.md", Work.RENDERED));
        assertSameAsCleanBuild();
    }

    /**
     * A partial loaded in a way no directive names (issue 12, case 10): the build keys a type by
     * what FreeMarker looked up while rendering it, so an edit of the partial, or its creation
     * when it was looked up and missing, renders that type again.
     */
    @Test
    void aPartialLoadedByGetOptionalTemplateIsFollowedAndSoIsItsCreation() throws Exception {
        Projects.write(project.resolve("templates/group.ftlh"), """
                <#import "_base.ftlh" as base>
                <@base.page issuer=meta.author!meta.unit!><#assign extra = .get_optional_template("_extra.ftlh")>\
                <#if extra.exists><@extra.include/></#if></@base.page>
                """);
        build();
        assertThat(build().published()).as("a second build with nothing changed").isFalse();

        Projects.write(project.resolve("templates/_extra.ftlh"), "<p class=\"extra\">附件一份</p>\n");
        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.REUSED),
                Map.entry("c.md", Work.RENDERED));
        assertThat(Jsoup.parse(page("c")).select(".extra").text()).isEqualTo("附件一份");

        Projects.write(project.resolve("templates/_extra.ftlh"), "<p class=\"extra\">附件两份</p>\n");
        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.REUSED),
                Map.entry("c.md", Work.RENDERED));
        assertThat(Jsoup.parse(page("c")).select(".extra").text()).isEqualTo("附件两份");
        assertThat(build().published()).isFalse();
        assertSameAsCleanBuild();
    }

    /**
     * What decides whether a report is published is in its key (issue 12, case 3): a word added
     * to the glossary that a published report contains, or a build that allowed placeholders,
     * is judged again by the next build, as a clean build would.
     */
    @Test
    void theGlossaryAndAllowedPlaceholdersDecideAgainWhetherAReportIsPublished() throws Exception {
        write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的正文，zzb的要求落实不够。"));
        assertThat(build().failed()).isZero();
        options = options.withPlaceholders(new org.baogao.lint.Glossary(Map.of("zzb", "组织部")), false);
        BuildResult refused = build();
        assertThat(outcomes(refused).get("b.md").failed()).as("a masked word now in the glossary").isTrue();
        // its last good version stays, marked (issue 12, case 2): the version with the masked word is not published
        assertThat(outcomes(refused).get("b.md").status()).isEqualTo(ReportOutcome.Status.STALE);
        assertThat(Jsoup.parse(project.resolve("site/b/index.html").toFile()).select("p.stale")).hasSize(1);

        options = options.withPlaceholders(null, false);
        write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的正文，某某同志指出调研不够。"));
        options = options.withPlaceholders(null, true);
        assertThat(build().failed()).as("placeholders allowed").isZero();
        options = options.withPlaceholders(null, false);
        BuildResult strict = build();
        assertThat(strict.published()).isTrue();
        assertThat(outcomes(strict).get("b.md").failed()).as("placeholders no longer allowed").isTrue();
    }

    @Test
    void theArchivesTemplatesChangedRewriteItsPagesAndRenderNoReport() throws Exception {
        build();
        Path frame = project.resolve("templates/site/_frame.ftlh");
        Files.writeString(frame, Files.readString(frame).replace("<body class=\"archive\">",
                "<body class=\"archive\"><p class=\"banner\">内部资料</p>"));

        BuildResult r = build();

        assertThat(work(r).values()).containsOnly(Work.REUSED);
        assertThat(r.published()).isTrue();
        assertThat(Jsoup.parse(Files.readString(project.resolve("site/index.html"))).select(".banner").text()).isEqualTo("内部资料");
    }

    @Test
    void theSettingsChangedRenderEveryReport() throws Exception {
        build();
        Projects.write(project.resolve("baogao.yml"), "name: 测试县档案\n");

        BuildResult r = build();

        assertThat(work(r).values()).containsOnly(Work.RENDERED);
        assertThat(Jsoup.parse(page("a")).select("header.site .name").text()).isEqualTo("测试县档案");
    }

    @Test
    void aBuildThatRendersEveryReportSaysWhichOfItsSettingsChanged() throws Exception {
        org.baogao.text.Messages.use(org.baogao.text.Language.EN);
        assertThat(reasons(options)).isEmpty();
        assertThat(reasons(options)).as("nothing changed").isEmpty();
        Projects.write(project.resolve("baogao.yml"), "name: 测试县档案\n");
        assertThat(reasons(options)).singleElement().asString().contains("settings")
                .contains(project.resolve("baogao.yml").toString());
        Files.delete(project.resolve("baogao.yml"));
        assertThat(reasons(options)).singleElement().asString().contains("none").contains("baogao.yml");
        assertThat(reasons(options.withDrafts(true))).singleElement().asString().contains("options");
        // one report changed renders that report alone: nothing to explain
        write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的新正文，担当精神有所弱化。"));
        assertThat(reasons(options.withDrafts(true))).isEmpty();
        assertThat(reasons(options.withDrafts(true).withPdf(true))).as("PDFs made now: the pages are kept, nothing said")
                .isEmpty();
    }

    /** What the build said of why it renders every report. */
    private static List<String> reasons(BuildOptions options) throws BuildException {
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void finished(ReportOutcome outcome, int done, int total) {}

            @Override
            public void renderingAll(String why) {
                said.add(why);
            }
        };
        try (Builder builder = new Builder(options)) {
            builder.build(BuildRequest.incremental(listener));
        }
        return said;
    }

    @Test
    void aFontAddedRendersEveryReportWithItsPdfButNoHtmlOnlyBuild() throws Exception {
        Path fonts = project.resolve("fonts");
        Files.createDirectories(fonts);
        BuildOptions withFonts = new BuildOptions(options.content(), options.templates(), options.out(), List.of(fonts),
                false, true, true, 2);
        Projects.build(withFonts);
        Path someFont = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (!Files.exists(someFont)) someFont = Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
        Files.copy(someFont, fonts.resolve("extra.ttf"));

        assertThat(work(Projects.build(withFonts)).values()).containsOnly(Work.RENDERED);

        // pages for the screen use no fonts
        BuildOptions htmlOnly = withFonts.withPdf(false).withOut(project.resolve("site-html"));
        Projects.build(htmlOnly);
        Files.delete(fonts.resolve("extra.ttf"));
        assertThat(work(Projects.build(htmlOnly)).values()).containsOnly(Work.REUSED);
    }

    @Test
    void aDeletedReportIsGoneFromTheArchiveItsListingsAndItsSearch() throws Exception {
        build();
        Files.delete(project.resolve("content/b.md"));

        BuildResult r = build();

        assertThat(work(r)).containsOnly(Map.entry("a.md", Work.PAGE), Map.entry("c.md", Work.PAGE));
        assertThat(project.resolve("site/b")).doesNotExist();
        assertThat(Files.readString(project.resolve("site/browse/index.html"))).doesNotContain("乙对照检查材料");
        assertThat(SearchIndexFile.read(project.resolve("site/search-index.js")).titles())
                .containsExactlyInAnyOrder("甲对照检查材料", "县委常委班子对照检查材料");
        assertThat(Jsoup.parse(page("a")).select("a[rel=next] .title").text()).isEqualTo("县委常委班子对照检查材料");
        assertSameAsCleanBuild();
    }

    @Test
    void aRenamedReportMovesItsFolderAndEveryLinkToIt() throws Exception {
        build();
        Files.move(project.resolve("content/b.md"), project.resolve("content/b2.md"));

        BuildResult r = build();

        assertThat(work(r)).containsEntry("b2.md", Work.RENDERED).doesNotContainKey("b.md");
        assertThat(project.resolve("site/b")).doesNotExist();
        assertThat(project.resolve("site/b2/index.html")).exists();
        assertThat(Jsoup.parse(page("a")).select("a[rel=next]").attr("href")).isEqualTo("../b2/index.html");
        assertThat(Files.readString(project.resolve("site/browse/index.html"))).contains("b2/index.html").doesNotContain("\"b/index.html");
        assertSameAsCleanBuild();
    }

    @Test
    void aTypeChangedInFrontMatterTakesTheNewTypesLayoutAndFollowsItsTemplatesFromThenOn() throws Exception {
        build();
        write("a.md", report("甲对照检查材料", "group", "中共甲支部", "2024-01-05", "甲的正文，学习不够深入。"));

        assertThat(work(build())).containsEntry("a.md", Work.RENDERED);
        assertThat(Jsoup.parse(page("a")).select("body").hasClass("group")).isTrue();

        append("templates/individual.ftlh", "<#-- 个人 -->\n");
        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.RENDERED),
                Map.entry("c.md", Work.REUSED));
        append("templates/group.ftlh", "<#-- 班子 -->\n");
        assertThat(work(build())).containsOnly(Map.entry("a.md", Work.RENDERED), Map.entry("b.md", Work.REUSED),
                Map.entry("c.md", Work.RENDERED));
        assertSameAsCleanBuild();
    }

    @Test
    void aReportThatBecomesADraftLeavesTheArchive() throws Exception {
        build();
        Files.writeString(project.resolve("content/c.md"), Files.readString(project.resolve("content/c.md"))
                .replace("date: 2024-01-03", "date: 2024-01-03\ndraft: true"));

        BuildResult r = build();

        assertThat(r.reports()).filteredOn(o -> o.file().endsWith("c.md")).singleElement()
                .extracting(ReportOutcome::status).isEqualTo(ReportOutcome.Status.DRAFT);
        assertThat(project.resolve("site/c")).doesNotExist();
        assertThat(Files.readString(project.resolve("site/browse/index.html"))).doesNotContain("县委常委班子对照检查材料");
        assertSameAsCleanBuild();
    }

    @Test
    void aFailedReportIsTriedAgainAndTheOthersAreKept() throws Exception {
        build();
        write("b.md", report("乙对照检查材料", "nosuchtype", "乙", "2024-01-04", "乙的正文。"));
        BuildResult failed = build();
        assertThat(failed.failed()).isEqualTo(1);
        // its last good version stays, its page marked (issue 12, case 2)
        assertThat(Jsoup.parse(project.resolve("site/b/index.html").toFile()).select("p.stale")).hasSize(1);

        BuildResult again = build();
        assertThat(again.failed()).isEqualTo(1);
        assertThat(again.published()).isTrue();
        assertThat(work(again)).containsEntry("a.md", Work.REUSED).containsEntry("c.md", Work.REUSED);

        // put back as it was when it built: its PDF is the one kept, its page is written again without the mark
        write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的正文，调研不够经常。"));
        assertThat(work(build())).containsEntry("b.md", Work.PAGE);
        assertThat(Jsoup.parse(project.resolve("site/b/index.html").toFile()).select("p.stale")).isEmpty();
        assertSameAsCleanBuild();
    }

    @Test
    void cleanRendersEverythingAndADamagedCacheIsIgnored() throws Exception {
        build();
        try (Builder b = new Builder(options)) {
            assertThat(work(b.build(BuildRequest.incremental(BuildListener.NONE).withClean(true))).values()).containsOnly(Work.RENDERED);
        }
        Files.writeString(project.resolve("site/.baogao/cache.tsv"), "baogao build cache\t1\nreport\tonly-two-fields\n");
        assertThat(work(build()).values()).containsOnly(Work.RENDERED);
        assertThat(work(build()).values()).containsOnly(Work.REUSED);
    }

    @Test
    void anOutputDeletedByHandIsWrittenAgain() throws Exception {
        build();
        Files.delete(project.resolve("site/b/index.html"));

        BuildResult r = build();

        assertThat(work(r)).containsEntry("b.md", Work.PAGE).containsEntry("a.md", Work.REUSED);
        assertThat(text("b")).contains("调研不够经常");
    }

    @Test
    void aKeptBuilderRebuildsWhatChanged() throws Exception {
        try (Builder builder = new Builder(options)) {
            builder.build(BuildRequest.incremental(BuildListener.NONE));
            write("a.md", report("甲对照检查材料", "individual", "甲", "2024-01-05", "甲的正文，第二稿。"));
            assertThat(work(builder.build(BuildRequest.incremental(BuildListener.NONE)))).containsEntry("a.md", Work.RENDERED)
                    .containsEntry("b.md", Work.REUSED);
            append("templates/individual.ftlh", "<p class=\"added\">新增</p>\n");
            assertThat(work(builder.build(BuildRequest.incremental(BuildListener.NONE)))).containsOnly(Map.entry("a.md", Work.RENDERED),
                    Map.entry("b.md", Work.RENDERED), Map.entry("c.md", Work.REUSED));
            assertThat(Jsoup.parse(page("a")).select(".added").text()).isEqualTo("新增");
            assertThat(text("a")).contains("第二稿");
        }
        assertSameAsCleanBuild();
    }

    @Test
    void aPdfIsKeptWhenOnlyTheReportsPlaceChanged() throws Exception {
        BuildOptions pdf = Projects.options(project);
        Projects.build(pdf);
        Path bPdf = project.resolve("site/b/b.pdf");
        byte[] before = Files.readAllBytes(bPdf);
        write("a.md", report("甲同志对照检查材料", "individual", "甲", "2024-01-05", "甲的正文，学习不够深入。"));

        BuildResult r = Projects.build(pdf);

        assertThat(work(r)).containsOnly(Map.entry("a.md", Work.RENDERED), Map.entry("b.md", Work.PAGE),
                Map.entry("c.md", Work.REUSED));
        assertThat(Files.readAllBytes(bPdf)).isEqualTo(before);
        assertThat(Jsoup.parse(page("b")).select("a.pdf-file").text()).contains("KB");
        assertThat(r.reports()).allMatch(o -> o.pages() > 0);

        // a quick HTML-only build after it keeps the PDFs, which are still those of today's reports
        // (HtmlOnlyBuildTest: and leaves out the PDF of a report changed since)
        BuildResult htmlOnly = Projects.build(options);
        assertThat(htmlOnly.failed()).isZero();
        assertThat(Files.readAllBytes(bPdf)).isEqualTo(before);
        assertThat(Jsoup.parse(page("b")).select("a.pdf-file").text()).contains("KB");
    }

    @Test
    void aWarmBuilderParsesOnlyTheChangedReportAndStillFollowsTheTemplates() throws Exception {
        try (Builder builder = Builder.warm(options)) {
            Map<String, ReportOutcome> first = outcomes(builder.build(BuildRequest.incremental(BuildListener.NONE)));
            write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的新正文，担当精神有所弱化。"));

            BuildResult r = builder.build(BuildRequest.incremental(BuildListener.NONE));

            assertThat(work(r)).containsOnly(Map.entry("a.md", Work.REUSED), Map.entry("b.md", Work.RENDERED),
                    Map.entry("c.md", Work.REUSED));
            // the same parsed reports: only the saved file was parsed again
            Map<String, ReportOutcome> second = outcomes(r);
            assertThat(second.get("a.md").report()).isSameAs(first.get("a.md").report());
            assertThat(second.get("c.md").report()).isSameAs(first.get("c.md").report());
            assertThat(second.get("b.md").report()).isNotSameAs(first.get("b.md").report());
            assertThat(text("b")).contains("担当精神有所弱化");
            assertSameAsCleanBuild();

            // a parsed report is checked against the templates of its time: without the project's own
            // layout of its type, the built-in layout of that name serves it
            Path group = project.resolve("templates/group.ftlh");
            String layout = Files.readString(group);
            Files.delete(group);
            assertThat(outcomes(builder.build(BuildRequest.incremental(BuildListener.NONE))).get("c.md").failed()).isFalse();
            Files.writeString(group, layout);
            assertThat(outcomes(builder.build(BuildRequest.incremental(BuildListener.NONE))).get("c.md").failed()).isFalse();
        }
        // the archives it replaced, deleted in the background, are gone once it is closed
        try (Stream<Path> siblings = Files.list(project)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.old-"));
        }
        assertSameAsCleanBuild();
    }

    @Test
    void aWarmBuilderSeesASaveOfTheSameSizeWithItsTimeSetBack() throws Exception {
        try (Builder builder = Builder.warm(options)) {
            builder.build(BuildRequest.incremental(BuildListener.NONE));
            Path b = project.resolve("content/b.md");
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(b);
            // long enough for the file's status to be trusted in place of its hash
            Thread.sleep(SourceFiles.SETTLED_MILLIS + 200);
            assertThat(work(builder.build(BuildRequest.incremental(BuildListener.NONE)))).containsEntry("b.md", Work.REUSED);
            String same = Files.readString(b).replace("调研不够经常", "调研不够深入");
            assertThat(same.getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(Files.readAllBytes(b));
            Files.writeString(b, same);
            Files.setLastModifiedTime(b, modified);

            assertThat(work(builder.build(BuildRequest.incremental(BuildListener.NONE)))).containsEntry("b.md", Work.RENDERED);
            assertThat(text("b")).contains("调研不够深入");
        }
    }

    @Test
    void aPageRenderedAheadShowsTheChangeWithTheLastPdfAndWritesNothing() throws Exception {
        BuildOptions pdf = Projects.options(project);
        try (Builder builder = Builder.warm(pdf)) {
            builder.build(BuildRequest.incremental(BuildListener.NONE));
            Path bPdf = project.resolve("site/b/b.pdf");
            byte[] pdfBefore = Files.readAllBytes(bPdf);
            String pageBefore = page("b");
            String sizeBefore = Jsoup.parse(pageBefore).select("a.pdf-file").text();
            write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04",
                    "乙的新正文，担当精神有所弱化，斗争本领还需提高，调查研究不够经常，联系群众不够紧密。"));

            PagePreview ahead = builder.preview(project.resolve("content/b.md"));

            assertThat(ahead.page()).isEqualTo("/b/index.html");
            var html = Jsoup.parse(new String(ahead.html(), StandardCharsets.UTF_8));
            assertThat(html.text()).contains("担当精神有所弱化");
            assertThat(html.select("a.pdf-file").text()).as("the last build's PDF").isEqualTo(sizeBefore);
            assertThat(html.select("a[rel=prev] .title, a[rel=next] .title").eachText()).isNotEmpty();
            assertThat(page("b")).isEqualTo(pageBefore);
            assertThat(Files.readAllBytes(bPdf)).isEqualTo(pdfBefore);

            BuildResult r = builder.build(BuildRequest.incremental(BuildListener.NONE));

            assertThat(work(r)).containsEntry("b.md", Work.RENDERED).containsEntry("a.md", Work.REUSED);
            assertThat(text("b")).contains("担当精神有所弱化");
            try (var probe = org.baogao.testing.PdfProbe.open(bPdf)) {
                assertThat(probe.text().replaceAll("\\s", "")).contains("担当精神有所弱化");
            }

            // nothing to show ahead for a report that cannot be published
            write("b.md", report("乙对照检查材料", "individual", "乙", "昨天", "乙的正文。"));
            assertThat(builder.preview(project.resolve("content/b.md"))).isNull();
            write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的正文。").replace("---\n\n", "draft: true\n---\n\n"));
            assertThat(builder.preview(project.resolve("content/b.md"))).isNull();
        }
    }

    @Test
    void eachPdfMadeIsToldBeforeTheBuildPublishesWithTheBytesItPublishes() throws Exception {
        BuildOptions pdf = Projects.options(project);
        Path site = project.resolve("site");
        Map<String, byte[]> told = new java.util.concurrent.ConcurrentHashMap<>();
        // what the served archive held at that path when the PDF was told: "" for nothing
        Map<String, String> servedWhenTold = new java.util.concurrent.ConcurrentHashMap<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void finished(ReportOutcome outcome, int done, int total) {
            }

            @Override
            public void pdfMade(String relative, byte[] bytes) {
                told.put(relative, bytes);
                try {
                    Path served = site.resolve(relative);
                    servedWhenTold.put(relative, Files.exists(served) ? java.util.HexFormat.of().formatHex(Files.readAllBytes(served)) : "");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        try (Builder builder = Builder.warm(pdf)) {
            builder.build(BuildRequest.incremental(listener));
            assertThat(told.keySet()).containsExactlyInAnyOrder("a/a.pdf", "b/b.pdf", "c/c.pdf");
            // what a preview is to show early: not in the served archive yet
            assertThat(servedWhenTold).containsOnly(Map.entry("a/a.pdf", ""), Map.entry("b/b.pdf", ""), Map.entry("c/c.pdf", ""));
            for (String p : told.keySet()) assertThat(told.get(p)).as(p).isEqualTo(Files.readAllBytes(site.resolve(p)));
            byte[] bBefore = told.get("b/b.pdf");

            told.clear();
            servedWhenTold.clear();
            write("b.md", report("乙对照检查材料", "individual", "乙", "2024-01-04", "乙的新正文，担当精神有所弱化。"));
            builder.build(BuildRequest.incremental(listener));

            // the changed report's PDF alone, while the served archive still had the old one
            assertThat(told.keySet()).containsExactly("b/b.pdf");
            assertThat(servedWhenTold.get("b/b.pdf")).isEqualTo(java.util.HexFormat.of().formatHex(bBefore));
            assertThat(told.get("b/b.pdf")).isNotEqualTo(bBefore).isEqualTo(Files.readAllBytes(site.resolve("b/b.pdf")));
            try (var probe = org.baogao.testing.PdfProbe.open(site.resolve("b/b.pdf"))) {
                assertThat(probe.text().replaceAll("\\s", "")).contains("担当精神有所弱化");
            }
        }
    }

    // ---

    private static Map<String, ReportOutcome> outcomes(BuildResult r) {
        return r.reports().stream().collect(Collectors.toMap(o -> o.file().getFileName().toString(), o -> o,
                (x, y) -> x, TreeMap::new));
    }

    private BuildResult build() throws BuildException {
        return Projects.build(options);
    }

    private static Map<String, Work> work(BuildResult r) {
        return r.reports().stream().collect(Collectors.toMap(o -> o.file().getFileName().toString(), ReportOutcome::work,
                (x, y) -> x, TreeMap::new));
    }

    private void write(String name, String text) throws IOException {
        Projects.write(project.resolve("content").resolve(name), text);
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(project.resolve(file), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private String page(String path) throws IOException {
        return Files.readString(project.resolve("site").resolve(path).resolve("index.html"));
    }

    private String text(String path) throws IOException {
        return Jsoup.parse(page(path)).text();
    }

    private static String report(String title, String type, String author, String date, String body) {
        return Projects.report(title, type, author, date, body);
    }
    /** Every page is byte for byte what a clean build of the same sources writes. */
    private void assertSameAsCleanBuild() throws Exception {
        assertThat(Projects.pages(project.resolve("site"))).isEqualTo(Projects.cleanBuildPages(options, dir.resolve("clean")));
    }
}
