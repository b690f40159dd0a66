package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import org.baogao.config.ProjectConfig;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.hash.ContentHash;
import org.baogao.hash.Sha256;
import org.baogao.layout.LayoutException;
import org.baogao.layout.WebContext;
import org.baogao.publish.Output;
import org.baogao.publish.OutputFolder;
import org.baogao.site.Catalogue;
import org.baogao.site.KeyFields;
import org.baogao.text.Messages;

/**
 * The render phase: each report's page, placed among the others, its PDF where reading did not
 * render it, and its Word document when it asks for one; or what the last build made of them,
 * carried over when nothing they show changed. A report that fails here, and was published
 * before, is replaced by its last good version ({@link LastGood}), as one that failed to read was
 * already. Then the pages whose neighbour failed or was replaced are written again, so that no
 * page links to a missing one.
 */
final class RenderPhase {

    private final ReportRenderer renderer;
    private final CheckPhase check;
    private final boolean pdf;
    /** When this build runs, in seconds since 1970: what the cache says of the reports it renders. */
    private final long builtAt;

    RenderPhase(ReportRenderer renderer, CheckPhase check, boolean pdf, long builtAt) {
        this.renderer = renderer;
        this.check = check;
        this.pdf = pdf;
        this.builtAt = builtAt;
    }

    /** Checks a report and renders its PDF, which does not depend on its place in the archive. */
    ReportRenderer.Rendered pdf(Report report, Output out) {
        long start = System.nanoTime();
        CheckPhase.Checked checked = check.check(report);
        if (checked.refused()) return new ReportRenderer.Rendered(CheckPhase.refusal(report, checked, ReportReader.millis(start)), null);
        return renderer.pdf(report, checked, out);
    }

