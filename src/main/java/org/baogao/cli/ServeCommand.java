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
import org.baogao.project.Project;
import org.baogao.serve.PreviewServer;
import org.baogao.serve.ServeOptions;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8000")
    int port;

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--content", paramLabel = "DIR")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Mixin
    FontsOption fonts = new FontsOption();

    @Mixin
    GlossaryOption glossary = new GlossaryOption();

    @Option(names = "--no-pdf")
    boolean noPdf;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        PrintStream err = System.err;
        if (!project.found() && content == null) return ProjectOption.notFound(err);
        Project p = project.project();
        if (content == null) content = p.content();
        if (templates == null) templates = p.templates();
        Path glossaryFile = glossary.path(p);
        Glossary words;
        try {
            words = glossary.load(p);
        } catch (GlossaryException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
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
            err.println(Messages.get("serve.no-folder", Causes.of(e)));
            return 2;
        }
        List<Path> fontDirs = fonts.folders(p);
        BuildOptions build = new BuildOptions(content, templates, served, fontDirs, true, !noPdf, false,
                Math.max(1, Runtime.getRuntime().availableProcessors()), null, words, true);
        ServeOptions options = new ServeOptions(build, port, glossaryFile, List.of(p.config()));
        PreviewServer server;
        try {
            server = PreviewServer.start(options, line -> {
                if (!quiet || line.failure()) stdout.println(line.text());
            });
        } catch (IOException | BuildException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            OutputFolder.deleteQuietly(temporary);
            return 2;
        }
        if (server.movedPort()) err.println(Messages.get("serve.port-taken", port, server.port()));
        stdout.println(Messages.get("serve.serving", server.url(), String.join(Messages.get("list.separator"),
                String.valueOf(content), String.valueOf(templates), String.valueOf(glossaryFile))));
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
