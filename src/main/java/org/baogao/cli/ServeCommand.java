package org.baogao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildOptions;
import org.baogao.publish.OutputFolder;
import org.baogao.serve.PreviewServer;
import org.baogao.serve.ServeOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        header = "Preview the archive in a browser, rebuilt and reloaded as you save.",
        description = {
            "",
            "Builds the site into a private folder and serves it on 127.0.0.1 only. Saving a",
            "report rebuilds that report and reloads its open page; changing a template or",
            "glossary.yml rebuilds everything. Drafts and reports with placeholders are shown,",
            "with their problems in a box above the page; a report that fails shows its",
            "error instead. Ctrl-C stops the server.",
            ""},
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8000",
            description = "The port; a free one is used when it is taken (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "The reports' folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "The layouts' folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Keep the preview in DIR (default: a temporary folder, removed on exit). Never use the published site folder.")
    Path out;

    @Mixin
    FontsOption fonts = new FontsOption();

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Option(names = "--no-pdf", description = "HTML pages only: faster rebuilds.")
    boolean noPdf;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        PrintStream err = System.err;
        Path glossaryFile = glossary.path();
        Glossary words;
        try {
            words = glossary.load();
        } catch (GlossaryException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        Path served;
        Path temporary = null;
        try {
            if (out != null) {
                served = out;
            } else {
                temporary = Files.createTempDirectory("baogao-serve");
                served = temporary.resolve("site");
            }
        } catch (IOException e) {
            err.println("baogao: cannot make a folder for the preview: " + e.getMessage());
            return 2;
        }
        List<Path> fontDirs = fonts.folders();
        BuildOptions build = new BuildOptions(content, templates, served, fontDirs, true, !noPdf, false,
                Math.max(1, Runtime.getRuntime().availableProcessors()), null, words, true);
        ServeOptions options = new ServeOptions(build, port, glossaryFile, List.of(Path.of("baogao.yml")));
        PreviewServer server;
        try {
            server = PreviewServer.start(options, line -> {
                if (!quiet || line.contains("FAILED") || line.contains("failed")) stdout.println(line);
            });
        } catch (IOException | BuildException e) {
            err.println("baogao: " + e.getMessage());
            OutputFolder.deleteQuietly(temporary);
            return 2;
        }
        if (server.movedPort()) err.println("baogao: port " + port + " is taken; using " + server.port());
        stdout.println("serving " + server.url() + "  (watching " + content + ", " + templates + ", "
                + glossaryFile + "; Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Path cleanup = temporary;
        Thread hook = new Thread(() -> {
            server.close();
            OutputFolder.deleteQuietly(cleanup);
            stopped.countDown();
        }, "baogao-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

}
