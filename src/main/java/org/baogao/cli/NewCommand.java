package org.baogao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.baogao.content.NewReport;
import org.baogao.content.ReportException;
import org.baogao.content.Skeleton;
import org.baogao.layout.Layouts;
import org.baogao.project.Project;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new",
        mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {

    /** The options that fill front matter fields, by field name; set by picocli. */
    @Parameters(index = "0", paramLabel = "TYPE", descriptionKey = "type")
    String type;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--author", paramLabel = "NAME")
    String author;

    @Option(names = "--post", paramLabel = "TEXT")
    String post;

    @Option(names = "--unit", paramLabel = "TEXT")
    String unit;

    @Option(names = "--meeting", paramLabel = "TEXT")
    String meeting;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

    @Option(names = "--slug", paramLabel = "NAME")
    String slug;

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--content", paramLabel = "DIR")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Option(names = "--no-input")
    boolean noInput;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    Prompter prompter;
    LocalDate today = LocalDate.now();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (!project.found() && content == null) return ProjectOption.notFound(err);
        Project p = project.project();
        if (content == null) content = p.content();
        if (templates == null) templates = p.templates();
        Optional<Skeleton> found;
        try {
            found = Skeleton.find(templates, type);
        } catch (ReportException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        if (found.isEmpty()) {
            err.println("baogao: " + missingSkeleton());
            return 2;
        }
        Skeleton skeleton = found.get();
        Map<String, String> given = given();
        for (String key : given.keySet()) {
            if (!skeleton.keys().contains(key) && given.get(key) != null) {
                err.println("baogao: warning: " + type + " reports have no '" + key + "' field (" + skeleton.file()
                        + "); --" + key + " is ignored");
            }
        }
        Prompter ask = prompter != null ? prompter : noInput || !Terminal.attached() ? Prompter.NONE
                : Prompter.reading(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), out);
        NewReport report;
        try {
            // ask for what is still open, showing what each would default to
            NewReport draft = NewReport.fill(skeleton, given, today);
            for (Skeleton.Field f : skeleton.fields()) {
                if (f.key().equals("type") || given.get(f.key()) != null) continue;
                String answer = ask.ask(f.key(), draft.value(f.key()));
                if (!answer.equals(draft.value(f.key()))) given.put(f.key(), answer);
                draft = NewReport.fill(skeleton, given, today);
            }
            report = draft;
        } catch (ReportException e) {
            err.println("baogao: " + e.problem().message());
            return 2;
        }
        String name = slug != null ? NewReport.slug(slug) : NewReport.slug(report.value("author"));
        if (name.isEmpty()) {
            err.println("baogao: no file name: give --slug NAME (e.g. --slug li-ming) or --author");
            return 2;
        }
        Path file = report.target(content, name);
        if (Files.exists(file)) {
            err.println("baogao: " + file + " already exists; 'baogao new' never overwrites a report."
                    + " Edit it, or choose another name with --slug");
            return 1;
        }
        try {
            report.write(file);
        } catch (FileAlreadyExistsException e) {
            err.println("baogao: " + file + " already exists; 'baogao new' never overwrites a report");
            return 1;
        } catch (IOException e) {
            err.println("baogao: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        if (!quiet) {
            out.println("created " + file + " (" + type + "): " + report.value("title"));
            out.println("replace its （此处…） notes; 'baogao lint " + file + "' lists what is left");
        }
        return 0;
    }

    private Map<String, String> given() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("author", author);
        m.put("post", post);
        m.put("unit", unit);
        m.put("meeting", meeting);
        m.put("date", date);
        m.values().removeIf(v -> v == null);
        return m;
    }

    private String missingSkeleton() {
        String skeletons = "";
        try (var files = Files.list(templates)) {
            skeletons = String.join(", ", files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(Skeleton.EXTENSION) && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - Skeleton.EXTENSION.length())).sorted().toList());
        } catch (IOException e) {
            return "no templates folder " + templates + "; pass --templates DIR";
        }
        boolean layout = Files.isRegularFile(templates.resolve(type + Layouts.EXTENSION));
        return (layout ? "type '" + type + "' has a layout but no skeleton: add " + templates.resolve(type + Skeleton.EXTENSION)
                + " (copy individual.md and change it)" : "unknown type '" + type + "'")
                + "; types with a skeleton: " + (skeletons.isEmpty() ? "none" : skeletons);
    }
}
