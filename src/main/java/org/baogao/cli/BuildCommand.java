package org.baogao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.baogao.content.Problem;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.Rule;
import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildListener;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildRequest;
import org.baogao.pipeline.FailedReports;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.Builder;
import org.baogao.pipeline.ReportOutcome;
import org.baogao.project.Project;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

@Command(name = "build",
        mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--content", paramLabel = "DIR")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Mixin
    FontsOption fonts = new FontsOption();

    @Option(names = "--drafts")
    boolean drafts;

    @Option(names = "--no-pdf")
    boolean noPdf;

    @Option(names = "--no-pdfa")
    boolean noPdfA;

    @Option(names = "--docx")
    boolean docx;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-placeholders")
    boolean allowPlaceholders;

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Option(names = "--clean")
    boolean clean;

    @Option(names = "--fail-fast")
    boolean failFast;

    @Option(names = "--drop-failed")
    boolean dropFailed;

    @Option(names = "--allow-empty")
    boolean allowEmpty;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (!project.found() && content == null) return ProjectOption.notFound(err);
        Project where = project.project();
        Path content = this.content != null ? this.content : where.content();
        Path templates = this.templates != null ? this.templates : where.templates();
        Path site = this.out != null ? this.out : where.site();
        // the settings are the reports' own project's: with --content, the folder that holds it, not the
        // project the working folder happens to be in (a build run from another folder would take another
        // project's baogao.yml, glossary and fonts, and render every report again)
        Project settings = this.content != null ? project.holding(this.content) : where;
        Path config = this.config != null ? this.config : Files.isRegularFile(settings.config()) ? settings.config() : null;
        List<Path> fontDirs = fonts.folders(settings);
        Glossary words;
        try {
            words = glossary.load(settings);
        } catch (GlossaryException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            err.println(Messages.get("build.nothing-built", site));
            return 2;
        }
        BuildOptions options = new BuildOptions(content, templates, site, fontDirs, drafts, !noPdf, !noPdfA,
                Math.max(1, jobs), config, words, allowPlaceholders, docx);
        BuildResult result;
        // on a terminal one progress line replaces the per-report lines; logs and pipes get plain lines
        boolean live = Terminal.attached() && !quiet && !verbose;
        try (ProgressLine progress = new ProgressLine(err, live); Builder builder = new Builder(options)) {
            BuildListener listener = new BuildListener() {
                @Override
                public void finished(ReportOutcome o, int done, int total) {
                    progress.update(done, total, o.file().toString());
                    // a report kept from the last build was reported then
                    if (o.work() == ReportOutcome.Work.REUSED && !o.failed()) return;
                    if (o.failed() || !live && !quiet) progress.println(out, line(o, done, total));
                    for (Problem p : o.problems()) {
                        if (!quiet || p.isError()) progress.println(err, "  " + p);
                    }
                }

                @Override
                public void notice(String message) {
                    if (!quiet) progress.println(err, Messages.get("cli.error", message));
                }

                @Override
                public void renderingAll(String why) {
                    // even with -q: it is what the summary's time is made of
                    progress.println(err, Messages.get("build.again", why));
                }

                @Override
                public void restored(Path archive, Path from) {
                    progress.println(err, Messages.get("build.restored", archive, from.getFileName()));
                }
            };
            result = builder.build(new BuildRequest(listener, clean, failFast,
                    dropFailed ? FailedReports.DROP : FailedReports.KEEP_LAST_GOOD, allowEmpty));
        } catch (BuildException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            err.println(Messages.get("build.nothing-built", site));
            return 2;
        }
        for (Problem p : result.notes()) {
            if (!quiet || p.isError()) err.println("  " + p);
        }
        long drafts = result.reports().stream().filter(r -> r.status() == ReportOutcome.Status.DRAFT).count();
        long rendered = result.reports().stream()
                .filter(r -> r.status() == ReportOutcome.Status.BUILT && r.work() == ReportOutcome.Work.RENDERED).count();
        long pagesOnly = result.reports().stream().filter(r -> r.work() == ReportOutcome.Work.PAGE).count();
        String seconds = String.format(Locale.ROOT, "%.1f", result.millis() / 1000.0);
        Path home = site.resolve("index.html");
        if (!result.published()) {
            out.println(Messages.get("build.unchanged", result.built(), result.pages(), seconds, home));
            return 0;
        }
        List<String> parts = new ArrayList<>();
        String built = Messages.get("build.summary.reports", result.built());
        if (rendered != result.built()) {
            built += Messages.get("build.summary.work", rendered, pagesOnly, result.built() - rendered - pagesOnly);
        }
        parts.add(built);
        parts.add(Messages.get("build.summary.pages", result.pages()));
        parts.add(Messages.get("build.summary.seconds", seconds));
        if (drafts > 0) parts.add(Messages.get("build.summary.drafts", drafts));
        if (result.failed() > 0) parts.add(Messages.get("build.summary.failed", result.failed()));
        if (result.stale() > 0) parts.add(Messages.get("build.summary.stale", result.stale()));
        out.println(Messages.get("build.summary", String.join(Messages.get("list.separator"), parts), home));
        if (result.failed() > 0) {
            // each error was printed with its report, as it happened; here only which reports they were
            if (result.failed() > result.stale()) {
                err.println(Messages.get("build.failed-heading"));
                for (ReportOutcome o : result.reports()) {
                    if (o.status() == ReportOutcome.Status.FAILED) err.println("  " + o.file());
                }
            }
            if (result.stale() > 0) {
                err.println(Messages.get("build.stale-heading"));
                for (ReportOutcome o : result.reports()) {
                    if (o.status() == ReportOutcome.Status.STALE) err.println("  " + o.file());
                }
            }
            boolean placeholders = result.reports().stream().flatMap(o -> o.problems().stream())
                    .anyMatch(p -> p.isError() && java.util.Arrays.stream(Rule.values()).filter(Rule::isPlaceholder)
                            .anyMatch(r -> r.id().equals(p.rule())));
            if (placeholders) err.println(Messages.get("build.placeholder-hint", Invocation.command()));
            return 1;
        }
        return 0;
    }

    private static String line(ReportOutcome o, int done, int total) {
        String width = String.valueOf(total);
        String counter = String.format("[%" + width.length() + "d/%s]", done, width);
        String status = Messages.get(switch (o.status()) {
            case BUILT -> "build.status.built";
            case DRAFT -> "build.status.draft";
            case FAILED, STALE -> "build.status.failed";
        });
        String what = switch (o.status()) {
            case BUILT -> Messages.get("build.line.built", o.file(), o.pages(), o.millis());
            case DRAFT -> Messages.get("build.line.draft", o.file());
            case FAILED -> o.file().toString();
            case STALE -> Messages.get("build.line.stale", o.file());
        };
        return counter + " " + Columns.pad(status, 6) + " " + what;
    }
}
