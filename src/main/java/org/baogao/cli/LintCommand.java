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
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;
import org.baogao.fonts.GlyphCheck;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.lint.Finding;
import org.baogao.lint.FixWriter;
import org.baogao.lint.Fixer;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.LintResult;
import org.baogao.lint.LintSettings;
import org.baogao.lint.Linter;
import org.baogao.lint.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint",
        header = "Check reports for what must not be printed: placeholders, masked words, broken numbering…",
        description = {
            "",
            "Checks each report (every .md below a folder, or the files given) and prints one",
            "line per problem as file:line:column: severity: message [rule-id], which editors",
            "and CI logs understand. Errors are what 'baogao build' refuses to publish.",
            "--fix repairs what can be repaired safely (masked words, quotes, punctuation,",
            "the form of numbers) in place, keeping each file's encoding and line ends.",
            "--rules lists every rule.",
            ""},
        footer = {"", "Exit status: 0 no errors, 1 errors found, 2 nothing could be checked."},
        mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "Report files or folders (default: content).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--fix", description = "Apply the safe fixes to the files, then report what is left.")
    boolean fix;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The layouts' folder: the known types and their skeletons (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Mixin
    FontsOption fonts = new FontsOption();

    @Option(names = "--no-fonts", description = "Do not check characters against the fonts (faster).")
    boolean noFonts;

    @Option(names = "--rules", description = "List the rules, their severities and what they check, and exit.")
    boolean listRules;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, and no summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also name each file checked, and each fix.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (listRules) {
            Columns table = new Columns().add("rule", "severity", "fix", "checks");
            for (Rule r : Rule.values()) {
                table.add(r.id(), r.severity().name().toLowerCase(java.util.Locale.ROOT), r.fixable() ? "--fix" : "",
                        r.summary());
            }
            out.print(table.render());
            return 0;
        }
        Glossary words;
        try {
            words = glossary.load();
        } catch (GlossaryException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        List<Path> files;
        try {
            files = files(paths.isEmpty() ? List.of(Path.of("content")) : paths);
        } catch (IOException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        Linter linter = new Linter(new LintSettings(words, Files.isDirectory(templates) ? templates : null,
                types(err), glyphs(err)));
        int errors = 0;
        int warnings = 0;
        int fixable = 0;
        int fixed = 0;
        try (ProgressLine progress = new ProgressLine(err, Terminal.attached() && !quiet && files.size() > 1)) {
            int done = 0;
            for (Path file : files) {
                progress.update(++done, files.size(), file.toString());
                if (verbose) progress.println(err, "checking " + file);
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
                errors += (int) result.errors();
                warnings += (int) result.warnings();
                fixable += (int) result.fixable();
            }
        }
        for (String broken : linter.brokenSkeletons()) err.println("baogao: skeleton ignored: " + broken);
        if (!quiet) {
            StringBuilder s = new StringBuilder();
            s.append(files.size()).append(files.size() == 1 ? " file" : " files").append(" checked: ")
                    .append(errors).append(errors == 1 ? " error, " : " errors, ")
                    .append(warnings).append(warnings == 1 ? " warning" : " warnings");
            if (fix) s.append("; ").append(fixed).append(" fixed");
            else if (fixable > 0) s.append(" (").append(fixable).append(" fixable with --fix)");
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
            progress.println(err, file + ": error: fixes not written: " + e.getMessage());
            return new FileFix(linter.lint(file), 0);
        }
        Map<Rule, Integer> by = new EnumMap<>(result.applied());
        progress.println(out, file + ": fixed " + result.total() + (result.total() == 1 ? " problem" : " problems")
                + " (" + by.entrySet().stream().map(e -> e.getKey().id() + " ×" + e.getValue())
                        .collect(Collectors.joining(", ")) + ")");
        return new FileFix(result.after(), result.total());
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) out.addAll(ContentScanner.scan(p));
            else if (Files.isRegularFile(p)) out.add(p);
            else throw new IOException(p + " does not exist; name report files or folders (default: content)");
        }
        return List.copyOf(out);
    }

    private Set<String> types(PrintStream err) {
        if (!Files.isDirectory(templates)) {
            err.println("baogao: no templates folder " + templates + "; types and skeletons are not checked"
                    + " (pass --templates DIR)");
            return null;
        }
        try {
            return new Layouts(templates).types();
        } catch (LayoutException e) {
            err.println("baogao: " + e.getMessage() + "; types are not checked");
            return null;
        }
    }

    private GlyphCheck glyphs(PrintStream err) {
        if (noFonts) return null;
        List<Path> dirs = fonts.folders();
        FontRegistry registry = FontRegistry.discover(dirs);
        try {
            registry.requireChinese();
        } catch (FontsMissingException e) {
            err.println("baogao: no Chinese font found, so characters are not checked against the fonts"
                    + " (see 'baogao fonts')");
            return null;
        }
        return new GlyphCheck(registry);
    }
}
