package org.baogao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.baogao.content.ContentScanner;
import org.baogao.content.Problem.Severity;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;
import org.baogao.fonts.GlyphCheck;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.lint.DuplicateOrders;
import org.baogao.lint.Finding;
import org.baogao.lint.FixWriter;
import org.baogao.lint.Fixer;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.LintResult;
import org.baogao.lint.LintSettings;
import org.baogao.lint.Linter;
import org.baogao.lint.Rule;
import org.baogao.project.Project;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint",
        mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--fix")
    boolean fix;

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Mixin
    FontsOption fonts = new FontsOption();

    @Option(names = "--no-fonts")
    boolean noFonts;

    @Option(names = "--no-similar")
    boolean noSimilar;

    @Option(names = "--rules")
    boolean listRules;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (listRules) {
            Columns table = new Columns().add(Messages.get("lint.column.rule"), Messages.get("lint.column.severity"),
                    Messages.get("lint.column.fix"), Messages.get("lint.column.checks"));
            for (Rule r : Rule.values()) {
                table.add(r.id(), Messages.get(r.severity() == Severity.ERROR ? "problem.error" : "problem.warning"),
                        r.fixable() ? "--fix" : "", r.summary());
            }
            out.print(table.render());
            return 0;
        }
        if (!project.found() && paths.isEmpty()) return ProjectOption.notFound(err);
        Project p = project.project();
        if (templates == null) templates = p.templates();
        Glossary words;
        try {
            words = glossary.load(p);
        } catch (GlossaryException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        List<Path> files;
        try {
            files = files(paths.isEmpty() ? List.of(p.content()) : paths);
        } catch (IOException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        Linter linter = new Linter(new LintSettings(words, templates, types(err), glyphs(err, p)));
        Map<Path, Finding> similar = noSimilar ? Map.of()
                : SimilarLint.findings(files, p, Runtime.getRuntime().availableProcessors(), err);
        Map<Path, List<Finding>> orders = DuplicateOrders.find(new LinkedHashSet<>(files), reportsOf(p, files));
        int errors = 0;
        int warnings = 0;
        int fixable = 0;
        int fixed = 0;
        try (ProgressLine progress = new ProgressLine(err, Terminal.attached() && !quiet && files.size() > 1)) {
            int done = 0;
            for (Path file : files) {
                progress.update(++done, files.size(), file.toString());
                if (verbose) progress.println(err, Messages.get("lint.checking", file));
                LintResult result;
                if (fix) {
                    FileFix f = fix(linter, file, progress, out, err);
                    fixed += f.count;
                    result = f.result;
                } else {
                    result = linter.lint(file);
                }
                for (Finding finding : result.findings()) {
                    if (quiet && !finding.isError()) continue;
                    progress.println(out, finding.toString());
                }
                for (Finding f : orders.getOrDefault(file, List.of())) {
                    if (!quiet) progress.println(out, f.toString());
                    warnings++;
                }
                Finding shared = similar.get(file);
                if (shared != null) {
                    if (!quiet) progress.println(out, shared.toString());
                    warnings++;
                }
                errors += (int) result.errors();
                warnings += (int) result.warnings();
                fixable += (int) result.fixable();
            }
        }
        for (String broken : linter.brokenSkeletons()) err.println(Messages.get("lint.skeleton-ignored", broken));
        if (!quiet) {
            String s = Messages.get("lint.summary", files.size(), errors, warnings);
            if (fix) s += Messages.get("lint.summary.fixed", fixed);
            else if (fixable > 0) s += Messages.get("lint.summary.fixable", fixable);
            err.println(s);
        }
        return errors > 0 ? 1 : 0;
    }

    private record FileFix(LintResult result, int count) {}

    private FileFix fix(Linter linter, Path file, ProgressLine progress, PrintStream out, PrintStream err) {
        byte[] bytes;
        Source source;
        try {
            bytes = Files.readAllBytes(file);
            if (bytes.length > SourceReader.MAX_BYTES) return new FileFix(linter.lint(file), 0);
            source = new SourceReader().decode(file, file.getFileName().toString(), bytes);
        } catch (IOException | ReportException e) {
            return new FileFix(linter.lint(file), 0);
        }
        Fixer.Fixed result = new Fixer(linter).fix(source);
        if (result.total() == 0) return new FileFix(result.after(), 0);
        try {
            FixWriter.write(file, bytes, result.text(), source.encoding());
        } catch (IOException e) {
            progress.println(err, Messages.get("lint.fix-not-written", file, Causes.of(e)));
            return new FileFix(linter.lint(file), 0);
        }
        Map<Rule, Integer> by = new EnumMap<>(result.applied());
        progress.println(out, Messages.get("lint.fixed", file, result.total(), by.entrySet().stream()
                .map(e -> e.getKey().id() + " ×" + e.getValue()).collect(Collectors.joining(", "))));
        return new FileFix(result.after(), result.total());
    }

    /** The checked files and the project's reports, which a meeting's order is compared across. */
    private static Set<Path> reportsOf(Project p, List<Path> files) {
        Set<Path> all = new LinkedHashSet<>(files);
        if (Files.isDirectory(p.content())) {
            try {
                all.addAll(ContentScanner.scan(p.content()));
            } catch (IOException e) {
                // the files asked for are still compared among themselves
            }
        }
        return all;
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) out.addAll(ContentScanner.scan(p));
            else if (Files.isRegularFile(p)) out.add(p);
            else throw new IOException(Messages.get("lint.no-such-path", p));
        }
        return List.copyOf(out);
    }

    private Set<String> types(PrintStream err) {
        try {
            return new Layouts(templates).types();
        } catch (LayoutException e) {
            err.println(Messages.get("lint.types-unchecked", Causes.of(e)));
            return null;
        }
    }

    private GlyphCheck glyphs(PrintStream err, Project p) {
        if (noFonts) return null;
        List<Path> dirs = fonts.folders(p);
        FontRegistry registry = FontRegistry.discover(dirs);
        try {
            registry.requireChinese();
        } catch (FontsMissingException e) {
            err.println(Messages.get("lint.no-chinese-font", Invocation.command()));
            return null;
        }
        return new GlyphCheck(registry);
    }
}
