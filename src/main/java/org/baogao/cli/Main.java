package org.baogao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baogao} command. */
@Command(name = "baogao",
        mixinStandardHelpOptions = true,
        version = "baogao 0.1.0",
        header = "baogao (报告): Markdown reports to GB/T 9704 PDFs and an offline HTML archive.",
        description = {
            "",
            "Reports are Markdown files with YAML front matter in content/; their layouts are",
            "FreeMarker templates in templates/, one per document type (individual 个人, group 班子).",
            ""},
        subcommands = {BuildCommand.class, NewCommand.class, ImportCommand.class, LintCommand.class, SimilarCommand.class, ServeCommand.class, FontsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'baogao help <command>' for a command's options."})
public final class Main implements Runnable {

    static {
        // commons-logging 1.3 sends PDFBox's logging to the Log4j API as soon as POI puts it on the
        // class path, and Log4j without a backend complains on stderr; this keeps PDFBox on
        // java.util.logging, where the PDF stage silences it
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main())
                .setUsageHelpAutoWidth(true)
                .setAdjustLineBreaksForWideCJKCharacters(true)
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
