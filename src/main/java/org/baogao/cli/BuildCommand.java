package org.baogao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.baogao.content.Problem;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.Builder;
import org.baogao.pipeline.ReportOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build",
        header = "Build the archive: an HTML page and a PDF per report, the listings and the search.",
        description = {
            "",
            "Every .md file below the content folder becomes <out>/<path>/index.html and",
            "<out>/<path>/<name>.pdf. The archive's home page, its listings (by year,",
            "meeting, unit, author, type and tag, as baogao.yml says) and its search page",
            "are written beside them. The archive is written beside the old one and",
            "replaces it only when the build has finished, so a failed build loses nothing.",
            "",
            "A report that fails is reported with file, line and cause and left out; the",
            "others are built. The exit status is then 1. Before rendering, each report",
            "goes through the error-level rules of 'baogao lint': a report with a",
            "placeholder (xx, 某某, （此处…）), a masked word (dangshi) or broken numbering",
            "is not published.",
            "",
            "A build redoes only what changed since the last one, as recorded in",
            "<out>/.baogao/cache.tsv: a report is rendered again when its file, the",
            "templates its type uses, baogao.yml or the fonts changed; unchanged pages and",
            "PDFs are kept. When nothing changed, the archive is left as it is.",
            ""},
        footer = {"", "Exit status: 0 all built, 1 some reports failed, 2 nothing could be built."},
        mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", description = "The reports' folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "The layouts' folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "The archive to write (default: ${DEFAULT-VALUE}).",
            defaultValue = "site")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project's settings: the archive's name, its listings (default: baogao.yml beside the content folder, if there is one).")
    Path config;

    @Mixin
    FontsOption fonts = new FontsOption();

    @Option(names = "--drafts", description = "Also publish reports marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--no-pdf", description = "Write the HTML pages only (fast preview).")
    boolean noPdf;

    @Option(names = "--no-pdfa", description = "Write plain PDF instead of PDF/A-2b.")
    boolean noPdfA;

    @Option(names = "--docx", description = "Also write each report's Word document, <name>.docx beside its PDF "
            + "(or ask for it in baogao.yml or a report's front matter: 'outputs: [html, pdf, docx]').")
    boolean docx;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Reports rendered at once (default: cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-placeholders",
            description = "Publish reports that still have placeholders or masked words (a preview of drafts); they are reported as warnings.")
    boolean allowPlaceholders;

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "One line per report even on a terminal, with every warning.")
    boolean verbose;

    @Option(names = "--clean", description = "Render every report again, whatever earlier builds made.")
    boolean clean;

    @Option(names = "--fail-fast", description = "Stop at the first report that fails, and publish nothing.")
    boolean failFast;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<Path> fontDirs = fonts.folders();
        Glossary words;
        try {
            words = glossary.load();
        } catch (GlossaryException e) {
            err.println("baogao: " + e.getMessage());
            err.println("nothing was built; " + this.out + " is unchanged");
            return 2;
        }
        BuildOptions options = new BuildOptions(content, templates, this.out, fontDirs, drafts, !noPdf, !noPdfA,
                Math.max(1, jobs), config, words, allowPlaceholders, docx);
        BuildResult result;
        // on a terminal one progress line replaces the per-report lines; logs and pipes get plain lines
        boolean live = Terminal.attached() && !quiet && !verbose;
        try (ProgressLine progress = new ProgressLine(err, live); Builder builder = new Builder(options)) {
            result = builder.build((o, done, total) -> {
                progress.update(done, total, o.file().toString());
                // a report kept from the last build was reported then
                if (o.work() == ReportOutcome.Work.REUSED && !o.failed()) return;
                if (o.failed() || !live && !quiet) progress.println(out, line(o, done, total));
                for (Problem p : o.problems()) {
                    if (!quiet || p.isError()) progress.println(err, "  " + p);
                }
            }, clean, failFast);
        } catch (BuildException e) {
            err.println("baogao: " + e.getMessage());
            err.println("nothing was built; " + this.out + " is unchanged");
            return 2;
        }
        long drafts = result.reports().stream().filter(r -> r.status() == ReportOutcome.Status.DRAFT).count();
        long rendered = result.reports().stream()
                .filter(r -> r.status() == ReportOutcome.Status.BUILT && r.work() == ReportOutcome.Work.RENDERED).count();
        long pagesOnly = result.reports().stream().filter(r -> r.work() == ReportOutcome.Work.PAGE).count();
        if (!result.published()) {
            out.printf("nothing changed: %d reports, %d pages up to date, %.1f s → %s%n", result.built(), result.pages(),
                    result.millis() / 1000.0, this.out);
            return 0;
        }
        String work = rendered == result.built() ? "" : String.format(" (%d rendered, %d pages only, %d kept)",
                rendered, pagesOnly, result.built() - rendered - pagesOnly);
        out.printf("%d reports built%s, %d pages, %.1f s%s%s → %s%n", result.built(), work, result.pages(),
                result.millis() / 1000.0,
                drafts > 0 ? ", " + drafts + " drafts skipped" : "",
                result.failed() > 0 ? ", " + result.failed() + " FAILED" : "",
                this.out);
        if (result.failed() > 0) {
            err.println("failed:");
            for (ReportOutcome o : result.reports()) {
                if (!o.failed()) continue;
                o.problems().stream().filter(Problem::isError).forEach(p -> err.println("  " + p));
            }
            boolean placeholders = result.reports().stream().flatMap(o -> o.problems().stream())
                    .anyMatch(p -> p.isError() && (p.message().endsWith("[placeholder]") || p.message().endsWith("[masked-word]")));
            if (placeholders) {
                err.println("reports with placeholders or masked words are not published: fill them in ('baogao lint --fix'"
                        + " unmasks words), or build a preview with --allow-placeholders");
            }
            return 1;
        }
        return 0;
    }

    private static String line(ReportOutcome o, int done, int total) {
        String width = String.valueOf(total);
        String counter = String.format("[%" + width.length() + "d/%s]", done, width);
        return switch (o.status()) {
            case BUILT -> String.format("%s %-6s %s  %d pages  %d ms", counter, "ok", o.file(), o.pages(), o.millis());
            case DRAFT -> String.format("%s %-6s %s  (draft, not published; --drafts to include)", counter, "draft", o.file());
            case FAILED -> String.format("%s %-6s %s", counter, "FAILED", o.file());
        };
    }
}
