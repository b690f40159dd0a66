package org.baogao.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.layout.ChineseDate;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.layout.PageModel;
import org.baogao.lint.PublishCheck;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.baogao.pdf.FontRegistry;
import org.baogao.pdf.GlyphCheck;
import org.baogao.pdf.PdfRenderer;
import org.baogao.site.OutputFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes one report file through every stage: read, front matter, Markdown, layout for screen and
 * print, glyph check, PDF. Its outputs are written only when every stage succeeded, so a broken
 * report is never published half-done. Safe to call from several threads.
 */
public final class ReportBuilder {

    private final SourceReader reader = new SourceReader();
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Layouts layouts;
    private final FontRegistry fonts;
    private final GlyphCheck glyphs;
    private final PdfRenderer pdf;
    private final boolean drafts;
    private final PublishCheck publishCheck;

    public ReportBuilder(Layouts layouts, FontRegistry fonts, BuildOptions options) {
        this.layouts = layouts;
        this.fonts = fonts;
        this.glyphs = new GlyphCheck(fonts);
        this.pdf = options.pdf() ? new PdfRenderer(fonts, options.pdfA()) : null;
        this.drafts = options.drafts();
        this.publishCheck = new PublishCheck(options.glossary(), options.allowPlaceholders());
    }

    /** Reads and parses a report without rendering it. */
    public Report read(Path file, String relative) throws ReportException {
        Source source = reader.read(file, relative);
        Report report = frontMatter.parse(source);
        String type = report.meta().type();
        if (!layouts.hasType(type)) {
            throw new ReportException(Problem.error(file, typeLine(source),
                    "unknown type '" + type + "'; known types: " + String.join(", ", layouts.types())
                            + " (a type is a template " + layouts.folder().resolve(type + Layouts.EXTENSION) + ")"));
        }
        return report;
    }

    /** Where a report's files go: a build's staging folder, or the folder a preview server serves. */
    @FunctionalInterface
    public interface Output {
        /** Writes a file below the output folder; {@code relative} uses forward slashes. */
        void write(String relative, byte[] bytes) throws IOException;
    }

    public ReportOutcome build(Path file, String relative, OutputFolder out) {
        return build(file, relative, (Output) out::write);
    }

    public ReportOutcome build(Path file, String relative, Output out) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Report report = null;
        try {
            report = read(file, relative);
            problems.addAll(report.warnings());
            if (report.meta().draft() && !drafts) {
                return new ReportOutcome(file, ReportOutcome.Status.DRAFT, report, 0, 0, millis(start), problems);
            }
            List<Problem> refused = publishCheck.check(report);
            problems.addAll(refused);
            if (refused.stream().anyMatch(Problem::isError)) {
                return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems);
            }
            RenderedBody body = markdown.render(report.body());
            String root = "../".repeat(report.path().split("/").length);
            PageModel model = new PageModel(report.meta(), ChineseDate.format(report.meta().date()), body.html(),
                    body.outline(), "web", root, report.slug() + ".pdf", fonts.stacks());
            String web = layouts.renderReport(model);
            int pages = 0;
            byte[] pdfBytes = null;
            if (pdf != null) {
                Document print = printDocument(layouts.renderReport(model.forPrint()));
                checkGlyphs(report, print);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
                PdfRenderer.Result result = pdf.render(print, buffer);
                pages = result.pages();
                pdfBytes = buffer.toByteArray();
                for (String w : result.warnings()) problems.add(Problem.warning(file, 0, "PDF: " + w));
            }
            out.write(report.path() + "/index.html", web.getBytes(StandardCharsets.UTF_8));
            if (pdfBytes != null) out.write(report.path() + "/" + report.slug() + ".pdf", pdfBytes);
            return new ReportOutcome(file, ReportOutcome.Status.BUILT, report, pages,
                    pdfBytes == null ? 0 : pdfBytes.length, millis(start), problems);
        } catch (ReportException e) {
            problems.add(e.problem());
        } catch (LayoutException e) {
            problems.add(Problem.error(file, 0, e.getMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.add(Problem.error(file, 0, "could not be rendered: " + describe(e)));
        }
        return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems);
    }

    /** The print page as the renderer wants it: bookmarks in the head, where the HTML parser will not put them. */
    static Document printDocument(String html) {
        Document doc = Jsoup.parse(html);
        Element bookmarks = doc.selectFirst("bookmarks");
        if (bookmarks != null) doc.head().appendChild(bookmarks);
        return doc;
    }

    private void checkGlyphs(Report report, Document print) throws ReportException {
        List<Integer> missing = glyphs.missing(print.title() + print.body().text());
        if (missing.isEmpty()) return;
        int cp = missing.get(0);
        String text = report.source().text();
        int at = text.indexOf(new String(Character.toChars(cp)));
        int line = at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        StringBuilder chars = new StringBuilder(GlyphCheck.describe(cp));
        for (int i = 1; i < Math.min(missing.size(), 5); i++) chars.append(", ").append(GlyphCheck.describe(missing.get(i)));
        if (missing.size() > 5) chars.append(" and ").append(missing.size() - 5).append(" more");
        throw new ReportException(Problem.error(report.source().file(), line,
                "character " + chars + " is in none of the fonts and would print as '#'; "
                        + "remove it, or add a font that has it (see 'baogao fonts')"));
    }

    private static int typeLine(Source source) {
        String[] lines = source.text().split("\n", 64);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("type:")) return i + 1;
        }
        return 1;
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) return "the document is nested too deeply";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
