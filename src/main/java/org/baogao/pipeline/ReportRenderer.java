package org.baogao.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.baogao.config.ProjectConfig;
import org.baogao.content.FolderJail;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.docx.DocxException;
import org.baogao.docx.DocxRenderer;
import org.baogao.docx.WordTemplates;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.GlyphCheck;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.layout.PageModel;
import org.baogao.layout.SimilarPanel;
import org.baogao.layout.WebContext;
import org.baogao.markdown.LimitExceededException;
import org.baogao.markdown.MarkdownRenderer;
import org.baogao.markdown.RenderedBody;
import org.baogao.pdf.LayoutTimeoutException;
import org.baogao.pdf.PdfRenderer;
import org.baogao.pdf.TextOffPageException;
import org.baogao.print.PrintSettings;
import org.baogao.publish.Output;
import org.baogao.site.SharedMarks;
import org.baogao.site.SitePaths;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

/**
 * Renders one checked report: its body through Markdown and the Chinese structure pass, its page
 * for the screen placed in the archive, its PDF ({@code pdf} null: no PDFs are built) and its Word
 * document. What is written is written only when every stage succeeded; what fails becomes the
 * report's failed outcome, located as well as the stage that failed knows.
 *
 * @param docxForAll every report has a Word document ({@code --docx}), whatever its settings say
 */
