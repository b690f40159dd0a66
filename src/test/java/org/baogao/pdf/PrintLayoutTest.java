package org.baogao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.baogao.testing.PrintedPage.BOTTOM;
import static org.baogao.testing.PrintedPage.LEFT;
import static org.baogao.testing.PrintedPage.MM;
import static org.baogao.testing.PrintedPage.PITCH;
import static org.baogao.testing.PrintedPage.RIGHT;
import static org.baogao.testing.PrintedPage.TOP;
import static org.baogao.testing.PrintedPage.pageNumberLine;
import static org.baogao.testing.PrintedPage.textLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRole;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;
import org.baogao.site.SitePaths;
import org.baogao.testing.PdfA;
import org.baogao.testing.PdfProbe.Glyph;
import org.baogao.testing.PdfProbe.Line;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print layout of GB/T 9704-2012, measured on the PDFs as printed: glyph positions, fonts,
 * page numbers, signature, outline, metadata and PDF/A conformance. It measures every PDF of the
 * sample content, of the real-world samples and of a report written to exercise each rule.
 *
 * <p>Tolerances: positions within 1 pt (the standard allows ±1 mm on margins, 2.8 pt), the line
 * pitch within 0.1 pt.
 */
@Tag("pdf")
class PrintLayoutTest {

    // the page: MM, LEFT, RIGHT, TOP, BOTTOM (the text block) and PITCH, from testing/PrintedPage
    static final float BODY = 15.75f;
    static final float TITLE = 22f;
    static final float INDENT = 2 * BODY;
    static final float POS = 1f;
    /**
     * The text block (156 mm) is 28.08 characters wide: a line of 28 that is not spread to both
     * edges, a paragraph's last, ends this much inside the right edge, and a mark hanging after it
     * starts there.
     */
    static final float SPARE = RIGHT - LEFT - 28 * BODY;

    static final String CLOSING_PUNCTUATION = "，。、；：？！）》」』】”’…";
    static final String OPENING_PUNCTUATION = "（《「『【“‘";

