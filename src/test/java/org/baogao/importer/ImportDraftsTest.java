package org.baogao.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.baogao.content.Report;
import org.baogao.markdown.Heading;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Drafts in the encodings and formats offices send them, written for the tests. */
class ImportDraftsTest {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** A draft as an old Windows machine saves it: GB18030, CRLF, 1、 for 1., ASCII quotes, a masked word. */
    static final String GBK_DRAFT = String.join("\r\n",
            "张华同志2023年度民主生活会对照检查材料",
            "",
            "根据要求，本人认真查摆了问题。",
            "一、存在的主要问题",
            "（一）理论学习方面。对\"两个确立\"理解不深，dangshi学得不够。",
            "1、学习不系统",
            "2、学用脱节。工作中用得少。",
            "二、原因剖析",
            "（一）思想方面。本人放松了要求。",
            "三、整改措施",
            "（一）加强学习。每月读一本书。",
            "张华",
            "2024年1月5日",
            "");

    @Test
    void gb18030WithCrLfIsDetectedAndCleaned(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("draft.txt");
        Files.write(input, GBK_DRAFT.getBytes(GB18030));

        ImportReport report = ImportSamplesTest.importer().importFile(input, dir.resolve("content"), false);

        assertThat(report.format()).isEqualTo("GB18030 text, CRLF line ends, one paragraph per line");
        assertThat(report.type()).isEqualTo("individual");
        assertThat(report.inferred()).containsExactly("author: 张华", "date: 2024-01-05");
        assertThat(report.changes()).contains("dangshi → 党史 ×1", "numbers in the standard form (1、 → 1.) ×2",
                "\"…\" → “…” ×1");
        String text = Files.readString(report.output(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(report.output())).as("readable as any file made here, not by its owner alone")
                    .isEqualTo(Files.getPosixFilePermissions(input));
        }
        assertThat(text).startsWith("---\ntitle: 张华同志2023年度民主生活会对照检查材料\ntype: individual\nauthor: 张华\n");
        assertThat(text).contains("date: 2024-01-05\n",
                "\n## 一、存在的主要问题\n",
                "\n**（一）理论学习方面。**对“两个确立”理解不深，党史学得不够。\n",
                "\n#### 1.学习不系统\n",
                "\n**2.学用脱节。**工作中用得少。\n");
        assertThat(text).as("the signature is printed from the front matter").doesNotContain("2024年1月5日");
        Report r = ImportSamplesTest.readBack(report.output());
        RenderedBody body = new MarkdownRenderer().render(r.body());
        assertThat(body.headings()).extracting(Heading::level).containsExactly(1, 2, 3, 3, 1, 2, 1, 2);
    }

    @Test
    void utf8WithBomAndBoldHeadings(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bom.md");
        String md = "# 某某局班子对照检查材料\n\n**一、存在问题**\n\n（一）作风方面\n\n有的同志作风不实。\n";
        byte[] body = md.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(input, bytes);

        ImportReport report = ImportSamplesTest.importer().importFile(input, dir.resolve("out"), false);

        assertThat(report.format()).startsWith("UTF-8 (BOM) text");
        assertThat(report.type()).isEqualTo("group");
        assertThat(report.errors()).as("某某 in the title is a placeholder").isEqualTo(1);
        assertThat(Files.readString(report.output())).contains("\n## 一、存在问题\n", "\n### （一）作风方面\n");
    }

    @Test
    void aWordDocumentKeepsParagraphsBoldTablesAndItsListNumbers(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("张华.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(input)) {
            doc.createParagraph().createRun().setText("张华2023年度民主生活会对照检查材料");
            doc.createParagraph().createRun().setText("根据要求，我认真查摆了问题。");
            bold(doc.createParagraph(), "一、存在的主要问题");
            XWPFParagraph runIn = doc.createParagraph();
            runIn.createRun().setText("（一）学习方面。");
            runIn.getRuns().get(0).setBold(true);
            runIn.createRun().setText("学习不深，");
            XWPFRun strong = runIn.createRun();
            strong.setText("特别是原著");
            strong.setBold(true);
            runIn.createRun().setText("读得少。");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("问题");
            table.getRow(0).getCell(1).setText("时限");
            table.getRow(1).getCell(0).setText("学习不深");
            table.getRow(1).getCell(1).setText("3月底");
            // 二、 and 三、 come from a Word list whose numbers are Chinese counting: they are not in the text
            BigInteger list = chineseList(doc);
            numbered(doc, list, "原因剖析");
            doc.createParagraph().createRun().setText("（一）思想方面。放松了要求。");
            numbered(doc, list, "整改措施");
            doc.createParagraph().createRun().setText("（一）加强学习。每月读书。");
            doc.write(out);
        }
        byte[] before = Files.readAllBytes(input);

        ImportReport report = ImportSamplesTest.importer().importFile(input, dir.resolve("content"), false);

        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(report.output()).isEqualTo(dir.resolve("content/张华.md"));
        assertThat(report.format()).isEqualTo("Word document (.docx)");
        assertThat(report.type()).isEqualTo("individual");
        String text = Files.readString(report.output());
        assertThat(text).contains("title: 张华2023年度民主生活会对照检查材料\n",
                "\n根据要求，我认真查摆了问题。\n",
                "\n## 一、存在的主要问题\n",
                "\n**（一）学习方面。**学习不深，**特别是原著**读得少。\n",
                "\n| 问题 | 时限 |\n| --- | --- |\n| 学习不深 | 3月底 |\n",
                "\n## 二、原因剖析\n",
                "\n## 三、整改措施\n");
        RenderedBody body = new MarkdownRenderer().render(ImportSamplesTest.readBack(report.output()).body());
        assertThat(body.outline()).extracting(Heading::text).containsExactly("一、存在的主要问题", "二、原因剖析", "三、整改措施");
        assertThat(body.html()).contains("<td>3月底</td>", "<strong>特别是原著</strong>");
    }