record ReportRenderer(MarkdownRenderer markdown, Layouts layouts, PrintSettings print, FontRegistry fonts,
        GlyphCheck glyphs, PdfRenderer pdf, DocxRenderer docx, boolean docxForAll) {

    /**
     * @param print the project's print settings, which a report's front matter may override
     * @return a renderer of PDFs too when the options ask for them
     */
    static ReportRenderer of(Layouts layouts, FontRegistry fonts, BuildOptions options, PrintSettings print) {
        PdfRenderer pdf = options.pdf()
                ? new PdfRenderer(fonts, options.pdfA(), FolderJail.of(List.of(options.content(), options.templates()))::contains)
                : null;
        return new ReportRenderer(new MarkdownRenderer(), layouts, print, fonts, new GlyphCheck(fonts), pdf,
                new DocxRenderer(new WordTemplates(options.templates())), options.docx());
    }

    /** Whether a report has a Word document: {@code --docx}, or {@code outputs} in its front matter or the project's. */
    boolean wantsDocx(Report report) {
        return docxForAll || print.overriddenBy(report.meta().print()).docx();
    }

    /**
     * Renders a report's page for the screen, placed in the archive by {@code place}, and its PDF
     * when PDFs are built. {@code checked} is what the checks found, and did not refuse.
     */
    ReportOutcome pageAndPdf(Report report, CheckPhase.Checked checked, WebContext place, Output out) {
        long start = System.nanoTime();
        Path file = report.source().file();
        List<Problem> problems = new ArrayList<>(report.warnings());
        problems.addAll(checked.problems());
        try {
            RenderedBody body = markdown.render(report.body(), checked.body());
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
                for (String w : result.warnings()) problems.add(Problem.warning(file, 0, Messages.get("pdf.warning", w)));
            }
            long size = pdfBytes == null ? 0 : pdfBytes.length;
            String web = layouts.renderReport(screen(report, model.withWeb(place.withPdf(pages, size))));
            String text = body.text();
            out.write(report.files().page(), web.getBytes(StandardCharsets.UTF_8));
            if (pdfBytes != null) out.write(report.files().pdf(), pdfBytes);
            return new ReportOutcome(file, ReportOutcome.Status.BUILT, report, pages, size, ReportReader.millis(start),
                    problems, text);
        } catch (ReportException | LayoutException | IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.add(renderingProblem(report, e));
        }
        return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, ReportReader.millis(start), problems, null);
    }

    /**
     * A report's PDF rendered alone: its outcome, and the body it was rendered from (null when
     * it failed), which its page is made of too, so that the Markdown is rendered once.
     */
    record Rendered(ReportOutcome outcome, RenderedBody body) {}

    /**
     * Renders a report's PDF alone, which does not depend on the report's place in the archive, so
     * that it can start before every report has been read. The outcome carries its pages, size and
     * warnings (what the checks found first); its page follows with {@link #page}.
     */
    Rendered pdf(Report report, CheckPhase.Checked checked, Output out) {
        long start = System.nanoTime();
        Path file = report.source().file();
        List<Problem> problems = new ArrayList<>(checked.problems());
        try {
            RenderedBody body = markdown.render(report.body(), checked.body());
            // a print page shows nothing of the report's place in the archive
            PageModel model = model(report, body, WebContext.alone(report.meta(), ProjectConfig.DEFAULTS.name()));
            Document print = printDocument(layouts.renderReport(model.forPrint()));
            checkGlyphs(report, print);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
            PdfRenderer.Result result = pdf.render(print, report.source().file().getParent(), buffer);
            for (String w : result.warnings()) problems.add(Problem.warning(file, 0, Messages.get("pdf.warning", w)));
            out.write(report.files().pdf(), buffer.toByteArray());
            return new Rendered(new ReportOutcome(file, ReportOutcome.Status.BUILT, report, result.pages(), buffer.size(),
                    ReportReader.millis(start), problems, null), body);
        } catch (ReportException | LayoutException | IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.add(renderingProblem(report, e));
        }
        problems.addAll(0, report.warnings());
        return new Rendered(new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, ReportReader.millis(start), problems, null), null);
    }

    /**
     * Renders a report's Word document from the same print page as its PDF, after the same glyph
     * check (when the fonts were looked for, as they are for PDFs). A bad Word template stops the
     * document alone: the problem names the template and says what to do.
     *
     * @return what stopped it; empty when it was written
     */
    Optional<Problem> docx(Report report, Output out) {
        try {
            RenderedBody body = markdown.render(report.body());
            PageModel model = model(report, body, WebContext.alone(report.meta(), ProjectConfig.DEFAULTS.name())).forPrint();
            Document print = printDocument(layouts.renderReport(model));
            if (pdf != null) checkGlyphs(report, print);
            out.write(report.files().docx(), docx.render(model, print));
            return Optional.empty();
        } catch (DocxException e) {
            return Optional.of(Problem.error(report.source().file(), 0, Messages.get("docx.not-written", Causes.of(e))));
        } catch (ReportException | LayoutException | IOException | RuntimeException | StackOverflowError e) {
            return Optional.of(renderingProblem(report, e));
        }
    }

    /**
     * Renders a report's page for the screen alone, its PDF being rendered apart or unchanged since
     * an earlier build: the page shows the PDF's {@code pages} and size in {@code place}.
     */
    ReportOutcome page(Report report, WebContext place, Output out) {
        return page(report, null, place, out);
    }

    /** @param rendered the report's body as its PDF was rendered from it; null: rendered here */
    ReportOutcome page(Report report, RenderedBody rendered, WebContext place, Output out) {
        long start = System.nanoTime();
        Path file = report.source().file();
        List<Problem> problems = new ArrayList<>(report.warnings());
        try {
            RenderedBody body = rendered != null ? rendered : markdown.render(report.body());
            String web = layouts.renderReport(screen(report, model(report, body, place)));
            out.write(report.files().page(), web.getBytes(StandardCharsets.UTF_8));
            String text = body.text();
            return new ReportOutcome(file, ReportOutcome.Status.BUILT, report, place.pages(), place.pdfBytes(),
                    ReportReader.millis(start), problems, text, ReportOutcome.Work.PAGE);
        } catch (LayoutException | IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.add(renderingProblem(report, e));
        }
        return new ReportOutcome(file, ReportOutcome.Status.FAILED, report, 0, 0, ReportReader.millis(start), problems, null);
    }

    /**
     * Writes a built report's screen page again with a new place in the archive: when a report
     * failed after the others were placed, its neighbours must stop linking to it.
     */
    void rewritePage(ReportOutcome built, WebContext place, Output out) throws LayoutException, IOException {
        Report report = built.report();
        PageModel model = model(report, markdown.render(report.body()), place.withPdf(built.pages(), built.pdfBytes()));
        out.write(report.files().page(), layouts.renderReport(screen(report, model)).getBytes(StandardCharsets.UTF_8));
    }

    /** A screen page's model with the passages its report shares with others marked in its body, to be shown on request. */
    private static PageModel screen(Report report, PageModel model) {
        SimilarPanel panel = model.web().similar();
        if (panel == null || panel.marks().isEmpty()) return model;
        return model.withBody(SharedMarks.mark(model.body(), report.body(), panel.marks()));
    }

    private PageModel model(Report report, RenderedBody body, WebContext place) {
        String root = "../".repeat(report.path().split("/").length);
        return PageModel.of(report.meta(), print.overriddenBy(report.meta().print()), body, root,
                SitePaths.href(report.files().pdfName()), fonts.stacks(), place);
    }

    /**
     * What went wrong while rendering a report, located as well as the stage that failed knows.
     *
     * @throws BrokenTemplateException when it was not the report but a template that no report can use
     */
    static Problem renderingProblem(Report report, Throwable e) {
        if (e instanceof LayoutException l && l.brokenTemplate()) throw new BrokenTemplateException(l);
        if (e instanceof BrokenTemplateException b) throw b;
        Path file = report.source().file();
        if (e instanceof ReportException r) return r.problem();
        if (e instanceof LayoutException) return Problem.error(file, 0, e.getMessage());
        if (e instanceof LimitExceededException l) {
            return Problem.error(file, report.bodyLine() + l.line() - 1, l.getMessage());
        }
        if (e instanceof TextOffPageException off) {
            return Problem.error(file, lineOf(report, off.text()), Messages.get("layout.off-page", excerpt(off.text())));
        }
        if (e instanceof LayoutTimeoutException slow) {
            return Problem.error(file, lineOf(report, slow.text()),
                    Messages.get("layout.timeout-near", slow.getMessage(), excerpt(slow.text())));
        }
        return Problem.error(file, 0, Messages.get("render.failed", describe(e)));
    }

    /** The print page as the renderer wants it: bookmarks in the head, where the HTML parser will not put them. */
    static Document printDocument(String html) {
        Document doc = Jsoup.parse(html);
        Element bookmarks = doc.selectFirst("bookmarks");
        if (bookmarks != null) doc.head().appendChild(bookmarks);
        return doc;
    }

    /**
     * The line of the report's file where {@code text} (as rendered, so perhaps not exactly as
     * written) starts, found by its first few characters; 0 when it is not found.
     */
    private static int lineOf(Report report, String text) {
        String source = report.source().text();
        String t = text == null ? "" : text.strip();
        for (int length = Math.min(t.length(), 16); length > 0; length /= 2) {
            int at = source.indexOf(t.substring(0, length));
            if (at >= 0) return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }
        return 0;
    }

    /** The start of a long text, for a message. */
    private static String excerpt(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    private void checkGlyphs(Report report, Document print) throws ReportException {
        List<Integer> missing = glyphs.missing(print.title() + print.body().text());
        if (missing.isEmpty()) return;
        int cp = missing.get(0);
        int line = lineOf(report, new String(Character.toChars(cp)));
        String chars = GlyphCheck.describe(cp);
        for (int i = 1; i < Math.min(missing.size(), 5); i++) chars = Messages.get("render.list", chars, GlyphCheck.describe(missing.get(i)));
        if (missing.size() > 5) chars = Messages.get("render.chars-more", chars, missing.size() - 5);
        // the lint's message: the build and the check say it alike
        throw new ReportException(Problem.error(report.source().file(), line,
                Messages.get("lint.unprintable", chars, Invocation.command())));
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) return RenderMemory.outOfMemory();
        return Causes.of(e);
    }
}