    @TempDir
    static Path dir;
    static Path site;
    static FontRegistry fonts;
    /** Every PDF built, by its path below the site. */
    static final Map<String, Path> pdfs = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path project = Projects.create(dir);
        Projects.copyTree(Projects.CONTENT, project.resolve("content"));
        String layout = Files.readString(Path.of("src/test/resources/print/layout.md"));
        Projects.write(project.resolve("content/test/layout.md"), layout);
        Projects.write(project.resolve("content/test/under-title.md"), layout
                .replace("marking: 内部资料 注意保存\n", "signature: under-title\npage-numbers: center\n"));
        Projects.write(project.resolve("content/test/punctuation.md"), punctuation());
        Projects.write(project.resolve("content/test/long-runs.md"), longRuns());
        Projects.write(project.resolve("content/test/long-blocks.md"), longRunsInBlocks());
        for (int n : ENDINGS) Projects.write(project.resolve("content/test/ending-" + n + ".md"), Projects.ending(n));
        for (int n : ENDINGS) Projects.write(project.resolve("content/test/ending-line-" + n + ".md"), Projects.endingInOneLine(n));
        Projects.write(project.resolve("content/test/tables.md"), tables());
        Projects.write(project.resolve("content/test/cover.md"), layout
                .replace("marking: 内部资料 注意保存\n", "cover: true\nbold-levels: [3, 4]\n"));
        if (Files.isDirectory(Projects.SAMPLES)) {
            Files.createDirectories(project.resolve("content/samples"));
            try (Stream<Path> samples = Files.list(Projects.SAMPLES)) {
                for (Path s : samples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(s, project.resolve("content/samples/" + s.getFileName().toString().replace(".txt", ".md")));
                }
            }
        }
        // the real samples carry placeholders (xx) that lint refuses; here they are layout input
        BuildOptions options = Projects.options(project).withPlaceholders(null, true);
        BuildResult result = Projects.build(options);
        assertThat(result.failed()).as("%s", Projects.errors(result)).isZero();
        site = project.resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            // the reports' PDFs, not the meetings' volumes (browse/), which bind them
            walk.filter(p -> p.toString().endsWith(".pdf") && !site.relativize(p).startsWith(SitePaths.BROWSE)).sorted()
                    .forEach(p -> pdfs.put(site.relativize(p).toString(), p));
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(6);
        fonts = FontRegistry.discover(List.of());
    }

    /**
     * Runs of adjacent marks ("。”", "”、“", "》、《") at every column of a line: paragraphs whose
     * run moves one character further along each time, so that some fall at a line's end.
     */
    static String punctuation() {
        String filler = "各级党组织要把学习教育同推动中心工作结合起来切实做到以学促干";
        String runs = "。”他强调：“要落实‘两个责任’，做到《准则》、《条例》入脑入心。”大家表示“明白”、“照办”！";
        StringBuilder body = new StringBuilder();
        for (int k = 1; k <= 30; k++) {
            body.append(filler.repeat(2), 0, k).append(runs).append(filler, 0, 10 + k % 7).append("。\n\n");
        }
        return Projects.report("相邻标点压缩测试", "individual", "郑和平", body.toString());
    }

    /**
     * A table of six rows on page 1 and one of fifteen, some cells on two lines, on page 2, each
     * after and before paragraphs of two lines: the first table's borders put the text after it
     * 3 pt off the grid, the second's 7.5 pt.
     */
    static String tables() {
        String paragraph = "各级党组织要把学习教育同推动中心工作结合起来切实做到以学促干各级党组织要把学习教育同推动中心工作结合起来。\n\n";
        StringBuilder body = new StringBuilder(paragraph.repeat(3));
        body.append("| 序号 | 问题 | 整改措施 | 时限 |\n|---|---|---|---|\n");
        for (int i = 1; i <= 5; i++) body.append("| ").append(i).append(" | 理论学习不够系统 | 制定学习计划 | 2025年").append(i).append("月 |\n");
        body.append('\n').append(paragraph.repeat(12));
        body.append("| 序号 | 问题 | 整改措施 | 时限 |\n|---|---|---|---|\n");
        for (int i = 1; i <= 14; i++) {
            String measure = i % 4 == 0 ? "建立健全长效机制，每季度听取一次专题汇报并督促检查落实情况" : "制定学习计划";
            body.append("| ").append(i).append(" | 联系群众不够经常 | ").append(measure).append(" | 2025年底 |\n");
        }
        body.append('\n').append(paragraph.repeat(16));
        return Projects.report("表格后行距测试", "individual", "孙立表", body.toString());
    }

    /**
     * The body after a table is on the line grid again and a page that ends in body text full to its
     * last line, as Word's is: a table's rows are a pitch each plus their borders, and the text after
     * one stood off the grid by the borders, so that the page's last line no longer fitted.
     */
    @Test
    void theBodyAfterATableIsOnTheGridAndItsPageFull() throws IOException {
        try (PdfProbe pdf = open("test/tables/tables.pdf")) {
            float origin = textLines(pdf, 2).get(0).baseline();
            int full = 0;
            for (int page = 1; page <= pdf.pages(); page++) {
                List<Line> all = textLines(pdf, page);
                List<Line> body = all.stream().filter(PrintLayoutTest::isBody).toList();
                for (Line l : body) {
                    float lines = (l.baseline() - origin) / PITCH;
                    assertThat((lines - Math.round(lines)) * PITCH).as("page %d: %s", page, l.text()).isCloseTo(0f, within(0.1f));
                }
                if (page < pdf.pages() && !body.isEmpty() && isBody(all.get(all.size() - 1))) {
                    assertThat((body.get(body.size() - 1).baseline() - origin) / PITCH)
                            .as("page %d ends on the text block's last line", page).isCloseTo(21f, within(0.01f));
                    full++;
                }
            }
            assertThat(full).as("pages with a table that end in body text").isGreaterThanOrEqualTo(2);
        }
    }

    /** Bodies of {@link Projects#ending} ending two lines apart on the 28-character grid. */
    static final int[] ENDINGS = {18, 19, 20, 21};

    /** A web address of 320 characters and a 200-letter word, longer than any line, in a paragraph, a list and a table cell. */
    static final String LONG_ADDRESS = "https://www.example.gov.cn/" + "zhengce/".repeat(36) + "index.html";
    static final String LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4) + "ABCDEFGHIJKLMNOPQRST";

    static String longRuns() {
        return Projects.report("超长不可断行文字测试", "individual", "赵长文", """
                一、存在的主要问题

                学习材料见%s，请对照。

                其中%s一词未能断开。
                """.formatted(LONG_ADDRESS, LONG_WORD));
    }

    /**
     * The address in a list item and in a table cell, a report of its own so that each fits one
     * page; the table has one column, as the lines of a second would share the address's
     * baselines and interleave with it in the text read back.
     */
    static String longRunsInBlocks() {
        return Projects.report("超长不可断行列表测试", "individual", "赵长文", """
                一、存在的主要问题

                - 列表中的地址%s

                | 出处 |
                |---|
                | %s |
                """.formatted(LONG_ADDRESS, LONG_ADDRESS));
    }

    /**
     * A run longer than a line is broken inside the text block, and all of it is printed (issue 12,
     * case 6: a 320-character address printed 80 and drew the rest off the paper). Where glyphs
     * lie is checked for every PDF by {@link #everyPageIsA4WithTheTextInsideTheTextBlock}.
     */
    @Test
    void aRunLongerThanALineWrapsInsideTheTextBlockAndLosesNothing() throws IOException {
        String all = printed("test/long-runs/long-runs.pdf");
        assertThat(all).contains("学习材料见" + LONG_ADDRESS + "，请对照").contains("其中" + LONG_WORD + "一词");
        String blocks = printed("test/long-blocks/long-blocks.pdf");
        assertThat(blocks).contains("列表中的地址" + LONG_ADDRESS).contains("出处" + LONG_ADDRESS);
    }

    /** Every line of a PDF's text in reading order, without spaces. */
    private static String printed(String pdfPath) throws IOException {
        try (PdfProbe pdf = open(pdfPath)) {
            StringBuilder printed = new StringBuilder();
            for (int p = 1; p <= pdf.pages(); p++) {
                for (Line l : textLines(pdf, p)) printed.append(l.text().replace(" ", ""));
            }
            return printed.toString();
        }
    }

    /**
     * How many glyphs at the start of a line no line break may part: a Latin word or number, or
     * opening marks, a character and the closing marks after it.
     */
    static int heldTogether(List<Glyph> line) {
        int i = 0;
        if (latin(line.get(0))) {
            while (i < line.size() && latin(line.get(i))) i++;
            return i;
        }
        while (i < line.size() && OPENING_PUNCTUATION.contains(line.get(i).text())) i++;
        i++;
        while (i < line.size() && CLOSING_PUNCTUATION.contains(line.get(i).text())) i++;
        return Math.min(i, line.size());
    }

    static boolean latin(Glyph g) {
        return g.text().codePointAt(0) < 0x1100;
    }

    static PdfProbe open(String name) throws IOException {
        return PdfProbe.open(pdfs.get(name));
    }

    static boolean isBody(Line l) {
        return Math.abs(l.first().size() - BODY) < 0.3f;
    }

    static String ps(FontRole role) {
        return fonts.face(role).orElseThrow().name();
    }

    /**
     * The line's length in characters, as a typesetter counts: a Latin letter or digit by its
     * advance, a mark set at half width as half, which the glyph after it shows by following closer than
     * three quarters of a character.
     */
    static double ems(Line l) {
        return ems(l.glyphs(), l.glyphs().size());
    }

    /**
     * Where glyph {@code i} of a line ends: its right edge, or for a mark set at half width (the
     * next glyph follows closer than three quarters of a character, as {@link #ems} counts it) the
     * middle of its square, where its ink ends ("味”" before a hanging "，").
     */
    static float end(List<Glyph> g, int i) {
        Glyph glyph = g.get(i);
        boolean half = !latin(glyph) && i + 1 < g.size() && g.get(i + 1).x() - glyph.x() < 0.75f * glyph.size();
        return half ? glyph.x() + glyph.size() / 2 : glyph.right();
    }

    /** {@link #ems(Line)} of the first {@code n} glyphs of a line. */
    static double ems(List<Glyph> g, int n) {
        double ems = 0;
        for (int i = 0; i < n; i++) {
            if (latin(g.get(i))) {
                // Latin letters and digits by their own advance: half a character in a monospaced
                // Latin, less or more in a proportional one such as FandolFang's
                ems += (g.get(i).right() - g.get(i).x()) / BODY;
                continue;
            }
            boolean half = i + 1 < g.size() && g.get(i + 1).x() - g.get(i).x() < 0.75f * BODY;
            ems += half ? 0.5 : 1.0;
        }
        return ems;
    }

    /** The text inside the text block, but for a closing mark hanging at a line's end (see the rule after this). */
    @Test
    void everyPageIsA4WithTheTextInsideTheTextBlock() throws IOException {
        for (var e : pdfs.entrySet()) {
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= pdf.pages(); p++) {
                    assertThat(pdf.mediaBox(p).getWidth()).isCloseTo(595.28f, within(0.5f));
                    assertThat(pdf.mediaBox(p).getHeight()).isCloseTo(841.89f, within(0.5f));
                    for (Line l : textLines(pdf, p)) {
                        String where = e.getKey() + " p" + p + " '" + l.text() + "'";
                        assertThat(l.left()).as(where).isGreaterThanOrEqualTo(LEFT - POS);
                        assertThat(end(l.glyphs(), inBlock(l).size() - 1)).as(where).isLessThanOrEqualTo(RIGHT + POS);
                        assertThat(l.first().top()).as(where).isGreaterThanOrEqualTo(TOP - POS);
                        assertThat(l.baseline()).as(where).isLessThanOrEqualTo(BOTTOM);
                    }
                }
            }
        }
    }

    /**
     * Word's line end for Chinese (允许标点溢出边界): a closing mark that would start a line hangs in
     * the right margin after the line's last character. It stands right at the edge of the text block
     * and at most one character beyond it, it is the only glyph out there, a closing mark and the
     * last of its line, and the page shows it (the renderer paints nothing outside its content area).
     */
    @Test
    void aClosingMarkHangsInTheRightMarginAtMostOneCharacterOut() throws IOException {
        int hung = 0;
        int shown = 0;
        for (var e : pdfs.entrySet()) {
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= pdf.pages(); p++) {
                    for (Line l : textLines(pdf, p)) {
                        int out = hanging(l);
                        if (out == 0) continue;
                        String where = e.getKey() + " p" + p + " '" + l.text() + "'";
                        assertThat(out).as(where + ": one mark hangs").isEqualTo(1);
                        Glyph mark = l.glyphs().get(l.glyphs().size() - 1);
                        assertThat(CLOSING_PUNCTUATION).as(where + ": only a closing mark hangs").contains(mark.text());
                        assertThat(end(l.glyphs(), l.glyphs().size() - 2)).as(where + ": after a character at the edge")
                                .isBetween(RIGHT - SPARE - POS, RIGHT + POS);
                        assertThat(mark.x()).as(where + ": at the edge").isBetween(RIGHT - SPARE - POS, RIGHT + POS);
                        assertThat(mark.right()).as(where + ": at most one character out").isLessThanOrEqualTo(RIGHT + BODY + POS);
                        hung++;
                        // the ink of the first few, as the page is printed
                        if (shown < 2) {
                            assertThat(pdf.darkPixels(p, RIGHT, mark.baseline() - BODY, mark.right(), mark.baseline() + BODY / 4))
                                    .as(where + ": printed").isGreaterThan(4);
                            shown++;
                        }
                    }
                }
            }
        }
        assertThat(hung).as("lines with a hanging mark").isGreaterThan(30);
    }

    @Test
    void bodyLinesSitOnOneGridOf22LinesPerPage() throws IOException {
        for (var e : pdfs.entrySet()) {
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                if (pdf.pages() < 2) continue;
                float origin = textLines(pdf, 2).get(0).baseline();
                assertThat(origin - TOP).as("%s: first baseline below the top margin", e.getKey()).isBetween(15f, 25f);
                for (int p = 1; p <= pdf.pages(); p++) {
                    List<Line> body = textLines(pdf, p).stream().filter(PrintLayoutTest::isBody).toList();
                    for (Line l : body) {
                        float steps = (l.baseline() - origin) / PITCH;
                        assertThat(steps - Math.round(steps)).as("%s p%d '%s' on the grid", e.getKey(), p, l.text())
                                .isCloseTo(0f, within(0.1f / PITCH * 10));
                    }
                    // a full page: its last paragraph goes on to the next page (a page may end early
                    // to keep a heading with its text, or to give the 落款 the body's last lines)
                    if (p < pdf.pages() && Math.abs(textLines(pdf, p + 1).get(0).left() - LEFT) < POS
                            && !(p + 1 == pdf.pages() && textLines(pdf, p + 1).size() <= SIGNATURE_CARRIES + 2)) {
                        float last = body.get(body.size() - 1).baseline();
                        assertThat((last - origin) / PITCH).as("%s p%d ends on the 22nd line", e.getKey(), p)
                                .isCloseTo(21f, within(0.1f));
                        if (p > 1) assertThat(body).as("%s p%d", e.getKey(), p).hasSize(22);
                    }
                }
            }
        }
    }

    /** A body line followed by a line of the same paragraph: a full line, where it is and the lines after it. */
    record FullLine(String where, Line line, Line next, Line afterNext) {}

    /** The full lines of the PDFs whose path below the site {@code pdf} accepts. */
    static List<FullLine> fullLines(java.util.function.Predicate<String> pdf) throws IOException {
        List<FullLine> full = new ArrayList<>();
        for (var e : pdfs.entrySet()) {
            if (!pdf.test(e.getKey())) continue;
            try (PdfProbe probe = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= probe.pages(); p++) {
                    List<Line> lines = textLines(probe, p);
                    for (int i = 0; i + 1 < lines.size(); i++) {
                        Line l = lines.get(i);
                        Line next = lines.get(i + 1);
                        if (!isBody(l) || !isBody(next) || Math.abs(next.left() - LEFT) >= POS) continue;
                        full.add(new FullLine(e.getKey() + " p" + p + " '" + l.text() + "'", l, next,
                                i + 2 < lines.size() ? lines.get(i + 2) : null));
                    }
                }
            }
        }
        return full;
    }

    @Test
    void fullLinesHold28CharactersJustifiedToBothEdges() throws IOException {
        List<FullLine> full = fullLines(pdf -> true);
        for (FullLine f : full) {
            Line l = f.line();
            Line next = f.next();
            List<Glyph> inside = inBlock(l);
            assertThat(end(l.glyphs(), inside.size() - 1)).as(f.where()).isCloseTo(RIGHT, within(POS));
            // a full line holds all that fits: what starts the next line could not have
            // ended this one. That is the next line's first unbreakable run: a Latin word
            // or number, or a character with the marks that may not be parted from it
            // (two for "识”、", three for "“好”、"), each counted by its own width, so a
            // line before "走访1次" in a proportional Latin is as full as one in a
            // monospaced one
            double indent = (l.left() - LEFT) / BODY;
            double room = 28 - ems(next.glyphs(), heldTogether(next.glyphs()));
            // and the line before a paragraph's last gives up a character so that the last is not alone
            boolean lastLineNext = next.glyphs().size() <= 3 && (f.afterNext() == null || f.afterNext().left() > LEFT + POS);
            double fewest = lastLineNext ? 25.5 : room + 0.02;
            // at most the text block's width: 156 mm is 28.08 characters of 三号, which a
            // proportional Latin may fill to its end
            assertThat(ems(l.glyphs(), inside.size()) + indent).as(f.where()).isBetween(fewest, (RIGHT - LEFT) / BODY + 0.01);
        }
        assertThat(full).hasSizeGreaterThan(300);
    }

    /**
     * A full line of body text holds exactly 28 characters, as in Word: where the line breaker would
     * pull a character down because the closing mark after it does not fit, the mark hangs in the
     * margin (GBT9704.md, "Line ends as Word sets them"); where that is not enough, up to two other
     * marks of the line give up the empty half of their square (挤进) so that the next piece fits.
     * Measured on the real reports (the project's content and ../shared/samples), their plain lines:
     * one font, no Latin letters or digits, followed by a line of the same paragraph; none is left
     * out. Before hanging 82 % held 28, with hanging 92 %, with squeezing 99.5 % (584 of 587). The
     * others: a line before an opening mark and its character with one lone mark to squeeze where
     * two are needed ("的 | 《中"); the line before a paragraph's last two characters, with one;
     * a line before a Latin word wider than two characters ("学习 | dangshi").
     */
    @Test
    void atLeast98PercentOfFullPlainLinesHoldExactly28Characters() throws IOException {
        int full = 0;
        int exact = 0;
        List<String> others = new ArrayList<>();
        for (FullLine f : fullLines(pdf -> !pdf.startsWith("test/"))) {
            Line l = f.line();
            if (!plain(l)) continue;
            double characters = ems(l.glyphs(), inBlock(l).size()) + (l.left() - LEFT) / BODY;
            full++;
            if (Math.abs(characters - 28) < 0.01) exact++;
            else others.add(String.format("%.1f %s | %s", characters, l.text(), f.next().text()));
        }
        System.out.printf("full plain lines at 28 characters: %d of %d (%.1f %%); the others:%n%s%n", exact, full,
                100.0 * exact / full, String.join("\n", others));
        // the samples (587 full lines) sit beside the checkout; the project's content alone has 208
        assertThat(full).isGreaterThan(Files.isDirectory(Projects.SAMPLES) ? 500 : 150);
        assertThat((double) exact / full).as("%d of %d full lines at 28 characters; the others:\n%s", exact, full,
                String.join("\n", others)).isGreaterThanOrEqualTo(0.98);
    }

    /** A line of body text in one font, without Latin letters or digits. */
    static boolean plain(Line l) {
        Glyph first = l.first();
        return l.glyphs().stream().noneMatch(PrintLayoutTest::latin)
                && l.glyphs().stream().allMatch(g -> g.font().equals(first.font()) && g.renderingMode() == first.renderingMode());
    }

    /** How many glyphs at the end of a line start at or beyond the right edge of the text block: a hanging mark. */
    static int hanging(Line l) {
        List<Glyph> g = l.glyphs();
        int n = 0;
        while (n < g.size() - 1 && g.get(g.size() - 1 - n).x() > RIGHT - SPARE - POS) n++;
        return n;
    }

    /** The glyphs of a line inside the text block: all but a mark hanging in the margin. */
    static List<Glyph> inBlock(Line l) {
        return l.glyphs().subList(0, l.glyphs().size() - hanging(l));
    }

    @Test
    void paragraphsStartTwoCharactersInAndWrapFlushLeft() throws IOException {
        try (PdfProbe pdf = open("test/layout/layout.pdf")) {
            List<Line> lines = new ArrayList<>();
            for (int p = 1; p <= pdf.pages(); p++) lines.addAll(textLines(pdf, p));
            Line opening = lines.stream().filter(l -> l.text().startsWith("按照镇党委")).findFirst().orElseThrow();
            assertThat(opening.left()).isCloseTo(LEFT + INDENT, within(POS));
            Line wrapped = lines.get(lines.indexOf(opening) + 1);
            assertThat(wrapped.left()).isCloseTo(LEFT, within(POS));
            for (String heading : List.of("一、存在的主要问题", "（一）在政治理论学习方面。", "（三）在联系服务群众方面", "1.加强理论学习。", "（1）建立学习台账。")) {
                Line h = lines.stream().filter(l -> l.text().startsWith(heading)).findFirst().orElseThrow();
                assertThat(h.left()).as(heading).isCloseTo(LEFT + INDENT, within(POS));
            }
        }
    }

    @Test
    void eachRolePrintsInItsFont() throws IOException {
        try (PdfProbe pdf = open("test/layout/layout.pdf")) {
            List<Line> lines = new ArrayList<>();
            for (int p = 1; p <= pdf.pages(); p++) lines.addAll(textLines(pdf, p));
            Line title = lines.stream().filter(l -> Math.abs(l.first().size() - TITLE) < 0.3f).findFirst().orElseThrow();
            assertThat(title.glyphs()).allSatisfy(g -> {
                assertThat(g.font()).endsWith("+" + ps(FontRole.TITLE));
                if (!fonts.face(FontRole.TITLE).orElseThrow().bold()) {
                    assertThat(g.renderingMode()).as("synthetic bold: filled and stroked").isEqualTo(2);
                }
            });
            assertThat(fontOf(lines, "一、存在的主要问题", "一、存在的主要问题")).endsWith("+" + ps(FontRole.HEITI));
            assertThat(fontOf(lines, "（三）在联系服务群众方面", "（三）在联系服务群众方面")).endsWith("+" + ps(FontRole.KAITI));
            // run-in: only the heading sentence is 楷体, the text after it is body text on the same line
            assertThat(fontOf(lines, "（一）在政治理论学习方面。", "（一）在政治理论学习方面。")).endsWith("+" + ps(FontRole.KAITI));
            assertThat(fontOf(lines, "（一）在政治理论学习方面。本", "本")).endsWith("+" + ps(FontRole.BODY));
            assertThat(fontOf(lines, "（四）在工作作风方面。", "（四）在工作作风方面。")).endsWith("+" + ps(FontRole.KAITI));
            assertThat(fontOf(lines, "1.加强理论学习。", "1.加强理论学习。")).endsWith("+" + ps(FontRole.BODY));
            assertThat(fontOf(lines, "（1）建立学习台账。", "（1）建立学习台账。")).endsWith("+" + ps(FontRole.BODY));
            Line marking = textLines(pdf, 1).get(0);
            assertThat(marking.text()).isEqualTo("内部资料注意保存");
            assertThat(marking.left()).isCloseTo(LEFT, within(POS));
            assertThat(marking.first().font()).endsWith("+" + ps(FontRole.HEITI));
        }
    }

    /** The font of the glyphs of {@code part} at the start of the line that starts with {@code prefix}. */
    static String fontOf(List<Line> lines, String prefix, String part) {
        Line l = lines.stream().filter(x -> x.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + prefix));
        int from = prefix.length() - part.length();
        List<Glyph> glyphs = l.glyphs().subList(from, from + part.length());
        String font = glyphs.get(0).font();
        assertThat(glyphs).as(part).allSatisfy(g -> assertThat(g.font()).isEqualTo(font));
        return font;
    }

    @Test
    void longTitlesWrapIntoBalancedCentredLinesOnTheTopMargin() throws IOException {
        try (PdfProbe pdf = open("test/under-title/under-title.pdf")) {
            List<Line> title = textLines(pdf, 1).stream().filter(l -> Math.abs(l.first().size() - TITLE) < 0.3f).toList();
            assertThat(title).hasSizeGreaterThanOrEqualTo(2);
            assertThat(title.get(0).first().top()).isCloseTo(TOP, within(2f));
            double longest = title.stream().mapToDouble(PrintLayoutTest::ems).max().orElseThrow();
            double shortest = title.stream().mapToDouble(PrintLayoutTest::ems).min().orElseThrow();
            // a line breaker filling each line would leave a stub of 2 on the last line of this title
            assertThat(shortest / longest).as("balanced: %s", title.stream().map(Line::text).toList()).isGreaterThan(0.6);
            for (Line l : title) {
                assertThat((l.left() + l.right()) / 2).as("centred").isCloseTo((LEFT + RIGHT) / 2, within(2f));
            }
            // words kept whole: no line ends inside 组织生活会 or 对照检查材料
            assertThat(title).noneMatch(l -> l.text().endsWith("组织") || l.text().endsWith("对照"));
        }
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws IOException {
        for (var e : pdfs.entrySet()) {
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= pdf.pages(); p++) {
                    for (Line l : textLines(pdf, p)) {
                        String t = l.text();
                        assertThat(CLOSING_PUNCTUATION.indexOf(t.charAt(0))).as("%s p%d starts '%s'", e.getKey(), p, t).isNegative();
                        assertThat(OPENING_PUNCTUATION.indexOf(t.charAt(t.length() - 1))).as("%s p%d ends '%s'", e.getKey(), p, t).isNegative();
                    }
                }
            }
        }
    }

    /**
     * Four distinct faces as the standard has them: a 仿宋 body (FandolFang on Debian's free fonts,
     * CFF converted), a heavy title face that is not the body's (Noto Serif CJK SC Black), 黑体 and
     * 楷体; each embedded as a subset TrueType font, and the text copied out of the PDF is the text
     * of the report (the ToUnicode maps of the converted faces).
     */
    @Test
    void theFourRolesPrintInFourFacesEmbeddedAsSubsets() throws IOException {
        FontFace title = fonts.face(FontRole.TITLE).orElseThrow();
        FontFace body = fonts.face(FontRole.BODY).orElseThrow();
        FontFace heiti = fonts.face(FontRole.HEITI).orElseThrow();
        FontFace kaiti = fonts.face(FontRole.KAITI).orElseThrow();
        assertThat(java.util.Set.of(title, body, heiti, kaiti)).as("four distinct faces").hasSize(4);
        assertThat(FontRole.BODY.standing(body)).as("the body is a 仿宋: %s", body.family()).isNotEqualTo(FontRole.Standing.STAND_IN);
        assertThat(title.weight() >= 700 || FontRole.TITLE.standing(title) == FontRole.Standing.OFFICE)
                .as("the title is a heavy Song: %s", title.family()).isTrue();
        try (PdfProbe pdf = open("2023/li-ming/li-ming.pdf")) {
            List<String> names = new ArrayList<>();
            for (org.apache.pdfbox.pdmodel.font.PDFont f : pdf.fonts()) {
                names.add(f.getName());
                assertThat(f.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
                var cid = ((org.apache.pdfbox.pdmodel.font.PDType0Font) f).getDescendantFont();
                assertThat(cid.getFontDescriptor().getFontFile2()).as("%s embedded as TrueType", f.getName()).isNotNull();
                assertThat(cid.getFontDescriptor().getFontFile2().getLength()).as("%s subset", f.getName()).isLessThan(2_000_000);
            }
            for (FontFace f : List.of(title, body, heiti, kaiti)) {
                assertThat(names).as("%s embedded", f.name()).anySatisfy(n -> assertThat(n).endsWith("+" + f.name()));
            }
            String text = pdf.text().replaceAll("\\s", "");
            assertThat(text).contains("县委副书记李明2023年度民主生活会对照检查材料",
                    "根据县委关于召开2023年度民主生活会的通知要求", "一、存在的主要问题", "以上是我的对照检查，请同志们批评指正。");
        }
    }

    @Test
    void pageNumbersSitBelowTheTextBlockOutsideOneCharacterIn() throws IOException {
        for (var e : pdfs.entrySet()) {
            if (e.getKey().startsWith("test/under-title")) continue;
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= pdf.pages(); p++) {
                    if (p == 1 && e.getKey().startsWith("test/cover")) continue;
                    Line n = pageNumberLine(pdf, p);
                    String where = e.getKey() + " p" + p;
                    assertThat(n.text()).as(where).isEqualTo("—" + p + "—");
                    assertThat(n.first().font()).as(where).endsWith("+" + ps(FontRole.SONG));
                    // GB/T 9704 7.5: the dashes themselves 7 mm below the text block, their outline as drawn
                    List<PdfProbe.Ink> dashes = pdf.ink(p, "—").stream().filter(d -> d.top() > BOTTOM).toList();
                    assertThat(dashes).as(where + " two dashes").hasSize(2);
                    for (PdfProbe.Ink d : dashes) {
                        assertThat(d.top()).as(where + " the dash's ink 7 mm below the text block").isCloseTo(BOTTOM + 7 * MM, within(0.5f * MM));
                    }
                    if (p % 2 == 1) {
                        assertThat(n.right()).as(where + " odd: right").isCloseTo(RIGHT - 14, within(POS));
                    } else {
                        assertThat(n.left()).as(where + " even: left").isCloseTo(LEFT + 14, within(POS));
                    }
                }
            }
        }
    }

    @Test
    void aCoverHoldsTheTitleAloneWithoutPageNumberAndTheBodyStartsOnPageTwo() throws IOException {
        try (PdfProbe cover = open("test/cover/cover.pdf"); PdfProbe plain = open("test/layout/layout.pdf")) {
            List<Line> first = cover.lines(1);
            assertThat(first).as("the title's lines, nothing else, no page number")
                    .isNotEmpty().allSatisfy(l -> assertThat(l.first().size()).isCloseTo(TITLE, within(0.3f)));
            assertThat(first.stream().map(Line::text).reduce("", String::concat))
                    .isEqualTo("清河镇党委书记周立新2024年度组织生活会个人对照检查材料暨整改落实情况报告");
            for (Line l : first) {
                assertThat((l.left() + l.right()) / 2).as("centred").isCloseTo((LEFT + RIGHT) / 2, within(2f));
            }
            // the body's first line at the top of page 2, where the grid starts on every page
            Line opening = textLines(cover, 2).get(0);
            assertThat(opening.text()).startsWith("按照镇党委");
            assertThat(opening.baseline()).isCloseTo(textLines(plain, 2).get(0).baseline(), within(0.1f));
            assertThat(cover.pages()).isEqualTo(plain.pages() + 1);
            assertThat(pageNumberLine(cover, 2).text()).isEqualTo("—2—");
        }
    }

    @Test
    void levelsThreeAndFourPrintBoldWhenAskedFor() throws IOException {
        for (String name : List.of("test/cover/cover.pdf", "test/layout/layout.pdf")) {
            boolean asked = name.startsWith("test/cover");
            try (PdfProbe pdf = open(name)) {
                List<Line> lines = new ArrayList<>();
                for (int p = 1; p <= pdf.pages(); p++) lines.addAll(textLines(pdf, p));
                for (String heading : List.of("1.加强理论学习。", "（1）建立学习台账。")) {
                    Line l = lines.stream().filter(x -> x.text().startsWith(heading)).findFirst().orElseThrow();
                    List<Glyph> glyphs = l.glyphs().subList(0, heading.length());
                    assertThat(glyphs).as("%s %s", name, heading).allSatisfy(g -> {
                        assertThat(g.font()).endsWith("+" + ps(FontRole.BODY));
                        boolean bold = g.renderingMode() == 2 || g.font().toLowerCase().contains("bold");
                        assertThat(bold).isEqualTo(asked);
                    });
                    // the text after a run-in heading stays regular
                    if (l.glyphs().size() > heading.length()) {
                        assertThat(l.glyphs().get(heading.length()).renderingMode()).as(name).isZero();
                    }
                }
            }
        }
    }

    @Test
    void centredPageNumbersWhenAskedFor() throws IOException {
        try (PdfProbe pdf = open("test/under-title/under-title.pdf")) {
            for (int p = 1; p <= pdf.pages(); p++) {
                Line n = pageNumberLine(pdf, p);
                assertThat((n.left() + n.right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(POS));
            }
        }
    }

    @Test
    void theSignatureStandsTwoCharactersInWithTheDateShiftedTwoRight() throws IOException {
        // issuer longer than the date: issuer 2 characters from the right, date starts 2 right of it
        assertSignature("test/layout/layout.pdf", "清河镇党委书记　周立新", "2025年1月5日", false);
        assertSignature("2023/qingshan-changwei/qingshan-changwei.pdf", "中共青山县委常委班子", "2024年1月18日", false);
        // date longer: the date 2 characters from the right, the issuer moved left to keep the shift
        assertSignature("2024/wang-fang/wang-fang.pdf", "副县长　王芳", "2025年1月22日", true);
    }

    static void assertSignature(String name, String issuer, String date, boolean dateLonger) throws IOException {
        try (PdfProbe pdf = open(name)) {
            List<Line> last = textLines(pdf, pdf.pages());
            Line i = last.get(last.size() - 2);
            Line d = last.get(last.size() - 1);
            assertThat(i.text()).isEqualTo(issuer.replace("　", ""));
            assertThat(d.text()).isEqualTo(date);
            assertThat(d.baseline() - i.baseline()).isCloseTo(PITCH, within(0.1f));
            assertThat(d.left() - i.left()).as(name + " date shifted").isCloseTo(INDENT, within(POS));
            Line edge = dateLonger ? d : i;
            assertThat(edge.right()).as(name + " 2 characters in").isCloseTo(RIGHT - INDENT, within(POS));
        }
    }

    /** The body lines the 落款 takes with it to a new page: a paragraph's last line, as no line is kept with another (widows: 1). */
    static final int SIGNATURE_CARRIES = 1;

    /**
     * The 落款 never opens a page alone (a page of name and date only is the flaw GB/T 9704 7.3.5
     * tells the typist to avoid): where the body ends at a page's foot it takes the body's last
     * lines with it, as Word's 与下段同页 does, and keeps its blank line above. The bodies of
     * {@link #ENDINGS} end two lines apart, so in one of them it had to.
     * {@code WordInLibreOfficeTest.theSignatureNeverOpensAPageAlone} asks the same of the .docx.
     */
    @Test
    void theSignatureNeverOpensAPageAlone() throws IOException {
        signatureNeverOpensAPageAlone("ending-");
    }

    /**
     * As {@link #theSignatureNeverOpensAPageAlone}, where the body ends in a paragraph of one line,
     * as most reports do: that paragraph goes over whole. (The renderer styles an element once; the
     * class that sends it to the next page was set on the element it had laid out, and the 落款 stayed
     * alone.)
     */
    @Test
    void theSignatureNeverOpensAPageAloneAfterAClosingParagraphOfOneLine() throws IOException {
        signatureNeverOpensAPageAlone("ending-line-");
    }

    private void signatureNeverOpensAPageAlone(String prefix) throws IOException {
        int carried = 0;
        for (int n : ENDINGS) {
            String name = "test/" + prefix + n + "/" + prefix + n + ".pdf";
            try (PdfProbe pdf = open(name)) {
                List<Line> last = textLines(pdf, pdf.pages());
                assertThat(last.get(last.size() - 2).text()).as(name).isEqualTo(Projects.endingAuthor(n));
                List<Line> body = last.subList(0, last.size() - 2);
                assertThat(body).as("%s: body lines above the 落款 on its page", name).hasSizeGreaterThanOrEqualTo(SIGNATURE_CARRIES);
                assertThat(last.get(last.size() - 2).baseline() - body.get(body.size() - 1).baseline())
                        .as("%s: one blank line above the 落款", name).isCloseTo(2 * PITCH, within(0.1f));
                float origin = textLines(pdf, 2).get(0).baseline();
                List<Line> before = textLines(pdf, pdf.pages() - 1).stream().filter(PrintLayoutTest::isBody).toList();
                float end = (before.get(before.size() - 1).baseline() - origin) / PITCH;
                if (end < 21f - 0.1f) {
                    assertThat(body).as("%s: only the lines it needs", name).hasSize(SIGNATURE_CARRIES);
                    carried++;
                }
            }
        }
        assertThat(carried).as("one of the bodies ended at a page's foot").isPositive();
    }

    @Test
    void underTitleSignaturePutsPostNameAndDateUnderTheTitleInKaiti() throws IOException {
        try (PdfProbe pdf = open("test/under-title/under-title.pdf")) {
            List<Line> first = textLines(pdf, 1);
            int afterTitle = (int) first.stream().filter(l -> Math.abs(l.first().size() - TITLE) < 0.3f).count();
            Line issuer = first.get(afterTitle);
            Line date = first.get(afterTitle + 1);
            assertThat(issuer.text()).isEqualTo("清河镇党委书记周立新");
            assertThat(date.text()).isEqualTo("（2025年1月5日）");
            for (Line l : List.of(issuer, date)) {
                assertThat(l.first().font()).endsWith("+" + ps(FontRole.KAITI));
                assertThat((l.left() + l.right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(2f));
            }
            List<Line> last = textLines(pdf, pdf.pages());
            assertThat(last.get(last.size() - 1).text()).isEqualTo("以上是我的对照检查发言，请大家提出批评意见。");
        }
    }

    @Test
    void headingsBecomeNestedBookmarksInOrder() throws IOException {
        try (PdfProbe pdf = open("test/layout/layout.pdf")) {
            assertThat(pdf.outline()).containsExactly(
                    "一、存在的主要问题",
                    "  （一）在政治理论学习方面。",
                    "  （二）在落实上级决策部署方面。",
                    "  （三）在联系服务群众方面",
                    "  （四）在工作作风方面。",
                    "二、问题产生的原因",
                    "  （一）理论武装不够深入。",
                    "  （二）宗旨意识有所淡化。",
                    "三、整改措施",
                    "  1.加强理论学习。",
                    "    （1）建立学习台账。",
                    "  2.改进工作作风。",
                    "  3.强化为民服务。");
        }
    }

    @Test
    void metadataNamesTheReport() throws IOException {
        try (PdfProbe pdf = open("test/layout/layout.pdf")) {
            PDDocumentInformation info = pdf.document().getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("清河镇党委书记周立新2024年度组织生活会个人对照检查材料暨整改落实情况报告");
            assertThat(info.getAuthor()).isEqualTo("周立新");
            assertThat(info.getSubject()).isEqualTo("2024年度组织生活会");
            assertThat(info.getKeywords()).isEqualTo("测试, 版式");
            assertThat(pdf.document().getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void pdfsConformToPdfA2b() throws Exception {
        for (String name : List.of("test/layout/layout.pdf", "2023/qingshan-changwei/qingshan-changwei.pdf")) {
            assertThat(PdfA.failures(pdfs.get(name))).as(name).isEmpty();
        }
    }

    @Test
    void noParagraphEndsWithASingleCharacterOnItsLastLine() throws IOException {
        for (var e : pdfs.entrySet()) {
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= pdf.pages(); p++) {
                    List<Line> lines = textLines(pdf, p).stream().filter(PrintLayoutTest::isBody).toList();
                    for (int i = 1; i < lines.size(); i++) {
                        Line l = lines.get(i);
                        boolean continuation = Math.abs(l.left() - LEFT) < POS
                                && Math.abs(lines.get(i - 1).right() - RIGHT) < POS;
                        if (!continuation) continue;
                        long characters = l.text().codePoints().filter(Character::isLetterOrDigit).count();
                        assertThat(characters).as("%s p%d '%s'", e.getKey(), p, l.text()).isNotEqualTo(1L);
                    }
                }
            }
        }
    }

    /**
     * Adjacent marks: a closing mark before another mark ("。”", "”、", "，“") takes half a
     * character. A run that the renderer broke across lines is set again at full width (see
     * BrokenRuns), so a few stay full; no pair is anything in between.
     */
    @Test
    void aClosingMarkBeforeAnotherMarkTakesHalfACharacter() throws IOException {
        int half = 0;
        int full = 0;
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (var e : pdfs.entrySet()) {
            try (PdfProbe pdf = PdfProbe.open(e.getValue())) {
                for (int p = 1; p <= pdf.pages(); p++) {
                    for (Line l : textLines(pdf, p)) {
                        if (!isBody(l)) continue;
                        List<Glyph> g = l.glyphs();
                        for (int i = 1; i + 1 < g.size(); i++) {
                            String before = g.get(i - 1).text();
                            String mark = g.get(i).text();
                            String after = g.get(i + 1).text();
                            if (CLOSING_PUNCTUATION.indexOf(mark) < 0 || "？！…".contains(mark)
                                    || (CLOSING_PUNCTUATION + OPENING_PUNCTUATION).indexOf(after) < 0
                                    || (CLOSING_PUNCTUATION + OPENING_PUNCTUATION).contains(before)) {
                                continue;
                            }
                            float advance = g.get(i + 1).x() - g.get(i).x();
                            // what justification adds between any two glyphs
                            float spacing = g.get(i).x() - g.get(i - 1).right();
                            String where = e.getKey() + " p" + p + " '" + l.text() + "'";
                            if (Math.abs(advance - spacing - BODY / 2) < 0.5f) {
                                half++;
                                kinds.merge(mark + after, 1, Integer::sum);
                            } else {
                                assertThat(advance - spacing).as(where).isCloseTo(BODY, within(0.5f));
                                full++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(kinds).as("pairs set at half width").containsKeys("。”", "”、", "，“", "：“", "》、");
        assertThat(half).as("half %d, full %d", half, full).isGreaterThan(9 * full);
    }
}
