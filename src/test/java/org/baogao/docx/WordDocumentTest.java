package org.baogao.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.baogao.print.PrintSettings;
import org.baogao.layout.PageModel;
import org.baogao.layout.Signature;
import org.baogao.layout.TitleLines;
import org.baogao.fonts.FontRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * A report's Word document read back with POI as Word reads it: the styles by role with their
 * fonts and sizes, the outline levels, the page and its grid, the footers and their fields, the
 * signature's place and the document's properties. The report is the print layout's test report
 * (marking, run-in headings at every level, a closing, a long title), in its variants.
 */
class WordDocumentTest {

    static final Path LAYOUT = Path.of("src/test/resources/print/layout.md");

    @TempDir
    static Path dir;
    static String layout;
    static XWPFDocument plain;
    static XWPFDocument underTitle;
    static XWPFDocument cover;

    @BeforeAll
    static void write() throws Exception {
        layout = Files.readString(LAYOUT);
        plain = WordFixture.open(WordFixture.docx("layout", layout, dir));
        underTitle = WordFixture.open(WordFixture.docx("under-title", layout
                .replace("marking: 内部资料 注意保存\n", "signature: under-title\npage-numbers: center\n"), dir));
        cover = WordFixture.open(WordFixture.docx("cover", layout
                .replace("marking: 内部资料 注意保存\n", "cover: true\nbold-levels: [3, 4]\n"), dir));
    }

    // ---- styles

    @Test
    void everyParagraphIsInOneOfTheRolesStyles() {
        Map<String, String> names = styleNames(plain);
        for (XWPFParagraph p : plain.getParagraphs()) {
            assertThat(names.get(p.getStyle())).as("style of \"%s\"", p.getText())
                    .isIn(java.util.Arrays.stream(WordStyle.values()).map(WordStyle::styleName).toList());
        }
        assertThat(plain.getParagraphs().stream().map(p -> names.get(p.getStyle())).distinct().toList())
                .containsExactly("版头标识", "公文标题", "公文正文", "一级标题", "二级标题", "结束语", "落款");
    }

