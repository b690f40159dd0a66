package org.baogao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The render phase: each report's page, placed among the others, and its PDF where reading did
 * not render it; or what the last build made of them, carried over when nothing they show
 * changed. Then the pages whose neighbour failed are written again, so that no page links to a
 * missing one.
 */
final class RenderPhase {

    private final ReportRenderer renderer;
    private final CheckPhase check;
    private final boolean pdf;

    RenderPhase(ReportRenderer renderer, CheckPhase check, boolean pdf) {
        this.renderer = renderer;
        this.check = check;
        this.pdf = pdf;
    }

    /** Checks a report and renders its PDF, which does not depend on its place in the archive. */
    ReportOutcome pdf(Report report, Output out) {
        long start = System.nanoTime();
        CheckPhase.Checked checked = check.check(report);
        if (checked.refused()) return CheckPhase.refusal(report, checked, ReportReader.millis(start));
        return renderer.pdf(report, checked, out);
    }

    /** Every report rendered or carried over, in the files' order; the texts of those published kept in the cache. */
    List<Done> run(List<Read> reads, Inputs inputs, BuildCache previous, Catalogue catalogue, Progress progress,
            OutputFolder out, ExecutorService pool, boolean failFast) throws IOException, BuildException {
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
            tasks.add(() -> {
                Done d = render(read, relative, sourceHash, before, catalogue.place(report), out);
                CachePhase.storeText(d, out);
                progress.finished(d.outcome());
                return d;
            });
        }
        return new ArrayList<>(Tasks.runAll(pool, tasks, failFast ? d -> d.outcome().failed() ? d.outcome() : null : null));
    }

    /** Renders what must be rendered of one report, and carries over what need not. */
    private Done render(Read read, String relative, String sourceHash, CachedReport before, WebContext place,
            OutputFolder out) throws IOException {
        Report report = read.reading().report();
        String printKey = read.printKey();
        if (read.pdf() != null) {
            ReportOutcome pdf = read.pdf();
            WebContext placed = place.withPdf(pdf.pages(), pdf.pdfBytes());
            ReportOutcome page = renderer.page(report, placed, out);
            List<Problem> problems = new ArrayList<>(page.problems());
            problems.addAll(pdf.problems());
            if (page.failed()) {
                out.remove(report.files().pdf());
                return new Done(new ReportOutcome(page.file(), page.status(), report, 0, 0, pdf.millis() + page.millis(),
                        problems, null), null);
            }
            ReportOutcome o = new ReportOutcome(page.file(), page.status(), report, pdf.pages(), pdf.pdfBytes(),
                    pdf.millis() + page.millis(), problems, page.text(), ReportOutcome.Work.RENDERED);
            return done(o, relative, sourceHash, printKey, webKey(report, placed));
        }
        if (before != null && !before.draft() && before.printKey().equals(printKey) && before.path().equals(report.path())
                && (before.pdfName().isEmpty() || out.carry(before.path() + "/" + before.pdfName()))) {
            WebContext placed = place.withPdf(before.pages(), before.pdfBytes());
            String webKey = webKey(report, placed);
            if (webKey.equals(before.webKey()) && out.carry(report.files().page())) {
                ReportOutcome o = new ReportOutcome(report.source().file(), ReportOutcome.Status.BUILT, report,
                        before.pages(), before.pdfBytes(), 0, report.warnings(), null, ReportOutcome.Work.REUSED);
                return new Done(o, before);
            }
            return done(renderer.page(report, placed, out), relative, sourceHash, printKey, webKey);
        }
        long start = System.nanoTime();
        CheckPhase.Checked checked = check.check(report);
        ReportOutcome o = checked.refused() ? CheckPhase.refusal(report, checked, ReportReader.millis(start))
                : renderer.pageAndPdf(report, checked, place, out);
        return done(o, relative, sourceHash, printKey, webKey(report, place.withPdf(o.pages(), o.pdfBytes())));
    }

    private Done done(ReportOutcome o, String relative, String sourceHash, String printKey, String webKey) {
        if (o.status() != ReportOutcome.Status.BUILT) return new Done(o, null);
        Report r = o.report();
        byte[] text = o.text().getBytes(StandardCharsets.UTF_8);
        return new Done(o, new CachedReport(relative, sourceHash, false, r.meta().type(), printKey, webKey, r.path(),
                pdf ? r.files().pdfName() : "", o.pages(), o.pdfBytes(), ContentHash.of(text)), text);
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
     * Rewrites the pages whose previous or next report failed to render, so that no page links to
     * a missing one, and what the cache says of them; {@code done} is changed in place.
     */
    void unlinkFailed(Catalogue before, List<Done> done, ProjectConfig config, OutputFolder out)
            throws LayoutException, IOException {
        List<Done> built = done.stream().filter(Done::built).toList();
        Catalogue after = new Catalogue(config, built.stream().map(d -> d.outcome().report()).toList());
        for (Done d : built) {
            ReportOutcome o = d.outcome();
            WebContext now = after.place(o.report());
            if (now.equals(before.place(o.report()))) continue;
            renderer.rewritePage(o, now, out);
            CachedReport c = d.cached();
            CachedReport rewritten = new CachedReport(c.relative(), c.sourceHash(), false, c.type(), c.printKey(),
                    webKey(o.report(), now.withPdf(o.pages(), o.pdfBytes())), c.path(), c.pdfName(),
                    c.pages(), c.pdfBytes(), c.textHash());
            done.set(done.indexOf(d), new Done(o, rewritten, d.text()));
        }
    }
}