    private static void bold(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(true);
    }

    @Test
    void whatAReportCannotHoldIsNamedWithWhereItWasNotDroppedSilently(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("李红.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(input)) {
            doc.createParagraph().createRun().setText("李红2023年度民主生活会对照检查材料");
            XWPFParagraph withPicture = doc.createParagraph();
            withPicture.createRun().setText("本人到村里走访群众，现场照片如下。");
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            for (int i = 0; i < 2; i++) {
                withPicture.createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                        org.apache.poi.common.usermodel.PictureType.PNG, "photo.png", 100_000, 100_000);
            }
            XWPFParagraph withNote = doc.createParagraph();
            withNote.createRun().setText("学习篇目见附件");
            var note = doc.createFootnote();
            note.createParagraph().createRun().setText("附件另行印发。");
            withNote.createRun().getCTR().addNewFootnoteReference().setId(note.getCTFtnEdn().getId());
            doc.createParagraph().createRun().setText("一、存在的主要问题");
            doc.write(out);
        }

        ImportReport report = ImportSamplesTest.importer().importFile(input, dir.resolve("content"), false);

        assertThat(report.notImported()).containsExactly("2 pictures (in \"本人到村里走访群众，现场…\")",
                "1 footnote (in \"学习篇目见附件\")");
        assertThat(report.lines()).contains("  not imported, add by hand if needed: 2 pictures (in \"本人到村里走访群众，现场…\"); "
                + "1 footnote (in \"学习篇目见附件\")");
        // the text around them is all there
        assertThat(Files.readString(report.output())).contains("本人到村里走访群众，现场照片如下。", "学习篇目见附件")
                .doesNotContain("footnoteRef");
    }

    private static BigInteger chineseList(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.TWO);
        lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        lvl.addNewLvlText().setVal("%1、");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(absId);
    }

    private static void numbered(XWPFDocument doc, BigInteger list, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    @Test
    void aZipBombIsRefusedWithoutExpandingIt(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bomb.docx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) zip.write(zeros);
            zip.closeEntry();
        }
        Files.write(input, bytes.toByteArray());
        assertThatThrownBy(() -> ImportSamplesTest.importer().importFile(input, dir.resolve("content"), false))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(input + ": not a readable Word document: ")
                .hasMessageContaining("save it again as .docx");
        assertThat(Files.exists(dir.resolve("content"))).isFalse();
    }

    @Test
    void neverOverwritesWithoutForceAndNeverTheDraftItself(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("a.md"), "李四对照检查材料\n\n一、存在的主要问题\n");
        Files.createDirectories(dir.resolve("content"));
        Path existing = Files.writeString(dir.resolve("content/a.md"), "mine");
        assertThatThrownBy(() -> ImportSamplesTest.importer().importFile(input, dir.resolve("content"), false))
                .hasMessage(dir.resolve("content/a.md") + " already exists; nothing was written (--force replaces it)");
        assertThat(Files.readString(existing)).isEqualTo("mine");

        ImportSamplesTest.importer().importFile(input, dir.resolve("content"), true);
        assertThat(Files.readString(existing)).startsWith("---\ntitle: 李四对照检查材料\n");

        assertThatThrownBy(() -> ImportSamplesTest.importer().importFile(input, dir, true))
                .hasMessageContaining("would replace the draft itself");
        assertThat(Files.readString(input)).isEqualTo("李四对照检查材料\n\n一、存在的主要问题\n");
    }

    @Test
    void oldWordFilesAreExplained(@TempDir Path dir) throws Exception {
        Path input = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThatThrownBy(() -> ImportSamplesTest.importer().importFile(input, dir, false))
                .hasMessage(input + ": an old Word (.doc) or WPS file; open it and save it as .docx, then import that");
        assertThat(List.of(dir.toFile().list())).containsExactly("old.doc");
    }
}
