package org.baogao.cli;

import org.baogao.logs.LibraryLogs;

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
        subcommands = {BuildCommand.class, NewCommand.class, ImportCommand.class, LintCommand.class, ServeCommand.class, FontsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'baogao help <command>' for a command's options."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        LibraryLogs.silence();
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