    @Test
    void stylesCarryTheFontsSizesAndSpacingOfGbt9704() {
        assertStyle(plain, "公文标题", FontRole.TITLE, 22, STJc.CENTER, 0);
        assertStyle(plain, "公文正文", FontRole.BODY, 16, STJc.BOTH, 200);
        assertStyle(plain, "一级标题", FontRole.HEITI, 16, STJc.BOTH, 200);
        assertStyle(plain, "二级标题", FontRole.KAITI, 16, STJc.BOTH, 200);
        assertStyle(plain, "三级标题", FontRole.BODY, 16, STJc.BOTH, 200);
        assertStyle(plain, "四级标题", FontRole.BODY, 16, STJc.BOTH, 200);
        assertStyle(plain, "版头标识", FontRole.HEITI, 16, STJc.LEFT, 0);
        assertStyle(plain, "落款", FontRole.BODY, 16, STJc.RIGHT, 0);
        assertStyle(plain, "页码", FontRole.SONG, 14, STJc.RIGHT, 0);
        // the fonts as Word resolves them: the office font first, in the East Asian slot
        assertThat(rPr(style(plain, "公文正文")).getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(rPr(style(plain, "公文标题")).getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
        assertThat(rPr(style(plain, "一级标题")).getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
        assertThat(rPr(style(plain, "二级标题")).getRFontsArray(0).getEastAsia()).isEqualTo("楷体_GB2312");
        // the text is in Chinese: Word's proofing and line breaking follow it
        var lang = plain.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0);
        assertThat(lang.getEastAsia()).isEqualTo("zh-CN");
    }

    @Test
    void levelsThreeAndFourAreBoldOnlyWhereBoldLevelsSaysSo() {
        for (String name : List.of("三级标题", "四级标题", "三级标题 字符", "四级标题 字符")) {
            assertThat(rPr(style(plain, name)).sizeOfBArray()).as(name).isZero();
            assertThat(rPr(style(cover, name)).sizeOfBArray()).as(name + " with bold-levels [3, 4]").isOne();
        }
        assertThat(rPr(style(cover, "二级标题")).sizeOfBArray()).isZero();
    }

    @Test
    void theFontTableNamesTheFacesWordTakesWhereTheOfficeFontsAreMissing() throws Exception {
        PackagePart part = plain.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).get(0);
        String xml = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (FontRole role : FontRole.values()) {
            assertThat(xml).contains("w:name=\"" + role.wordName() + "\"");
        }
        assertThat(xml).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
                .contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>")
                .contains("<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>");
    }

    // ---- structure

    @Test
    void headingsCarryOutlineLevelsOneToFour() {
        assertThat(outlineLevel(style(plain, "一级标题"))).isEqualTo(0);
        assertThat(outlineLevel(style(plain, "二级标题"))).isEqualTo(1);
        assertThat(outlineLevel(style(plain, "三级标题"))).isEqualTo(2);
        assertThat(outlineLevel(style(plain, "四级标题"))).isEqualTo(3);
        List<String> outline = plain.getParagraphs().stream().filter(p -> level(plain, p) >= 0)
                .map(p -> level(plain, p) + " " + headingText(plain, p)).toList();
        assertThat(outline).startsWith("0 一、存在的主要问题", "1 （一）在政治理论学习方面。", "1 （二）在落实上级决策部署方面。",
                "1 （三）在联系服务群众方面", "1 （四）在工作作风方面。", "0 二、问题产生的原因");
        assertThat(outline).contains("2 1.加强理论学习。", "3 （1）建立学习台账。", "0 三、整改措施");
    }

    @Test
    void aRunInHeadingKeepsItsTextInTheSameParagraph() {
        XWPFParagraph p = paragraphStarting(plain, "（一）在政治理论学习方面。");
        assertThat(styleNames(plain).get(p.getStyle())).isEqualTo("公文正文");
        XWPFRun heading = p.getRuns().get(0);
        assertThat(heading.text()).isEqualTo("（一）在政治理论学习方面。");
        assertThat(styleNames(plain).get(heading.getStyle())).isEqualTo("二级标题 字符");
        assertThat(p.getRuns().get(1).text()).startsWith("本人能够坚持参加中心组学习");
        assertThat(p.getRuns().get(1).getStyle()).isEmpty();
        // the character style is linked with its paragraph style, as Word links 标题 2 and 标题 2 字符
        assertThat(style(plain, "二级标题 字符").getCTStyle().getLink().getVal())
                .isEqualTo(style(plain, "二级标题").getStyleId());
    }

    @Test
    void theTitleIsOneParagraphOfBalancedLines() {
        XWPFParagraph title = plain.getParagraphs().get(1);
        String text = "清河镇党委书记周立新2024年度组织生活会个人对照检查材料暨整改落实情况报告";
        List<String> lines = TitleLines.balance(text, PageModel.TITLE_LINE_EM, List.of("周立新", "清河镇党委书记", "清河镇党委"));
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(title.getText()).isEqualTo(String.join("\n", lines));
    }

    @Test
    void theTextIsTheReportsText() {
        String all = plain.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        assertThat(all).contains("按照镇党委关于召开2024年度组织生活会的安排", "二是调查研究不够深入",
                "确保年内完成改造任务，让群众看得见变化、得到真实惠。", "以上是我的对照检查发言，请大家提出批评意见。");
        // Markdown's bold marks were the author's "heading"; they print as nothing
        assertThat(all).doesNotContain("**", "<", "&");
        assertThat(plain.getParagraphs().get(0).getText()).isEqualTo("内部资料 注意保存");
    }

    // ---- signature

    @Test
    void theSignatureIsPlacedAsInThePdf() {
        List<XWPFParagraph> ps = plain.getParagraphs();
        XWPFParagraph issuer = ps.get(ps.size() - 2);
        XWPFParagraph date = ps.get(ps.size() - 1);
        Signature s = Signature.place("清河镇党委书记　周立新", "2025年1月5日");
        assertThat(issuer.getText()).isEqualTo("清河镇党委书记　周立新");
        assertThat(date.getText()).isEqualTo("2025年1月5日");
        assertThat(rightChars(issuer)).isEqualTo(Math.round(s.issuerPad() * 100));
        assertThat(rightChars(date)).isEqualTo(Math.round(s.datePad() * 100));
        // one blank line of the grid above the issuer
        assertThat(issuer.getCTP().getPPr().getSpacing().getBefore()).isEqualTo(BigInteger.valueOf(579));
    }

    /** Word moves the body's last line to the 落款's page rather than let the 落款 open a page alone (as the PDF does). */
    @Test
    void theSignatureKeepsWithTheBodysLastLineAndTheIssuerWithTheDate() {
        List<XWPFParagraph> ps = plain.getParagraphs();
        XWPFParagraph bodyEnd = ps.get(ps.size() - 3);
        assertThat(bodyEnd.getText()).as("the paragraph before the 落款").isNotBlank();
        assertThat(bodyEnd.getCTP().getPPr().isSetKeepNext()).as("%s keeps with the 落款", bodyEnd.getText()).isTrue();
        assertThat(ps.get(ps.size() - 2).getCTP().getPPr().isSetKeepNext()).as("the issuer keeps with the date").isTrue();
        assertThat(ps.get(ps.size() - 1).getCTP().getPPr().isSetKeepNext()).as("the date, the last paragraph").isFalse();
        assertThat(ps.subList(0, ps.size() - 3)).as("no other body paragraph keeps with the next")
                .noneMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext()
                        && p.getStyle() != null && styleNames(plain).get(p.getStyle()).equals("公文正文"));
    }

