package org.baogao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.ReportOutcome;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The widths read from a rendered report's font dictionaries are PDFBox's, code for code. */
@Tag("pdf")
class CidWidthsTest {

    @TempDir
    static Path dir;

    @Test
    void everyFontOfARenderedReportMeasuresAsPdfBoxMeasuresIt() throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Projects.write(project.resolve("content/2024/wang.md"), """
                ---
                title: 王五2023年度民主生活会个人对照检查材料
                type: individual
                author: 王五
                post: 县委副书记
                meeting: 2023年度民主生活会
                date: 2024-01-16
                ---

                ## 一、存在的主要问题

                **（一）在理论学习方面。**学习不够深入，ABC 123，“引号”、顿号。

                ## 二、整改措施

                今后要加强学习。
                """);
        BuildResult result = Projects.build(Projects.options(project));
        assertThat(result.reports()).as(Projects.errors(result)).allMatch(o -> o.status() == ReportOutcome.Status.BUILT);
        List<Path> pdfs;
        try (var all = Files.walk(project.resolve("site"))) {
            pdfs = all.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).isNotEmpty();
        int fonts = 0;
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : doc.getPages()) {
                    COSDictionary dicts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                    if (dicts == null) continue;
                    for (COSName name : dicts.keySet()) {
                        var read = CidWidths.of(dicts.getCOSDictionary(name));
                        if (read.isEmpty()) continue;
                        fonts++;
                        PDFont font = page.getResources().getFont(name);
                        // a face the page draws only a space or two with may name no width at all
                        int last = Math.max(16, lastCid(dicts.getCOSDictionary(name)));
                        for (int cid = 0; cid <= last + 3; cid++) {
                            assertThat(read.get().width(cid)).as(pdf + " " + name.getName() + " " + cid).isEqualTo(font.getWidth(cid));
                        }
                        byte[] codes = {0, 3, 0, 1, 0, (byte) last};
                        assertThat(read.get().width(codes)).contains(font.getWidth(3) + font.getWidth(1) + font.getWidth(last & 0xff));
                        assertThat(read.get().width(new byte[] {0, 3, 0})).isEmpty();
                    }
                }
            }
        }
        assertThat(fonts).as("Type 0 fonts in Identity-H").isPositive();
    }

    /**
     * A bound above every code the font's {@code /W} names: its largest number (widths included), so
     * that codes it does not name, which take {@code /DW}, are compared too.
     */
    private static int lastCid(COSDictionary type0) {
        COSDictionary cid = (COSDictionary) type0.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
        COSArray w = cid.getCOSArray(COSName.W);
        int last = 0;
        if (w == null) return last;
        for (int i = 0; i < w.size(); i++) {
            if (w.getObject(i) instanceof COSNumber n) last = Math.max(last, n.intValue());
            if (i > 0 && w.getObject(i) instanceof COSArray a && w.getObject(i - 1) instanceof COSNumber start) {
                last = Math.max(last, start.intValue() + a.size() - 1);
            }
        }
        return last;
    }
}
