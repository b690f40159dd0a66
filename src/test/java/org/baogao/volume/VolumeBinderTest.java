package org.baogao.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.content.FolderJail;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.ReportOutcome;
import org.baogao.config.ProjectConfig;
import org.baogao.config.TaxonomyField;
import org.baogao.config.VolumeSettings;
import org.baogao.layout.Layouts;
import org.baogao.fonts.FontRegistry;
import org.baogao.pdf.PdfRenderer;
import org.baogao.testing.PdfA;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting of five reports of different lengths, bound, and read back as a reader would: the
 * 目录's page numbers against the pages where the titles print, right-hand starts, blank pages
 * without numbers, the numbers themselves, the bookmarks, PDF/A-2b.
 */
@Tag("pdf")
class VolumeBinderTest {

    @TempDir
    static Path dir;
    static Path site;
    static List<VolumeEntry> entries = new ArrayList<>();
    static Layouts layouts;
    static PdfRenderer renderer;
    static FontRegistry fonts;

    static final String MEETING = "2023年度民主生活会";
    static final Pattern NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

    @BeforeAll
    static void build() throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        // written in no particular order: the volume orders them by rank
        write(project, "a-zhao", "individual", "赵六", "县委办公室主任", null, "2024-01-16", 2, 2);
        write(project, "b-qian", "individual", "钱七", "县委副书记", 2, "2024-01-16", 3, 3);
        write(project, "c-sun", "individual", "孙八", "县长", null, "2024-01-15", 1, 4);
        write(project, "d-banzi", "group", "中共测试县委常委班子", null, null, "2024-01-18", 3, 2);
        write(project, "e-li", "individual", "李九", "县委书记", 1, "2024-01-17", 1, 2);
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.reports()).as(Projects.errors(result)).allMatch(o -> o.status() == ReportOutcome.Status.BUILT);
        site = project.resolve("site");
        for (ReportOutcome o : result.reports()) {
            entries.add(new VolumeEntry(o.report().path(), o.report().meta(),
                    site.resolve(o.report().files().pdf())));
        }
        layouts = new Layouts(project.resolve("templates"));
        fonts = FontRegistry.discover(List.of());
        renderer = new PdfRenderer(fonts, true, FolderJail.of(project.resolve("templates"))::contains);
    }

    /** A report whose body has {@code sections} sections of {@code paragraphs} long paragraphs each. */
    private static void write(Path project, String slug, String type, String author, String post, Integer order,
            String date, int sections, int paragraphs) throws Exception {
        StringBuilder body = new StringBuilder("根据会议安排，现将对照检查情况报告如下。\n\n");
        String[] numbers = {"一", "二", "三", "四"};
        for (int s = 0; s < sections; s++) {
            body.append("## ").append(numbers[s]).append("、第").append(numbers[s]).append("部分的问题\n\n");
            for (int p = 0; p < paragraphs; p++) {
                body.append("（").append(numbers[p]).append("）在学习方面。")
                        .append("对照检查发现理论学习不够深入系统，联系实际不够紧密，调查研究不够扎实。".repeat(9))
                        .append("\n\n");
            }
        }
        String front = "---\ntitle: " + (post == null ? author : post + author) + "2023年度民主生活会对照检查材料\n"
                + "type: " + type + "\nauthor: " + author + "\n" + (post == null ? "" : "post: " + post + "\n")
                + "unit: 测试县委\nmeeting: " + MEETING + "\ndate: " + date + "\n"
                + (order == null ? "" : "order: " + order + "\n") + "---\n\n";
        Projects.write(project.resolve("content/2023/" + slug + ".md"), front + body);
    }

    private static ProjectConfig config(VolumeSettings.Numbering numbering) {
        ProjectConfig d = ProjectConfig.DEFAULTS;
        return new ProjectConfig("测试档案", d.taxonomies(), d.types(), d.print(),
                new VolumeSettings(true, TaxonomyField.MEETING, numbering, "内部资料",
                        List.of("县委书记", "县长", "县委副书记"), List.of("group")), d.similar());
    }

    private static Volume bind(VolumeSettings.Numbering numbering, Path file) throws Exception {
        VolumeBinder binder = new VolumeBinder(layouts, renderer, fonts.stacks(), config(numbering));
        Volume v = binder.bind(MEETING, "会议", entries, file);
        assertThat(v.size()).as("the size said is the file's").isEqualTo(Files.size(file));
        return v;
    }

    /** The printed page numbers of a page: every "— N —" on it. */
    private static List<Integer> numbers(PdfProbe pdf, int page) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (PdfProbe.Line l : pdf.lines(page)) {
            Matcher m = NUMBER.matcher(l.text().replace('\u00a0', ' '));
            while (m.find()) out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** A page's text without spaces. */
    private static String text(PdfProbe pdf, int page) throws Exception {
        StringBuilder s = new StringBuilder();
        for (PdfProbe.Line l : pdf.lines(page)) s.append(l.text()).append('\n');
        return s.toString().replaceAll("[ \u00a0]", "");
    }

    @Test
    void ordersByRankAndListsEveryReportInItsContents() throws Exception {
        Path file = dir.resolve("running.pdf");
        Volume v = bind(VolumeSettings.Numbering.RUNNING, file);
        // the group first; then order: 1 and 2; then the rank list (县长); then the rest by date
        assertThat(v.contents()).extracting(Volume.Bound::path)
                .containsExactly("2023/d-banzi", "2023/e-li", "2023/b-qian", "2023/c-sun", "2023/a-zhao");
        try (PdfProbe pdf = PdfProbe.open(file)) {
            assertThat(pdf.pages()).isEqualTo(v.pages());
            String cover = text(pdf, 1);
            assertThat(cover).contains("内部资料", "测试县委", MEETING, "材料汇编", "2024年1月15日至18日");
            assertThat(numbers(pdf, 1)).isEmpty();
            int front = v.contents().get(0).sheet() - 1;
            StringBuilder contents = new StringBuilder();
            for (int p = 2; p <= front; p++) {
                contents.append(text(pdf, p));
                assertThat(numbers(pdf, p)).as("front page %d", p).isEmpty();
            }
            for (Volume.Bound b : v.contents()) {
                // the 目录's line for the report: its author, the leader, its first page number
                String title = b.title();
                int at = contents.indexOf(title);
                assertThat(at).as("目录 lists %s", title).isGreaterThanOrEqualTo(0);
                String after = contents.substring(at + title.length()).split("\n", 3)[1];
                Matcher m = Pattern.compile("^" + Pattern.quote(author(b)) + "(\\d+)$").matcher(after);
                assertThat(m.find()).as("the line after %s: %s", title, after).isTrue();
                int listed = Integer.parseInt(m.group(1));
                assertThat(listed).isEqualTo(b.firstPage());
                // the page that prints that number is where the report's title is printed
                int sheet = front + listed;
                assertThat(numbers(pdf, sheet)).containsExactly(listed);
                assertThat(text(pdf, sheet)).contains(title.substring(0, 8));
                assertThat(sheet % 2).as("%s starts on a right-hand page", title).isEqualTo(1);
                assertThat(listed % 2).isEqualTo(1);
            }
        }
    }

    private static String author(Volume.Bound b) {
        var m = entries.stream().filter(e -> e.path().equals(b.path())).findFirst().orElseThrow().meta();
        return m.post() == null ? m.author() : m.post() + m.author();
    }

    /** On every 目录 line that ends in a page number, the number ends at the text block's right edge, after a dotted leader. */
    @Test
    void contentsNumbersAreRightAligned() throws Exception {
        Path file = dir.resolve("aligned.pdf");
        Volume v = bind(VolumeSettings.Numbering.RUNNING, file);
        int front = v.contents().get(0).sheet() - 1;
        float right = (28 + 156) * 2.8346f;
        int seen = 0;
        try (PdfProbe pdf = PdfProbe.open(file)) {
            for (int p = 3; p <= front; p++) {
                for (PdfProbe.Line l : pdf.lines(p)) {
                    if (!l.text().matches(".*[^0-9][0-9]+$") || l.text().contains("年度")) continue;
                    assertThat(l.right()).as(l.text()).isCloseTo(right, org.assertj.core.api.Assertions.within(1f));
                    seen++;
                }
            }
        }
        assertThat(seen).isEqualTo(v.contents().size());
    }

    @Test
    void numbersRunThroughTheVolumeAndBlankPagesHaveNone() throws Exception {
        Path file = dir.resolve("numbers.pdf");
        Volume v = bind(VolumeSettings.Numbering.RUNNING, file);
        int front = v.contents().get(0).sheet() - 1;
        int blanks = 0;
        try (PdfProbe pdf = PdfProbe.open(file)) {
            for (int p = front + 1; p <= pdf.pages(); p++) {
                int number = p - front;
                boolean inReport = v.contents().stream().anyMatch(b -> number >= b.firstPage() && number < b.firstPage() + b.pages());
                if (inReport) {
                    // the report's own number is gone, the volume's is there, on the outside
                    assertThat(numbers(pdf, p)).as("page %d", p).containsExactly(number);
                    PdfProbe.Line last = pdf.lines(p).get(pdf.lines(p).size() - 1);
                    float width = pdf.mediaBox(p).getWidth();
                    if (number % 2 == 1) assertThat(last.left()).as("odd page %d number at the right", p).isGreaterThan(width / 2);
                    else assertThat(last.right()).as("even page %d number at the left", p).isLessThan(width / 2);
                } else {
                    assertThat(pdf.glyphs(p)).as("blank page %d", p).isEmpty();
                    blanks++;
                }
            }
        }
        assertThat(blanks).as("reports of odd page counts are followed by a blank page").isPositive();
    }

    @Test
    void numbersSitWhereTheReportPrintsItsOwn() throws Exception {
        Path file = dir.resolve("place.pdf");
        Volume v = bind(VolumeSettings.Numbering.RUNNING, file);
        Volume.Bound b = v.contents().get(1);
        try (PdfProbe volume = PdfProbe.open(file); PdfProbe report = PdfProbe.open(entries.stream()
                .filter(e -> e.path().equals(b.path())).findFirst().orElseThrow().pdf())) {
            for (int k = 1; k <= b.pages(); k++) {
                List<PdfProbe.Line> own = report.lines(k);
                List<PdfProbe.Line> bound = volume.lines(b.sheet() + k - 1);
                PdfProbe.Line ownNumber = own.get(own.size() - 1);
                PdfProbe.Line boundNumber = bound.get(bound.size() - 1);
                assertThat(boundNumber.baseline()).isCloseTo(ownNumber.baseline(), org.assertj.core.api.Assertions.within(0.1f));
                assertThat(boundNumber.first().size()).isCloseTo(ownNumber.first().size(), org.assertj.core.api.Assertions.within(0.1f));
                if ((b.firstPage() + k - 1) % 2 == 1) {
                    assertThat(boundNumber.right()).isCloseTo(ownNumber.right(), org.assertj.core.api.Assertions.within(0.5f));
                } else {
                    assertThat(boundNumber.left()).isCloseTo(ownNumber.left(), org.assertj.core.api.Assertions.within(0.5f));
                }
                // the text block is the report's, line for line
                assertThat(bound.subList(0, bound.size() - 1)).extracting(PdfProbe.Line::text)
                        .containsExactlyElementsOf(own.subList(0, own.size() - 1).stream().map(PdfProbe.Line::text).toList());
            }
        }
    }

    @Test
    void perReportNumbersRestartAtOne() throws Exception {
        Path file = dir.resolve("per-report.pdf");
        Volume v = bind(VolumeSettings.Numbering.PER_REPORT, file);
        try (PdfProbe pdf = PdfProbe.open(file)) {
            for (Volume.Bound b : v.contents()) {
                assertThat(b.sheet() % 2).isEqualTo(1);
                for (int k = 1; k <= b.pages(); k++) assertThat(numbers(pdf, b.sheet() + k - 1)).containsExactly(k);
            }
            int front = v.contents().get(0).sheet() - 1;
            String contents = text(pdf, front - 1) + text(pdf, front);
            for (Volume.Bound b : v.contents()) assertThat(contents.replace(" ", "")).contains(b.pages() + "页");
        }
    }

    @Test
    void bookmarksAreTheReportsWithTheirHeadings() throws Exception {
        Path file = dir.resolve("bookmarks.pdf");
        Volume v = bind(VolumeSettings.Numbering.RUNNING, file);
        List<String> expected = new ArrayList<>();
        for (Volume.Bound b : v.contents()) {
            expected.add(b.title());
            try (PdfProbe report = PdfProbe.open(entries.stream().filter(e -> e.path().equals(b.path())).findFirst().orElseThrow().pdf())) {
                for (String line : report.outline()) expected.add("  " + line);
            }
        }
        try (PdfProbe pdf = PdfProbe.open(file)) {
            assertThat(pdf.outline()).containsExactlyElementsOf(expected);
            assertThat(pdf.outline()).contains("  一、第一部分的问题", "    （一）在学习方面。");
            // each report's bookmark opens its first page
            var items = pdf.document().getDocumentCatalog().getDocumentOutline().children();
            int i = 0;
            for (var item : items) {
                var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) item.getDestination();
                assertThat(pdf.document().getPages().indexOf(dest.getPage()) + 1).isEqualTo(v.contents().get(i++).sheet());
            }
            assertThat(pdf.document().getDocumentInformation().getTitle()).isEqualTo(MEETING + "材料汇编");
            assertThat(pdf.document().getDocumentInformation().getSubject()).isEqualTo(MEETING);
        }
    }

    @Test
    void isPdfA2b() throws Exception {
        Path file = dir.resolve("pdfa.pdf");
        bind(VolumeSettings.Numbering.RUNNING, file);
        assertThat(PdfA.failures(file)).isEmpty();
    }

    @Test
    void boundAgainAfterOneReportChangedTakesTheContentsFromTheVolumeBeforeAndIsTheSameAsBoundAfresh() throws Exception {
        boundAgainAfterOneReportChanged(VolumeSettings.Numbering.RUNNING, 0);
    }

    @Test
    void underPerReportNumbersTheUnchangedReportsPagesAreTakenFromTheVolumeBeforeToo() throws Exception {
        boundAgainAfterOneReportChanged(VolumeSettings.Numbering.PER_REPORT, entries.size() - 1);
    }

    private void boundAgainAfterOneReportChanged(VolumeSettings.Numbering numbering, int taken) throws Exception {
        VolumeBinder binder = new VolumeBinder(layouts, renderer, fonts.stacks(), config(numbering));
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (VolumeEntry e : entries) keys.put(e.path(), "pdf of " + e.path());
        Path before = dir.resolve("kept-before-" + numbering + ".pdf");
        Volume first = binder.bind(MEETING, "会议", entries, keys, "salt", null, before);
        assertThat(first.taken()).isZero();

        // one report's PDF made again (the same pages: a sentence changed)
        String changed = entries.get(2).path();
        keys.put(changed, "pdf of " + changed + ", edited");
        Path again = dir.resolve("kept-again-" + numbering + ".pdf");
        Volume v = binder.bind(MEETING, "会议", entries, keys, "salt", new VolumeBinder.Kept(before, first.layout()), again);
        assertThat(v.contentsTaken()).as("the 目录 shows the same: taken from the volume before").isTrue();
        assertThat(v.taken()).as("the reports not changed, from the volume before").isEqualTo(taken);

        Path fresh = dir.resolve("kept-fresh-" + numbering + ".pdf");
        binder.bind(MEETING, "会议", entries, fresh);
        assertSameVolume(again, fresh);
        assertThat(v.contents()).isEqualTo(first.contents());
        assertThat(PdfA.failures(again)).isEmpty();

        // under another salt (settings, fonts, templates) nothing is taken
        Volume other = binder.bind(MEETING, "会议", entries, keys, "other salt", new VolumeBinder.Kept(again, v.layout()),
                dir.resolve("kept-other-" + numbering + ".pdf"));
        assertThat(other.taken()).isZero();
        assertThat(other.contentsTaken()).isFalse();
    }

    @Test
    void aReportThatGrewMovesTheOnesAfterItWhichAreNumberedAgainFromTheirOwnPdfs() throws Exception {
        VolumeBinder binder = new VolumeBinder(layouts, renderer, fonts.stacks(), config(VolumeSettings.Numbering.RUNNING));
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (VolumeEntry e : entries) keys.put(e.path(), "pdf of " + e.path());
        Path before = dir.resolve("grew-before.pdf");
        Volume first = binder.bind(MEETING, "会议", entries, keys, "salt", null, before);

        // the report bound first now has the pages of the longest one
        String head = first.contents().get(0).path();
        VolumeEntry longest = entries.stream().max(java.util.Comparator.comparingInt(e -> first.contents().stream()
                .filter(b -> b.path().equals(e.path())).findFirst().orElseThrow().pages())).orElseThrow();
        List<VolumeEntry> grown = entries.stream()
                .map(e -> e.path().equals(head) ? new VolumeEntry(e.path(), e.meta(), longest.pdf()) : e).toList();
        keys.put(head, "pdf of " + head + ", longer");
        Path again = dir.resolve("grew-again.pdf");
        Volume v = binder.bind(MEETING, "会议", grown, keys, "salt", new VolumeBinder.Kept(before, first.layout()), again);
        assertThat(v.contents().get(1).firstPage()).isGreaterThan(first.contents().get(1).firstPage());
        assertThat(v.contentsTaken()).as("the 目录's numbers changed").isFalse();

        Path fresh = dir.resolve("grew-fresh.pdf");
        binder.bind(MEETING, "会议", grown, fresh);
        assertSameVolume(again, fresh);
        assertThat(PdfA.failures(again)).isEmpty();
    }

    /** Page for page the same text (numbers included), and the same bookmarks opening the same pages. */
    private static void assertSameVolume(Path actual, Path expected) throws Exception {
        try (PdfProbe a = PdfProbe.open(actual); PdfProbe e = PdfProbe.open(expected)) {
            assertThat(a.pages()).isEqualTo(e.pages());
            for (int p = 1; p <= e.pages(); p++) assertThat(text(a, p)).as("page %d", p).isEqualTo(text(e, p));
            assertThat(bookmarks(a.document())).isEqualTo(bookmarks(e.document()));
            assertThat(a.outline()).isNotEmpty();
        }
    }

    /** Every bookmark, depth first, as its title and the page it opens. */
    private static List<String> bookmarks(org.apache.pdfbox.pdmodel.PDDocument d) throws Exception {
        List<String> out = new ArrayList<>();
        walk(d, d.getDocumentCatalog().getDocumentOutline(), "", out);
        return out;
    }

    private static void walk(org.apache.pdfbox.pdmodel.PDDocument d,
            org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode node, String indent, List<String> out)
            throws Exception {
        for (var item : node.children()) {
            var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) item.getDestination();
            out.add(indent + item.getTitle() + " @" + (d.getPages().indexOf(dest.getPage()) + 1));
            walk(d, item, indent + "  ", out);
        }
    }
}
