package org.baogao.docx;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontRole;
import org.baogao.testing.LibreOffice;
import org.baogao.testing.PdfProbe;
import org.baogao.testing.Projects;
import org.baogao.testing.PdfProbe.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word documents as LibreOffice lays them out (no Word here), measured on the PDFs it makes:
 * the paper, where the text block sits, 22 lines on every full page, the faces of the headings,
 * and the page numbers on the outside of odd and even pages.
 *
 * <p>The office fonts (仿宋_GB2312, 黑体, 楷体_GB2312…) are not on this machine, so LibreOffice is
 * told, through fontconfig, to take for each the first TrueType face of the role's list (see
 * {@link #trueTypeFace}): the test machine then stands for an office whose fonts are those faces,
 * and each role's face is visible.
 *
 * <p>Where LibreOffice (7.4) differs from Word: it lays out Word's character grid by rounding each
 * character up to whole grid cells, so 16 pt characters on a 15.8 pt pitch take two cells and a
 * line holds 14 of them where Word, condensing them to the pitch, sets 28 (and a 22 pt title line
 * wraps sooner). The line grid, the margins and the footers are as in Word. So the characters per
 * line are not measured here; the POI tests check the grid that gives Word its 28.
 */
class WordInLibreOfficeTest {

    @TempDir
    static Path dir;
    static Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
    static PdfProbe layout;
    static PdfProbe cover;
    static PdfProbe centred;
    /**
     * Bodies of {@link Projects#ending} whose ends are four lines apart here (LibreOffice sets 14 of
     * the grid's characters a line, see above): in one of them the 落款 falls at a page's foot.
     */
    static final int[] ENDINGS = {8, 9, 10, 11, 12};
    static final List<PdfProbe> endings = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        LibreOffice.require();
        FontRegistry fonts = FontRegistry.discover(List.of());
        for (FontRole role : FontRole.values()) trueTypeFace(fonts, role).ifPresent(f -> faces.put(role, f));
        String md = Files.readString(WordDocumentTest.LAYOUT);
        List<Path> docx = new ArrayList<>();
        docx.add(write("layout", WordFixture.docx("layout", md, dir)));
        docx.add(write("cover", WordFixture.docx("cover", md.replace("marking: 内部资料 注意保存\n", "cover: true\n"), dir)));
        docx.add(write("centred", WordFixture.docx("centred", md
                .replace("marking: 内部资料 注意保存\n", "signature: under-title\npage-numbers: center\n"), dir)));
        for (int n : ENDINGS) docx.add(write("ending-" + n, WordFixture.docx("ending-" + n, Projects.ending(n), dir)));
        Path out = Files.createDirectories(dir.resolve("pdf"));
        List<Path> pdfs = LibreOffice.toPdf(docx, out, Map.of("FONTCONFIG_FILE", fontconfig().toString()));
        layout = PdfProbe.open(pdfs.get(0));
        cover = PdfProbe.open(pdfs.get(1));
        centred = PdfProbe.open(pdfs.get(2));
        for (int i = 0; i < ENDINGS.length; i++) endings.add(PdfProbe.open(pdfs.get(3 + i)));
    }

    /**
     * The role's face as LibreOffice can stand it in for the office font: the first TrueType face
     * of the role's list. A CFF face (Noto CJK, Fandol) serves baogao's PDF converted, with the
     * ideographic em box as its line metrics; LibreOffice would take the original, whose taller
     * ascent and descent (Noto's 1160 and −288) move a heading's baseline in its line, and, from a
     * collection, names the subset after another face of it.
     */
    static java.util.Optional<FontFace> trueTypeFace(FontRegistry fonts, FontRole role) {
        for (String name : role.preferences()) {
            for (FontFace f : fonts.faces()) {
                if (!f.converted() && f.chinese() && f.answersTo(name)) return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name + ".docx"), bytes);
    }

    /** The system's fontconfig, with each role's Word font name bound to the face the PDF uses for the role. */
    private static Path fontconfig() throws Exception {
        StringBuilder conf = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig>\n<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n");
        for (FontRole role : FontRole.values()) {
            FontFace face = faces.get(role);
            if (face == null) continue;
            conf.append("<match target=\"pattern\"><test name=\"family\"><string>").append(role.wordName())
                    .append("</string></test><edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>")
                    .append(face.family()).append("</string></edit></match>\n");
        }
        conf.append("</fontconfig>\n");
        return Files.writeString(dir.resolve("fonts.conf"), conf);
    }

    @Test
    void thePaperIsA4() {
        for (PdfProbe pdf : List.of(layout, cover, centred)) {
            assertThat(pdf.mediaBox(1).getWidth()).isCloseTo(595.28f, within(1f));
            assertThat(pdf.mediaBox(1).getHeight()).isCloseTo(841.89f, within(1f));
        }
    }

    @Test
    void theTextBlockStartsAt37And28Millimetres() throws Exception {
        List<Line> lines = textLines(layout, 1);
        // the marking, top left: its line is the text block's first, its characters at the left edge
        Line marking = lines.get(0);
        assertThat(marking.text()).startsWith("内部资料");
        assertThat(marking.left()).isCloseTo(LEFT, within(1f));
        // a 16 pt line of the 28.95 pt pitch, its em box centred in it: the baseline lies the half-leading
        // and the font's ascent (0.7 to 1 em) below the block's top
        assertThat(marking.baseline()).isBetween(TOP + (PITCH - 16) / 2 + 0.7f * 16, TOP + (PITCH - 16) / 2 + 16);
        // a paragraph's wrapped lines start at the left edge; its first is indented two characters, which
        // LibreOffice rounds up to whole grid cells as it does the characters (three of 15.8 pt)
        Line body = lines.stream().filter(l -> l.text().startsWith("按照镇党委")).findFirst().orElseThrow();
        assertThat(body.left()).isBetween(LEFT + 2 * 15.79f - 1, LEFT + 3 * 15.79f + 1);
        Line wrapped = lines.get(lines.indexOf(body) + 1);
        assertThat(wrapped.left()).isCloseTo(LEFT, within(1f));
        for (Line l : lines) assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(RIGHT + 16.5f);
    }

    @Test
    void fullPagesHold22LinesOnThePitch() throws Exception {
        int full = 0;
        for (int page = 1; page < layout.pages(); page++) {
            List<Line> lines = textLines(layout, page);
            if (page == 1) continue;
            assertThat(lines).as("lines of page %d", page).hasSize(22);
            // a heading's face sits its baseline a little higher or lower in the same line box
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).baseline() - lines.get(i - 1).baseline()).as("pitch on page %d", page)
                        .isCloseTo(PITCH, within(0.6f));
            }
            assertThat((lines.get(21).baseline() - lines.get(0).baseline()) / 21).isCloseTo(PITCH, within(0.05f));
            assertThat(lines.get(21).baseline()).isLessThanOrEqualTo(BOTTOM);
            full++;
        }
        assertThat(full).isPositive();
    }

    /** As in the PDF (PrintLayoutTest): the body's last line goes over with the 落款 rather than leave it alone on a page. */
    @Test
    void theSignatureNeverOpensAPageAlone() throws Exception {
        int carried = 0;
        for (int i = 0; i < ENDINGS.length; i++) {
            PdfProbe pdf = endings.get(i);
            List<Line> last = textLines(pdf, pdf.pages());
            assertThat(last).as("ending-%d: body, issuer and date on the last page", ENDINGS[i]).hasSizeGreaterThanOrEqualTo(3);
            assertThat(last.get(last.size() - 2).text()).isEqualTo(Projects.endingAuthor(ENDINGS[i]));
            assertThat(last.size() - 2).as("ending-%d: body lines above the 落款 on its page", ENDINGS[i]).isPositive();
            if (pdf.pages() > 1) {
                List<Line> before = textLines(pdf, pdf.pages() - 1);
                if (before.get(before.size() - 1).baseline() < BOTTOM - 1.5f * PITCH) carried++;
            }
        }
        assertThat(carried).as("one of the bodies ended at a page's foot").isPositive();
    }

    @Test
    void headingsAreInTheirRolesFaces() throws Exception {
        List<Line> all = new ArrayList<>();
        for (int page = 1; page <= layout.pages(); page++) all.addAll(textLines(layout, page));
        assertFace(line(all, "一、存在的主要问题"), FontRole.HEITI);
        assertFace(line(all, "（三）在联系服务群众方面"), FontRole.KAITI);
        Line runIn = line(all, "（一）在政治理论学习方面");
        assertFace(runIn, FontRole.KAITI);
        // the run-in heading's text goes on in the body's face after the heading sentence
        List<PdfProbe.Glyph> glyphs = new ArrayList<>(runIn.glyphs());
        glyphs.addAll(all.get(all.indexOf(runIn) + 1).glyphs());
        int end = glyphs.stream().map(PdfProbe.Glyph::text).toList().indexOf("。");
        assertThat(glyphs.get(end).font()).contains(psName(FontRole.KAITI));
        assertThat(glyphs.get(end + 1).text()).isEqualTo("本");
        assertThat(glyphs.get(end + 1).font()).contains(psName(FontRole.BODY));
        assertFace(line(all, "清河镇党委书记周立新"), FontRole.TITLE);
    }

    @Test
    void pageNumbersAreOnTheOutsideOneCharacterIn() throws Exception {
        for (int page = 1; page <= layout.pages(); page++) {
            Line number = pageNumberLine(layout, page);
            assertThat(number.text()).isEqualTo("—" + page + "—");
            assertFace(number, FontRole.SONG);
            assertThat(number.first().size()).isCloseTo(14f, within(0.1f));
            if (page % 2 == 1) {
                assertThat(number.right()).as("page %d", page).isCloseTo(RIGHT - 14, within(1.5f));
            } else {
                assertThat(number.left()).as("page %d", page).isCloseTo(LEFT + 14, within(1.5f));
            }
            // the characters' top 7 mm below the text block (GB/T 9704 7.5): their baseline lies the font's
            // ascent, 0.7 to 1 em of 14 pt, below that
            assertThat(number.baseline()).as("page %d", page).isBetween(BOTTOM + 7 * MM + 0.7f * 14, BOTTOM + 7 * MM + 14);
        }
    }

    @Test
    void centredPageNumbersAndACoverWithout() throws Exception {
        for (int page = 1; page <= centred.pages(); page++) {
            Line number = pageNumberLine(centred, page);
            assertThat((number.left() + number.right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(1.5f));
        }
        assertThat(cover.lines(1).stream().filter(l -> l.baseline() > BOTTOM + 5)).isEmpty();
        assertThat(cover.lines(1).stream().map(Line::text)).noneMatch(t -> t.startsWith("按照"));
        assertThat(textLines(cover, 2).get(0).text()).startsWith("按照镇党委");
        assertThat(pageNumberLine(cover, 2).text()).isEqualTo("—2—");
        assertThat(pageNumberLine(cover, 2).left()).isCloseTo(LEFT + 14, within(1.5f));
    }

    // ---- helpers

    static Line line(List<Line> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    static void assertFace(Line line, FontRole role) {
        org.junit.jupiter.api.Assumptions.assumeTrue(faces.containsKey(role), "no font for " + role.label() + " here");
        assertThat(line.first().font()).as("face of \"%s\"", line.text()).contains(psName(role));
    }

    /** The face's PostScript name as a PDF names an embedded subset of it: {@code ABCDEF+ARPLKaitiMGB}. */
    static String psName(FontRole role) {
        return faces.get(role).name().replace(" ", "");
    }
}