    @Test
    void anUnderTitleSignatureIsCentredUnderTheTitle() {
        Map<String, String> names = styleNames(underTitle);
        List<XWPFParagraph> ps = underTitle.getParagraphs();
        assertThat(names.get(ps.get(0).getStyle())).isEqualTo("公文标题");
        assertThat(names.get(ps.get(1).getStyle())).isEqualTo("题下署名");
        assertThat(ps.get(1).getText()).isEqualTo("清河镇党委书记　周立新");
        assertThat(ps.get(2).getText()).isEqualTo("（2025年1月5日）");
        assertStyle(underTitle, "题下署名", FontRole.KAITI, 16, STJc.CENTER, 0);
        assertThat(ps.stream().map(p -> names.get(p.getStyle()))).doesNotContain("落款");
    }

    // ---- page

    @Test
    void thePageIsA4WithTheMarginsAndTheGridOfGbt9704() {
        CTSectPr sect = plain.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        // 37, 35, 28 and 26 mm in twips
        assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
        assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
        assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
        assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
        var grid = sect.getDocGrid();
        assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
        assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
        // Word's character pitch: the normal style's 16 pt plus charSpace / 4096 pt; 28 of them fill the line
        double pitch = 16 + grid.getCharSpace().doubleValue() / 4096;
        double width = (11906 - 1587 - 1474) / 20.0;
        assertThat((int) Math.floor(width / pitch)).isEqualTo(28);
        assertThat(22 * 579 / 20.0).isLessThanOrEqualTo((16838 - 2098 - 1984) / 20.0);
        assertThat(rPr(style(plain, "Normal")).getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
    }

    @Test
    void pageNumbersArePageFieldsOnTheOutsideOfOddAndEvenPages() throws Exception {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(plain, plain.getDocument().getBody().getSectPr());
        assertThat(plain.getSettings().getEvenAndOddHeadings()).isTrue();
        assertPageNumber(policy.getDefaultFooter(), STJc.RIGHT);
        assertPageNumber(policy.getEvenPageFooter(), STJc.LEFT);
        XWPFParagraph odd = policy.getDefaultFooter().getParagraphs().get(0);
        assertThat(odd.getCTP().getPPr().getInd().getRightChars()).isEqualTo(BigInteger.valueOf(100));
        XWPFParagraph even = policy.getEvenPageFooter().getParagraphs().get(0);
        assertThat(even.getCTP().getPPr().getInd().getLeftChars()).isEqualTo(BigInteger.valueOf(100));
        assertThat(policy.getFirstPageFooter()).isNull();
    }

    @Test
    void centredPageNumbersNeedOneFooter() {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(underTitle, underTitle.getDocument().getBody().getSectPr());
        assertThat(underTitle.getSettings().getEvenAndOddHeadings()).isFalse();
        assertPageNumber(policy.getDefaultFooter(), STJc.CENTER);
        assertThat(policy.getEvenPageFooter()).isNull();
    }

    @Test
    void aCoverHasNoPageNumberAndTheBodyStartsOnTheNextPage() {
        CTSectPr sect = cover.getDocument().getBody().getSectPr();
        assertThat(sect.isSetTitlePg()).isTrue();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(cover, sect);
        XWPFFooter first = policy.getFirstPageFooter();
        assertThat(first).isNotNull();
        assertThat(first.getText().strip()).isEmpty();
        assertThat(first.getParagraphs().stream().mapToInt(p -> p.getCTP().sizeOfFldSimpleArray()).sum()).isZero();
        XWPFParagraph firstBody = cover.getParagraphs().get(1);
        assertThat(firstBody.getText()).startsWith("按照镇党委");
        assertThat(firstBody.getCTP().getPPr().isSetPageBreakBefore()).isTrue();
    }

    @Test
    void documentPropertiesNameTheReport() {
        var core = plain.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("清河镇党委书记周立新2024年度组织生活会个人对照检查材料暨整改落实情况报告");
        assertThat(core.getCreator()).isEqualTo("周立新");
        assertThat(core.getSubject()).isEqualTo("2024年度组织生活会");
        assertThat(core.getKeywords()).isEqualTo("测试; 版式");
        assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("zh-CN");
    }

    // ---- a unit's template

    @Test
    void aUnitsTemplateKeepsItsStylesAndFootersAndTakesTheContent() throws Exception {
        // a unit's template as a secretary makes one: a document baogao wrote, its body font changed to 18 pt,
        // a header of its own, its text deleted
        XWPFDocument unit = WordFixture.open(WordFixture.docx("layout", layout, dir));
        style(unit, "公文正文").getCTStyle().getRPr().getSzArray(0).setVal(BigInteger.valueOf(36));
        new XWPFHeaderFooterPolicy(unit, unit.getDocument().getBody().getSectPr())
                .createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("青山县委办公室");
        Path templates = Files.createDirectories(dir.resolve("unit-templates"));
        save(unit, templates.resolve("individual.docx"));

        XWPFDocument doc = WordFixture.open(WordFixture.docx(dir.resolve("layout.md"), new WordTemplates(templates)));
        assertThat(rPr(style(doc, "公文正文")).getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(36));
        assertThat(doc.getHeaderList().stream().map(h -> h.getText().strip())).contains("青山县委办公室");
        // the template's own text is gone; the report's is there once
        String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        assertThat(all.split("二是调查研究不够深入", -1)).hasSize(2);
        assertThat(doc.getParagraphs().get(1).getText()).startsWith("清河镇党委书记周立新");
    }

    @Test
    void aTemplateWithoutAStyleTheReportNeedsIsNamedWithTheStyle() throws Exception {
        XWPFDocument unit = WordFixture.open(WordFixture.docx("layout", layout, dir));
        XWPFStyle kaiti = style(unit, "二级标题 字符");
        kaiti.getCTStyle().getName().setVal("我的楷体");
        Path templates = Files.createDirectories(dir.resolve("missing-style"));
        save(unit, templates.resolve("_base.docx"));
        assertThatThrownBy(() -> WordFixture.docx(dir.resolve("layout.md"), new WordTemplates(templates)))
                .isInstanceOf(DocxException.class)
                .hasMessageContaining(templates.resolve("_base.docx").toString())
                .hasMessageContaining("'二级标题 字符'")
                .hasMessageContaining("start from a .docx that baogao wrote");
    }

    @Test
    void aTemplateThatIsNotAWordDocumentIsNamed() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("bad-templates"));
        Files.writeString(templates.resolve("individual.docx"), "这不是 Word 文档");
        assertThatThrownBy(() -> WordFixture.docx(dir.resolve("layout.md"), new WordTemplates(templates)))
                .isInstanceOf(DocxException.class)
                .hasMessageStartingWith(templates.resolve("individual.docx") + ": not a usable Word template")
                .hasMessageContaining("save it again as .docx")
                .hasMessageNotContaining("Exception");
        // a damaged one: a real .docx cut short
        byte[] good = WordFixture.docx("layout", layout, dir);
        Files.write(templates.resolve("individual.docx"), java.util.Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> WordFixture.docx(dir.resolve("layout.md"), new WordTemplates(dir.resolve("bad-templates"))))
                .isInstanceOf(DocxException.class)
                .hasMessageStartingWith(templates.resolve("individual.docx") + ": not a usable Word template");
    }

    // ---- helpers

    static void save(XWPFDocument doc, Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        Files.write(file, out.toByteArray());
    }

    static void assertPageNumber(XWPFFooter footer, STJc.Enum side) {
        assertThat(footer).isNotNull();
        XWPFParagraph p = footer.getParagraphs().get(0);
        assertThat(styleNames(footer.getXWPFDocument()).get(p.getStyle())).isEqualTo("页码");
        assertThat(p.getCTP().getPPr().getJc().getVal()).isEqualTo(side);
        assertThat(p.getCTP().sizeOfFldSimpleArray()).isOne();
        assertThat(p.getCTP().getFldSimpleArray(0).getInstr().strip()).isEqualTo("PAGE");
        // "— N —": the dashes around the field
        assertThat(p.getRuns().get(0).text()).isEqualTo("— ");
        assertThat(p.getRuns().get(p.getRuns().size() - 1).text()).isEqualTo(" —");
    }

    static void assertStyle(XWPFDocument doc, String name, FontRole font, int points, STJc.Enum jc, int firstLineChars) {
        XWPFStyle s = style(doc, name);
        CTRPr r = rPr(s);
        assertThat(r.getRFontsArray(0).getEastAsia()).as(name).isEqualTo(font.wordName());
        assertThat(r.getRFontsArray(0).getAscii()).as(name).isEqualTo(font.wordName());
        assertThat(r.getSzArray(0).getVal()).as(name).isEqualTo(BigInteger.valueOf(points * 2L));
        CTPPrBase p = s.getCTStyle().getPPr();
        assertThat(p.getJc().getVal()).as(name).isEqualTo(jc);
        assertThat(p.getInd().getFirstLineChars()).as(name).isEqualTo(BigInteger.valueOf(firstLineChars));
        assertThat(p.getSpacing().getLineRule()).as(name).isEqualTo(STLineSpacingRule.EXACT);
        if (points == 16) assertThat(p.getSpacing().getLine()).as(name).isEqualTo(BigInteger.valueOf(579));
    }

    static XWPFStyle style(XWPFDocument doc, String name) {
        XWPFStyle s = name.equals("Normal") ? doc.getStyles().getStyle("Normal") : doc.getStyles().getStyleWithName(name);
        assertThat(s).as("style %s", name).isNotNull();
        return s;
    }

    static CTRPr rPr(XWPFStyle s) {
        return s.getCTStyle().getRPr();
    }

    static int outlineLevel(XWPFStyle s) {
        return s.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
    }

    static Map<String, String> styleNames(XWPFDocument doc) {
        return doc.getStyles().getCtStyles().getStyleList().stream()
                .collect(Collectors.toMap(s -> s.getStyleId(), s -> s.getName().getVal()));
    }

    /** The paragraph's outline level as Word computes it: its own, else its style's; -1 for body text. */
    static int level(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetOutlineLvl()) {
            return p.getCTP().getPPr().getOutlineLvl().getVal().intValue();
        }
        XWPFStyle s = doc.getStyles().getStyle(p.getStyle());
        var ppr = s == null ? null : s.getCTStyle().getPPr();
        return ppr != null && ppr.isSetOutlineLvl() ? ppr.getOutlineLvl().getVal().intValue() : -1;
    }

    /** A heading paragraph's text, or a run-in paragraph's heading sentence. */
    static String headingText(XWPFDocument doc, XWPFParagraph p) {
        XWPFRun first = p.getRuns().get(0);
        return first.getStyle().isEmpty() ? p.getText() : first.text();
    }

    static XWPFParagraph paragraphStarting(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    static long rightChars(XWPFParagraph p) {
        return p.getCTP().getPPr().getInd().getRightChars().longValue();
    }
}
