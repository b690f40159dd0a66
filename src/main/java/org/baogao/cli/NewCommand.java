package org.baogao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.baogao.content.NewReport;
import org.baogao.content.ReportException;
import org.baogao.content.Skeleton;
import org.baogao.layout.Layouts;
import org.baogao.project.Project;
import org.baogao.project.TemplateSet;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

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
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        if (found.isEmpty()) {
            err.println(Messages.get("cli.error", missingSkeleton()));
            return 2;
        }
        Skeleton skeleton = found.get();
        Map<String, String> given = given();
        for (String key : given.keySet()) {
            if (!skeleton.keys().contains(key) && given.get(key) != null) {
                err.println(Messages.get("new.field-ignored", type, key, skeleton.shown()));
            }
        }
        Prompter ask = prompter != null ? prompter : noInput || !Terminal.attached() ? Prompter.NONE
                : Prompter.reading(new BufferedReader(new InputStreamReader(System.in, Main.charset())), out);
        NewReport report;
        try {
            // ask for what is still open, showing what each would default to
            NewReport draft = NewReport.fill(skeleton, given, today);
            for (Skeleton.Field f : skeleton.fields()) {
                if (f.key().equals("type") || given.get(f.key()) != null) continue;
                String answer = ask.ask(label(f.key()), draft.value(f.key()));
                if (!answer.equals(draft.value(f.key()))) given.put(f.key(), answer);
                draft = NewReport.fill(skeleton, given, today);
            }
            report = draft;
        } catch (ReportException e) {
            err.println(Messages.get("cli.error", e.problem().message()));
            return 2;
        }
        Path file = slug != null ? report.target(content, NewReport.slug(slug)) : defaultFile(report);
        if (slug != null && NewReport.slug(slug).isEmpty()) {
            err.println(Messages.get("new.no-name"));
            return 2;
        }
        String command = Invocation.command();
        if (Files.exists(file)) {
            err.println(Messages.get("new.exists", file, command));
            return 1;
        }
        try {
            report.write(file);
        } catch (FileAlreadyExistsException e) {
            err.println(Messages.get("new.exists", file, command));
            return 1;
        } catch (IOException e) {
            err.println(Messages.get("new.cannot-write", file, Causes.of(e)));
            return 2;
        }
        if (!quiet) {
            out.println(Messages.get("new.created", file, type, report.value("title")));
            out.println(Messages.get("new.next", command, file));
        }
        return 0;
    }

    /**
     * The file a report gets without {@code --slug}: ASCII, because zip tools, shares and mail
     * mangle Chinese file names: the author when it is ASCII already ({@code li-ming}), else the
     * type and the date ({@code individual-2024-01-18}), numbered on when that is taken. The
     * Chinese stays in the title.
     */
    private Path defaultFile(NewReport report) {
        String author = NewReport.slug(report.value("author"));
        String base = !author.isEmpty() && author.chars().allMatch(c -> c < 128)
                ? author : NewReport.slug(type + "-" + report.value("date"));
        if (base.isEmpty() || base.endsWith("-")) base = type;
        Path file = report.target(content, base);
        for (int n = 2; Files.exists(file) && n < 1000; n++) file = report.target(content, base + "-" + n);
        return file;
    }

    /** What a prompt calls a field: the catalogue's word for the skeleton's usual fields, else its key. */
    private static String label(String key) {
        return switch (key) {
            case "title" -> Messages.get("new.field.title");
            case "author" -> Messages.get("new.field.author");
            case "post" -> Messages.get("new.field.post");
            case "unit" -> Messages.get("new.field.unit");
            case "meeting" -> Messages.get("new.field.meeting");
            case "date" -> Messages.get("new.field.date");
            default -> key;
        };
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
        Set<String> skeletons = new TreeSet<>();
        boolean layout;
        try {
            Map<String, Path> files = TemplateSet.of(templates).files();
            for (String n : files.keySet()) {
                if (n.endsWith(Skeleton.EXTENSION) && !n.startsWith("_") && !n.contains("/")) {
                    skeletons.add(n.substring(0, n.length() - Skeleton.EXTENSION.length()));
                }
            }
            layout = files.containsKey(type + Layouts.EXTENSION);
        } catch (IOException e) {
            return Messages.get("templates.unreadable", templates, Causes.of(e));
        }
        String list = skeletons.isEmpty() ? Messages.get("new.none") : String.join(", ", skeletons);
        return layout ? Messages.get("new.no-skeleton", type, templates.resolve(type + Skeleton.EXTENSION), list)
                : Messages.get("new.unknown-type", type, list);
    }
}
