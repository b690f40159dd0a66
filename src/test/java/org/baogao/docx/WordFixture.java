package org.baogao.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.baogao.content.FrontMatterParser;
import org.baogao.print.PrintSettings;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
import org.baogao.layout.Layouts;
import org.baogao.layout.PageModel;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.baogao.fonts.FontStacks;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;

/**
 * A report through the same stages as the build's (front matter, Markdown, the type's layout in
 * print mode) and into a Word document, without fonts: the Word document names fonts, it does not
 * embed them.
 */
final class WordFixture {

    /** The print stylesheet's fonts do not reach the Word document; any names do. */
    private static final FontStacks NO_FONTS = new FontStacks("a", "b", "c", "d", "e", "f", "g");

    private WordFixture() {}

    static byte[] docx(Path markdown, WordTemplates templates) throws Exception {
        return docx(markdown, templates, PrintSettings.DEFAULTS);
    }

    static byte[] docx(Path markdown, WordTemplates templates, PrintSettings project) throws Exception {
        Report report = new FrontMatterParser().parse(new SourceReader().read(markdown, markdown.getFileName().toString()));
        RenderedBody body = new MarkdownRenderer().render(report.body());
        PageModel model = PageModel.of(report.meta(), project.overriddenBy(report.meta().print()), body, "../", "x.pdf",
                NO_FONTS, org.baogao.layout.WebContext.alone(report.meta(), "")).forPrint();
        Layouts layouts = new Layouts(Projects.TEMPLATES);
        return new DocxRenderer(templates).render(model, Jsoup.parse(layouts.renderReport(model)));
    }

    static byte[] docx(String name, String markdown, Path dir) throws Exception {
        Path file = dir.resolve(name + ".md");
        Files.writeString(file, markdown);
        return docx(file, WordTemplates.builtIn());
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
