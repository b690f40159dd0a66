package org.baogao.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.baogao.config.ProjectConfig;
import org.baogao.content.FrontMatterParser;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.docx.DocxException;
import org.baogao.docx.DocxRenderer;
import org.baogao.docx.WordTemplates;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.GlyphCheck;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.layout.PageModel;
import org.baogao.layout.WebContext;
import org.baogao.lint.PublishCheck;
import org.baogao.markdown.LimitExceededException;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.baogao.pdf.PdfRenderer;
import org.baogao.print.PrintSettings;
import org.baogao.publish.Output;
import org.baogao.site.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes one report file through every stage: read and front matter ({@link #prepare}), then
 * Markdown, layout for screen and print, glyph check and PDF ({@link #build}). Its outputs are
 * written only when every stage succeeded, so a broken report is never published half-done. Safe
 * to call from several threads.
 */
public final class ReportBuilder {

    private final SourceReader reader = new SourceReader();
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Layouts layouts;
    private final PrintSettings print;
    private final FontRegistry fonts;
    private final GlyphCheck glyphs;
    private final PdfRenderer pdf;
    private final boolean drafts;
    private final PublishCheck publishCheck;
    private final DocxRenderer docx;
    private final WordTemplates wordTemplates;
    private final boolean allDocx;

    /** Top-level folders of the site that hold the archive's own pages, not reports. */
    static final Set<String> RESERVED = Set.of(SitePaths.BROWSE, "assets");

    /** @param print the project's print settings, which a report's front matter may override */
    public ReportBuilder(Layouts layouts, FontRegistry fonts, BuildOptions options, PrintSettings print) {
        this.layouts = layouts;
        this.print = print;
        this.fonts = fonts;
        this.glyphs = new GlyphCheck(fonts);
        this.pdf = options.pdf()
                ? new PdfRenderer(fonts, options.pdfA(), List.of(options.content(), options.templates())) : null;
        this.drafts = options.drafts();
        this.publishCheck = new PublishCheck(options.glossary(), options.allowPlaceholders());
        this.wordTemplates = new WordTemplates(options.templates());
        this.docx = new DocxRenderer(wordTemplates);
        this.allDocx = options.docx();
    }


    /**
     * What the first stage made of a report file: the report, ready to render, or the outcome
     * that ends it there (it could not be read, or it is a draft that is not published).
     */
    public record Reading(Report report, ReportOutcome settled) {}

    /** Reads and parses a report without rendering it. */
    public Report read(Path file, String relative) throws ReportException {
        return read(reader.read(file, relative));
    }

    private Report read(Source source) throws ReportException {
        Path file = source.file();
        Report report = frontMatter.parse(source);
        String type = report.meta().type();
        if (!layouts.hasType(type)) {
            throw new ReportException(Problem.error(file, typeLine(source),
                    "unknown type '" + type + "'; known types: " + String.join(", ", layouts.types())
                            + " (a type is a template " + layouts.folder().resolve(type + Layouts.EXTENSION) + ")"));
        }
        String top = report.path().split("/", 2)[0];
        if (RESERVED.contains(top)) {
            throw new ReportException(Problem.error(file, 0, "the folder '" + top + "' of the content is reserved for "
                    + "the archive's own pages; move the report to another folder"));
        }
        return report;
    }

    /** The first stage, which never throws: cheap, so that all reports are known before any is rendered. */
    public Reading prepare(Path file, String relative) {
        return prepare(file, relative, null);
    }

    /**
     * The first stage on bytes already read from {@code file} (null: read them now), so that the
     * report is made of exactly the bytes its build hashed.
     */
    public Reading prepare(Path file, String relative, byte[] bytes) {
        long start = System.nanoTime();
        try {
            Report report = read(bytes == null ? reader.read(file, relative) : reader.decode(file, relative, bytes));
            if (report.meta().draft() && !drafts) {
                return new Reading(report, new ReportOutcome(file, ReportOutcome.Status.DRAFT, report, 0, 0,
                        millis(start), report.warnings(), null));
            }
            return new Reading(report, null);
        } catch (ReportException e) {
            return new Reading(null, new ReportOutcome(file, ReportOutcome.Status.FAILED, null, 0, 0, millis(start),
                    List.of(e.problem()), null));
        } catch (RuntimeException | StackOverflowError e) {
            return new Reading(null, new ReportOutcome(file, ReportOutcome.Status.FAILED, null, 0, 0, millis(start),
                    List.of(Problem.error(file, 0, "could not be read: " + describe(e))), null));
        }
    }

    /** Reads and renders one report on its own, outside the archive's order: a preview. */
    public ReportOutcome build(Path file, String relative, Output out) {
        Reading reading = prepare(file, relative);
        if (reading.settled() != null) return reading.settled();
        return build(reading.report(), WebContext.alone(reading.report().meta(), ProjectConfig.DEFAULTS.name()), out);
    }

    /**
     * Renders a report read by {@link #prepare}: its page for the screen, placed in the archive by
     * {@code place}, and its PDF. Both are written only when every stage succeeded.
     */
    public ReportOutcome build(Report report, WebContext place, Output out) {
        long start = System.nanoTime();
        Path file = report.source().file();
        List<Problem> problems = new ArrayList<>(report.warnings());
        try {
            List<Problem> refused = publishCheck.check(report);
            problems.addAll(refused);
            if (refused.stream().anyMatch(Problem::isError)) {
                return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems, null);
            }
            RenderedBody body = markdown.render(report.body());
            PageModel model = model(report, body, place);
            int pages = 0;
            byte[] pdfBytes = null;
            if (pdf != null) {
                Document print = printDocument(layouts.renderReport(model.forPrint()));
                checkGlyphs(report, print);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
                PdfRenderer.Result result = pdf.render(print, report.source().file().getParent(), buffer);
                pages = result.pages();
                pdfBytes = buffer.toByteArray();
                for (String w : result.warnings()) problems.add(Problem.warning(file, 0, "PDF: " + w));
            }
            long size = pdfBytes == null ? 0 : pdfBytes.length;
            String web = layouts.renderReport(model.withWeb(place.withPdf(pages, size)));
            String text = body.text();
            out.write(report.path() + "/index.html", web.getBytes(StandardCharsets.UTF_8));
            if (pdfBytes != null) out.write(report.path() + "/" + report.slug() + ".pdf", pdfBytes);
            return new ReportOutcome(file, ReportOutcome.Status.BUILT, report, pages, size, millis(start), problems, text);
        } catch (ReportException | LayoutException | IOException | RuntimeException | StackOverflowError e) {
            problems.add(renderingProblem(report, e));
        }
        return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems, null);
    }

    /**
     * Renders a report's PDF alone, which does not depend on the report's place in the archive, so
     * that it can start before every report has been read. The outcome carries its pages, size and
     * warnings; its page follows with {@link #buildPage}.
     */
    public ReportOutcome buildPdf(Report report, Output out) {
        long start = System.nanoTime();
        Path file = report.source().file();
        List<Problem> problems = new ArrayList<>();
        try {
            List<Problem> refused = publishCheck.check(report);
            problems.addAll(refused);
            if (refused.stream().anyMatch(Problem::isError)) {
                problems.addAll(0, report.warnings());
                return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems, null);
            }
            RenderedBody body = markdown.render(report.body());
            PageModel model = model(report, body, WebContext.alone(report.meta(), ProjectConfig.DEFAULTS.name()));
            Document print = printDocument(layouts.renderReport(model.forPrint()));
            checkGlyphs(report, print);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
            PdfRenderer.Result result = pdf.render(print, report.source().file().getParent(), buffer);
            for (String w : result.warnings()) problems.add(Problem.warning(file, 0, "PDF: " + w));
            out.write(report.path() + "/" + report.slug() + ".pdf", buffer.toByteArray());
            return new ReportOutcome(file, ReportOutcome.Status.BUILT, report, result.pages(), buffer.size(),
                    millis(start), problems, null);
        } catch (ReportException | LayoutException | IOException | RuntimeException | StackOverflowError e) {
            problems.add(renderingProblem(report, e));
        }
        problems.addAll(0, report.warnings());
        return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems, null);
    }

    /** What became of a report's Word document: written, or not, with what stopped it. */
    public record DocxResult(boolean written, List<Problem> problems) {
        public DocxResult {
            problems = List.copyOf(problems);
        }
    }

    /** Whether a report gets a Word document: {@code --docx}, or {@code outputs} in its settings or the project's. */
    public boolean wantsDocx(Report report) {
        return allDocx || print.overriddenBy(report.meta().print()).docx();
    }

    /** The Word templates this builder fills, for the build cache's keys. */
    public WordTemplates wordTemplates() {
        return wordTemplates;
    }

    /**
     * Renders a report's Word document, {@code <slug>.docx} beside its PDF, from the same print page
     * as the PDF, after the same glyph check. A bad template stops the document only: the report's
     * page and PDF do not depend on it, and the problem names the template and what to do.
     */
    public DocxResult buildDocx(Report report, Output out) {
        Path file = report.source().file();
        try {
            RenderedBody body = markdown.render(report.body());
            PageModel model = model(report, body, WebContext.alone(report.meta(), ProjectConfig.DEFAULTS.name())).forPrint();
            Document print = printDocument(layouts.renderReport(model));
            // the fonts are found only for PDFs; without them there is nothing to check against
            if (pdf != null) checkGlyphs(report, print);
            out.write(report.path() + "/" + report.slug() + ".docx", docx.render(model, print));
            return new DocxResult(true, List.of());
        } catch (DocxException e) {
            return new DocxResult(false, List.of(Problem.error(file, 0, "no Word document: " + e.getMessage())));
        } catch (ReportException | LayoutException | IOException | RuntimeException | StackOverflowError e) {
            return new DocxResult(false, List.of(renderingProblem(report, e)));
        }
    }

    /**
     * Renders a report's page for the screen alone, its PDF being unchanged since an earlier build:
     * the page shows the PDF's {@code pages} and size in {@code place}.
     */
    public ReportOutcome buildPage(Report report, WebContext place, Output out) {
        long start = System.nanoTime();
        Path file = report.source().file();
        List<Problem> problems = new ArrayList<>(report.warnings());
        try {
            RenderedBody body = markdown.render(report.body());
            String web = layouts.renderReport(model(report, body, place));
            out.write(report.path() + "/index.html", web.getBytes(StandardCharsets.UTF_8));
            String text = body.text();
            return new ReportOutcome(file, ReportOutcome.Status.BUILT, report, place.pages(), place.pdfBytes(),
                    millis(start), problems, text, ReportOutcome.Work.PAGE);
        } catch (LayoutException | IOException | RuntimeException | StackOverflowError e) {
            problems.add(renderingProblem(report, e));
        }
        return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, millis(start), problems, null);
    }

    /**
     * Renders a report's page alone, ahead of its build, as a preview server shows it while the
     * PDF is made: after the checks that would refuse the report, with {@code place} showing the
     * PDF of an earlier build.
     */
    public ReportOutcome buildPageAhead(Report report, WebContext place, Output out) {
        List<Problem> refused = publishCheck.check(report);
        if (refused.stream().anyMatch(Problem::isError)) {
            List<Problem> problems = new ArrayList<>(report.warnings());
            problems.addAll(refused);
            return new ReportOutcome(report.source().file(), ReportOutcome.Status.FAILED, report, 0, 0, 0, problems, null);
        }
        ReportOutcome page = buildPage(report, place, out);
        if (refused.isEmpty()) return page;
        List<Problem> problems = new ArrayList<>(page.problems());
        problems.addAll(refused);
        return new ReportOutcome(page.file(), page.status(), report, page.pages(), page.pdfBytes(), page.millis(), problems,
                page.text(), page.work());
    }

    /**
     * Writes a built report's screen page again with a new place in the archive: when a report
     * failed after the others were placed, its neighbours must stop linking to it.
     */
    public void rewritePage(ReportOutcome built, WebContext place, Output out) throws LayoutException, IOException {
        Report report = built.report();
        PageModel model = model(report, markdown.render(report.body()), place.withPdf(built.pages(), built.pdfBytes()));
        out.write(report.path() + "/index.html", layouts.renderReport(model).getBytes(StandardCharsets.UTF_8));
    }

    private PageModel model(Report report, RenderedBody body, WebContext place) {
        String root = "../".repeat(report.path().split("/").length);
        return PageModel.of(report.meta(), print.overriddenBy(report.meta().print()), body, root,
                SitePaths.href(report.slug() + ".pdf"), fonts.stacks(), place);
    }

    /** What went wrong while rendering a report, located as well as the stage that failed knows. */
    private static Problem renderingProblem(Report report, Throwable e) {
        Path file = report.source().file();
        if (e instanceof ReportException r) return r.problem();
        if (e instanceof LayoutException) return Problem.error(file, 0, e.getMessage());
        if (e instanceof LimitExceededException l) {
            return Problem.error(file, report.bodyLine() + l.line() - 1, l.getMessage());
        }
        return Problem.error(file, 0, "could not be rendered: " + describe(e));
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
