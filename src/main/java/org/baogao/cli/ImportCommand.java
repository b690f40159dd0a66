package org.baogao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.baogao.importer.ImportException;
import org.baogao.importer.ImportReport;
import org.baogao.importer.Importer;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.LintSettings;
import org.baogao.project.Project;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        PrintStream err = System.err;
        if (!project.found() && out == null) return ProjectOption.notFound(err);
        Project p = project.project();
        if (out == null) out = p.content();
        if (templates == null) templates = p.templates();
        Glossary words;
        try {
            words = glossary.load(p);
        } catch (GlossaryException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        Path folder = templates;
        Set<String> types = null;
        try {
            types = new Layouts(folder).types();
        } catch (LayoutException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
        }
        Importer importer = new Importer(new LintSettings(words, folder, types, null));
        int failed = 0;
        try (ProgressLine progress = new ProgressLine(err, Terminal.attached() && !quiet && files.size() > 1)) {
            int done = 0;
            for (Path file : files) {
                progress.update(++done, files.size(), file.toString());
                try {
                    ImportReport report = importer.importFile(file, out, force);
                    List<String> lines = report.lines();
                    if (quiet) progress.println(stdout, lines.get(0));
                    else lines.forEach(l -> progress.println(stdout, l));
                    if (verbose) report.left().forEach(l -> progress.println(stdout, "    " + l));
                } catch (ImportException e) {
                    failed++;
                    progress.println(err, Messages.get("cli.error", Causes.of(e)));
                }
            }
        }
        if (!quiet && files.size() > 1) {
            err.println(Messages.get("import.summary", files.size() - failed, files.size(), out));
        }
        return failed == 0 ? 0 : failed == files.size() ? 2 : 1;
    }
}
