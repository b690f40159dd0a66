package org.baogao.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.baogao.config.ConfigException;
import org.baogao.config.ConfigReader;
import org.baogao.config.ProjectConfig;
import org.baogao.content.ContentScanner;
import org.baogao.content.Problem;
import org.baogao.similar.Document;
import org.baogao.similar.Located;
import org.baogao.similar.ReportSummary;
import org.baogao.similar.ReportTexts;
import org.baogao.config.SimilarSettings;
import org.baogao.similar.Similarity;
import org.baogao.similar.SourceLine;
import org.baogao.project.Project;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar",
        mixinStandardHelpOptions = true)
final class SimilarCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--content", paramLabel = "DIR")
    Path content;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--all-sources")
    boolean allSources;

    /**
     * The sources a report's table lists unless {@code --all-sources} asks for every one: the ones
     * it shares most with, as its page's panel lists them. In an archive of stock phrases a report
     * shares something with hundreds or thousands of others, a list no one reads (and at 10,000
     * reports 2 GB to write); a line says how many more there are.
     */
    static final int SOURCES_SHOWN = 10;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (!project.found() && content == null && paths.isEmpty()) return ProjectOption.notFound(err);
        Project where = project.project();
        Path content = this.content != null ? this.content : where.content();
        SimilarSettings settings;
        try {
            settings = (config != null ? ConfigReader.read(config)
                    : ConfigReader.readIfPresent(this.content == null && Files.isRegularFile(where.config()) ? where.config()
                            : ProjectConfig.besideContent(content))).similar();
        } catch (ConfigException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        Set<Path> checked = new LinkedHashSet<>();
        List<Path> archive = new ArrayList<>();
        try {
            if (Files.isDirectory(content)) archive.addAll(ContentScanner.scan(content));
            else if (paths.isEmpty() || config == null && !Files.exists(content)) {
                if (paths.isEmpty()) throw new IOException(Messages.get("similar.no-reports", content));
            }
            for (Path p : paths) {
                if (Files.isDirectory(p)) checked.addAll(ContentScanner.scan(p));
                else if (Files.isRegularFile(p)) checked.add(p);
                else throw new IOException(Messages.get("similar.no-such-path", p, content));
            }
        } catch (IOException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        List<Path> files = new ArrayList<>(archive);
        files.addAll(checked);
        if (files.isEmpty()) {
            err.println(Messages.get("cli.error", Messages.get("similar.no-reports", paths.isEmpty() ? content : paths)));
            return 2;
        }
        Path base = content.toAbsolutePath().normalize();
        ReportTexts.Result read = ReportTexts.read(files, base, Math.max(1, jobs));
        for (Problem p : read.errors()) err.println(p);
        Set<String> wanted = new HashSet<>();
        if (paths.isEmpty()) {
            for (ReportTexts.Read r : read.reports()) wanted.add(r.document().report());
        } else {
            for (Path p : checked) wanted.add(ReportTexts.name(p, base));
        }
        List<Document> docs = read.reports().stream().map(ReportTexts.Read::document).toList();
        if (read.reports().stream().noneMatch(r -> wanted.contains(r.document().report()))) {
            err.println(Messages.get("cli.error", Messages.get("similar.nothing-checked")));
            return 2;
        }
        Map<String, ReportTexts.Read> byName = read.reports().stream()
                .collect(Collectors.toMap(r -> r.document().report(), r -> r, (x, y) -> x));
        int[] counts = new int[3];
        try {
            // JSON is for files and other tools, always UTF-8; the tables are for the console
            Writer w = new BufferedWriter(new OutputStreamWriter(out, json ? StandardCharsets.UTF_8 : Main.charset()), 1 << 16);
            SimilarJson jsonOut = json ? new SimilarJson(w) : null;
            if (quiet && jsonOut == null) {
                // the summary only: the shares are all it needs, not each source's passages
                Similarity.shares(docs, settings, d -> wanted.contains(d.report()), Math.max(1, jobs),
                        r -> count(counts, r.shared(), r.share(), settings));
            } else if (jsonOut != null) {
                // each report's results are written out on the check's threads as they come, then
                // written in the archive's order and forgotten: an archive's are large
                Similarity.check(docs, settings, d -> wanted.contains(d.report()), Math.max(1, jobs),
                        r -> new Written(r.shared(), r.share(), SimilarJson.entry(r)), r -> {
                            count(counts, r.shared(), r.share(), settings);
                            write(jsonOut, r.text());
                        });
            } else {
                // a table shows one line per source: each report's summary, no passage's text but the longest's
                Similarity.summaries(docs, settings, d -> wanted.contains(d.report()), Math.max(1, jobs),
                        allSources ? Integer.MAX_VALUE : SOURCES_SHOWN,
                        r -> new Written(r.totals().shared(), r.totals().share(), text(r, byName.get(r.totals().report()))), r -> {
                            count(counts, r.shared(), r.share(), settings);
                            write(w, r.text());
                        });
            }
            if (jsonOut != null) jsonOut.close();
            w.flush();
        } catch (IOException | UncheckedIOException e) {
            err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
        err.println(Messages.get("similar.summary", counts[0], docs.size(), counts[1], counts[2],
                SimilarText.percent(settings.warnShare()), (System.nanoTime() - start) / 1e9));
        if (!read.errors().isEmpty()) {
            err.println(Messages.get("similar.skipped", read.errors().size()));
            return 1;
        }
        return 0;
    }

    private static void write(SimilarJson out, String entry) {
        try {
            out.add(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report's table; a line saying it shares nothing when {@code --all} asks for every report; else nothing. */
    private String text(ReportSummary r, ReportTexts.Read read) {
        if (!r.sources().isEmpty()) return table(r, read);
        return all ? Messages.get("similar.nothing-shared", r.totals().report(), r.totals().chars()) + "\n" : "";
    }

    /** One report's results as the summary counts them, and as they are written. */
    private record Written(int shared, double share, String text) {}

    /** Counts a report for the summary: checked, sharing anything, above the warning share. */
    private static void count(int[] counts, int shared, double share, SimilarSettings settings) {
        counts[0]++;
        if (shared > 0) counts[1]++;
        if (share > settings.warnShare()) counts[2]++;
    }

    /**
     * The heading line and a row per source listed: share, characters, source, kind, longest passage
     * as written; then how many sources are not listed, if any.
     */
    private static String table(ReportSummary r, ReportTexts.Read read) {
        Columns t = new Columns().add(SimilarText.columns());
        Located.Body body = new Located.Body(read.body(), read.bodyLine());
        String same = SimilarText.kind(true);
        String other = SimilarText.kind(false);
        for (SourceLine s : r.sources()) {
            Located at = body.at(s.longestStart(), s.longestEnd());
            t.add(SimilarText.percent((double) s.shared() / r.totals().chars()), SimilarText.grouped(s.shared()),
                    s.report(), s.sameAuthor() ? same : other, Messages.get("similar.passage", at.line(), clip(at.text())));
        }
        String more = r.more() == 0 ? "" : "  " + Messages.get("similar.more-sources", r.more()) + '\n';
        return SimilarText.heading(r.totals()) + '\n' + t.render("  ") + more + '\n';
    }

    /** A long passage shows its start and its end. */
    private static String clip(String text) {
        int max = 40;
        if (text.codePointCount(0, text.length()) <= max) return text;
        int head = text.offsetByCodePoints(0, 24);
        int tail = text.offsetByCodePoints(text.length(), -12);
        return text.substring(0, head) + "……" + text.substring(tail);
    }
}