    /** Every report rendered or carried over, in the files' order; the texts of those published kept in the cache. */
    List<Done> run(List<Read> reads, Inputs inputs, BuildCache previous, Catalogue catalogue, LastGood lastGood,
            Progress progress, OutputFolder out, ExecutorService pool, boolean failFast) throws IOException, BuildException {
        List<Callable<Done>> tasks = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            String relative = inputs.relative(inputs.files().get(i));
            String sourceHash = inputs.sourceHashes().get(inputs.files().get(i));
            if (!read.publishable()) {
                ReportOutcome o = read.outcome();
                CachedReport row = o.status() == ReportOutcome.Status.DRAFT
                        ? CachedReport.draft(relative, sourceHash, o.report().meta().type()) : null;
                tasks.add(() -> {
                    progress.finished(o);
                    return new Done(o, row);
                });
                continue;
            }
            CachedReport before = previous.reports.get(relative);
            Report report = read.reading().report();
            Path file = inputs.files().get(i);
            tasks.add(() -> {
                Done d = read.stale() != null ? stale(read, inputs, relative, catalogue, out)
                        : render(read, inputs, relative, sourceHash, before, lastGood.published(relative),
                                catalogue.place(report), out);
                if (d.outcome().failed() && read.stale() == null) {
                    // it failed at its checks or its page: its last good version, if it has one
                    LastGood.Stale s = lastGood.of(file, relative, d.outcome());
                    if (s != null) d = stale(Read.of(s), inputs, relative, catalogue, out);
                }
                CachePhase.storeText(d, out);
                LastGood.store(d, out);
                progress.finished(d.outcome());
                return d;
            });
        }
        return new ArrayList<>(Tasks.runAll(pool, tasks, failFast ? d -> d.outcome().failed() ? d.outcome() : null : null));
    }

    /** Renders what must be rendered of one report, and carries over what need not; with its Word document. */
    /** @param published what the published archive holds of it, which an HTML-only build may keep the PDF of, even with {@code --clean} */
    private Done render(Read read, Inputs inputs, String relative, String sourceHash, CachedReport before,
            CachedReport published, WebContext place, OutputFolder out) throws IOException {
        Report report = read.reading().report();
        String printKey = read.printKey();
        String docxKey = inputs.docxKey(printKey, report.meta().type());
        if (read.pdf() != null) {
            ReportOutcome pdf = read.pdf();
            WordOutput word = word(report, docxKey, before, out);
            WebContext placed = word.link(place.withPdf(pdf.pages(), pdf.pdfBytes()));
            ReportOutcome page = renderer.page(report, read.body(), placed, out);
            List<Problem> problems = new ArrayList<>(page.problems());
            problems.addAll(pdf.problems());
            problems.addAll(word.problems());
            if (page.failed()) {
                out.remove(report.files().pdf());
                out.remove(report.files().docx());
                return new Done(new ReportOutcome(page.file(), page.status(), report, 0, 0, pdf.millis() + page.millis(),
                        problems, null), null);
            }
            ReportOutcome o = new ReportOutcome(page.file(), page.status(), report, pdf.pages(), pdf.pdfBytes(),
                    pdf.millis() + page.millis(), problems, page.text(), ReportOutcome.Work.RENDERED);
            return done(o, relative, sourceHash, printKey, webKey(report, placed), word);
        }
        if (before != null && !before.draft() && before.printKey().equals(printKey) && before.path().equals(report.path())
                && (before.pdfName().isEmpty() || out.carry(before.path() + "/" + before.pdfName()))) {
            WordOutput word = word(report, docxKey, before, out);
            WebContext placed = word.link(place.withPdf(before.pages(), before.pdfBytes()));
            String webKey = webKey(report, placed);
            if (webKey.equals(before.webKey()) && out.carry(report.files().page())) {
                return reused(report, before, word);
            }
            return done(withWord(renderer.page(report, placed, out), word, out), relative, sourceHash, printKey, webKey,
                    word);
        }
        if (!pdf && published != null && !published.draft() && !published.pdfName().isEmpty()
                && published.path().equals(report.path())
                && published.printKey().equals(inputs.pdfPrintKey(sourceHash, report.meta().type()))
                && out.carry(published.path() + "/" + published.pdfName())) {
            return withKeptPdf(report, relative, sourceHash, before, published, place, docxKey, out);
        }
        long start = System.nanoTime();
        CheckPhase.Checked checked = check.check(report);
        if (checked.refused()) return new Done(CheckPhase.refusal(report, checked, ReportReader.millis(start)), null);
        WordOutput word = word(report, docxKey, before, out);
        ReportOutcome o = withWord(renderer.pageAndPdf(report, checked, word.link(place), out), word, out);
        return done(o, relative, sourceHash, printKey,
                webKey(report, word.link(place.withPdf(o.pages(), o.pdfBytes()))), word);
    }

    /**
     * A report's Word document: carried over when what it is made of (its key) is unchanged, else
     * written now; none when the report does not ask for one.
     */
    private WordOutput word(Report report, String docxKey, CachedReport before, OutputFolder out) throws IOException {
        if (!renderer.wantsDocx(report)) return WordOutput.NONE;
        String name = report.files().docxName();
        if (before != null && !before.draft() && docxKey.equals(before.docxKey()) && before.path().equals(report.path())
                && out.carry(report.files().docx())) {
            return new WordOutput(name, docxKey, false, List.of());
        }
        Optional<Problem> stopped = renderer.docx(report, out);
        return stopped.isEmpty() ? new WordOutput(name, docxKey, true, List.of())
                : new WordOutput("", CachedReport.DOCX_FAILED, true, List.of(stopped.get()));
    }

    /**
     * The outcome of a report's page (and PDF) with what its Word document met; a report whose page
     * failed has none published. A problem both met (a character no font has) is said once.
     */
    private static ReportOutcome withWord(ReportOutcome o, WordOutput word, OutputFolder out) throws IOException {
        if (o.failed()) out.remove(o.report().files().docx());
        if (word.problems().isEmpty()) return o;
        List<Problem> problems = new ArrayList<>(o.problems());
        for (Problem p : word.problems()) if (!problems.contains(p)) problems.add(p);
        return new ReportOutcome(o.file(), o.status(), o.report(), o.pages(), o.pdfBytes(), o.millis(), problems, o.text(),
                o.work());
    }

    /** A report whose page and PDF are carried over as the last build made them, with its Word document. */
    private static Done reused(Report report, CachedReport before, WordOutput word) {
        List<Problem> problems = new ArrayList<>(report.warnings());
        problems.addAll(word.problems());
        // a Word document made again (its template changed) is work done, and its problems are news
        ReportOutcome o = new ReportOutcome(report.source().file(), ReportOutcome.Status.BUILT, report, before.pages(),
                before.pdfBytes(), 0, problems, null, word.made() ? ReportOutcome.Work.RENDERED : ReportOutcome.Work.REUSED);
        return new Done(o, before.withDocx(word.name(), word.key()));
    }

    /**
     * An HTML-only build of a report whose PDF is as a build with PDFs would make it now (the same
     * source, templates, settings and fonts): the PDF stays published, and linked, so that a quick
     * preview does not take the printed documents out of the archive. Its row keeps the PDF's key.
     */
    private Done withKeptPdf(Report report, String relative, String sourceHash, CachedReport before, CachedReport kept,
            WebContext place, String docxKey, OutputFolder out) throws IOException {
        WordOutput word = word(report, docxKey, before, out);
        WebContext placed = word.link(place.withPdf(kept.pages(), kept.pdfBytes()));
        String webKey = webKey(report, placed);
        if (before != null && webKey.equals(before.webKey()) && out.carry(report.files().page())) {
            return reused(report, before, word);
        }
        ReportOutcome page = withWord(renderer.page(report, placed, out), word, out);
        if (page.failed()) {
            out.remove(report.files().pdf());
            return new Done(page, null);
        }
        ReportOutcome o = new ReportOutcome(page.file(), page.status(), report, kept.pages(), kept.pdfBytes(), page.millis(),
                page.problems(), page.text(), ReportOutcome.Work.PAGE);
        return done(o, relative, sourceHash, kept.printKey(), webKey, word, kept.pdfName());
    }

    private Done done(ReportOutcome o, String relative, String sourceHash, String printKey, String webKey, WordOutput word) {
        return done(o, relative, sourceHash, printKey, webKey, word, pdf ? o.report().files().pdfName() : "");
    }

    private Done done(ReportOutcome o, String relative, String sourceHash, String printKey, String webKey, WordOutput word,
            String pdfName) {
        if (o.status() != ReportOutcome.Status.BUILT) return new Done(o, null);
        Report r = o.report();
        byte[] text = o.text().getBytes(StandardCharsets.UTF_8);
        return new Done(o, new CachedReport(relative, sourceHash, CachedReport.State.PUBLISHED, r.meta().type(), printKey,
                webKey, r.path(), pdfName, o.pages(), o.pdfBytes(), ContentHash.of(text), word.name(), word.key(), builtAt), text);
    }

    /**
     * The last good version of a report that fails now: its PDF kept, its page placed among the
     * others and marked stale; the report's errors of now are its outcome's, with a warning that
     * says what stays published. When not even that version's page can be made, the failure.
     */
    private Done stale(Read read, Inputs inputs, String relative, Catalogue catalogue, OutputFolder out) throws IOException {
        LastGood.Stale s = read.stale();
        CachedReport lastGood = s.lastGood();
        String since = LastGood.since(lastGood);
        WebContext place = catalogue.place(read.reading().report()).stale(since);
        Done d = render(read, inputs, relative, lastGood.sourceHash(), lastGood, lastGood, place, out);
        if (!d.published()) return new Done(s.failure(), null);
        ReportOutcome o = d.outcome();
        List<Problem> problems = new ArrayList<>(s.failure().problems());
        problems.add(Problem.warning(s.failure().file(), 0, Messages.get("build.kept-stale", since)));
        ReportOutcome kept = new ReportOutcome(s.failure().file(), ReportOutcome.Status.STALE, o.report(), o.pages(),
                o.pdfBytes(), s.failure().millis() + o.millis(), problems, o.text(), o.work());
        return new Done(kept, d.cached().staleSince(lastGood.builtAt()), d.text());
    }

    /**
     * What a report's page shows besides what its print key covers: its place in the archive. A
     * page is kept only with its print key unchanged too; the print key is not in it because the
     * cache keeps print keys made again after rendering (see {@link CachePhase#write}).
     */
    private static String webKey(Report report, WebContext placed) {
        return KeyFields.add(new Sha256().add(report.path()), placed).hex();
    }

    /**
     * Whether the reports in the archive are not those the pages were placed among: some failed
     * after reading, or were replaced by their last good version.
     */
    static boolean placesChanged(List<Report> placedAmong, List<Done> done) {
        List<Report> now = done.stream().filter(Done::published).map(d -> d.outcome().report()).toList();
        if (now.size() != placedAmong.size()) return true;
        for (int i = 0; i < now.size(); i++) if (now.get(i) != placedAmong.get(i)) return true;
        return false;
    }

    /**
     * Rewrites the pages whose place among the reports that are in the archive differs from the
     * one they were rendered with (a neighbour failed, or is its last good version; what they
     * share with the others changed with them), so that no page links to a missing one, and what
     * the cache says of them; {@code done} is changed in place.
     */
    void placeAgain(Catalogue before, List<Done> done, ProjectConfig config, SimilarPhase similar, OutputFolder out)
            throws LayoutException, IOException {
        List<Done> published = done.stream().filter(Done::published).toList();
        List<Report> reports = published.stream().map(d -> d.outcome().report()).toList();
        // what the reports share is checked again among those that are in the archive: no panel links to a missing page
        Catalogue after = new Catalogue(config, reports, before.similar().checked() ? similar.run(reports) : before.similar());
        for (Done d : published) {
            ReportOutcome o = d.outcome();
            WebContext now = place(after, d);
            if (now.equals(place(before, d))) continue;
            renderer.rewritePage(o, now, out);
            CachedReport rewritten = d.cached().withWebKey(webKey(o.report(), now.withPdf(o.pages(), o.pdfBytes())));
            done.set(done.indexOf(d), new Done(o, rewritten, d.text()));
        }
    }

    /** A published report's place in {@code catalogue}, marked stale when it is its last good version. */
    private static WebContext place(Catalogue catalogue, Done d) {
        CachedReport c = d.cached();
        WebContext place = catalogue.place(d.outcome().report()).withDocx(c.docxName().isEmpty() ? null : c.docxName());
        return c.stale() ? place.stale(LastGood.since(c)) : place;
    }
}
