package org.baogao.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
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
import org.baogao.similar.Passage;
import org.baogao.similar.ReportSimilarity;
import org.baogao.similar.ReportTexts;
import org.baogao.config.SimilarSettings;
import org.baogao.similar.Similarity;
import org.baogao.similar.SourceMatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar",
        header = "查重: the passages each report shares with the other reports of the archive.",
        description = {
            "",
            "Compares each report named (default: every report of the content folder, drafts",
            "included) with every report of the content folder, and prints, per report that",
            "shares anything, its share (the part of its text inside shared passages), each",
            "source with its own share, and the longest passage with its line. Passages the",
            "same author wrote in another report are 照搬往年, those of other authors 互相抄袭.",
            "",
            "A passage counts when it is at least min-chars characters long (default 20) once",
            "whitespace, line breaks, punctuation and full/half-width forms are set aside.",
            "Passages that more than common-share of the reports carry (default 0.1, and more",
            "than 5 reports) are formulas and do not count, nor do the phrases of the stop",
            "list; all are set in the 'similar' section of baogao.yml (see the README).",
            "Two files of one author for one meeting are versions of one report (a draft and",
            "its copy) and are not compared with each other.",
            "",
            "--json writes the results for other tools; offsets count characters of the",
            "normalised text (the body with whitespace and punctuation taken out).",
            ""},
        footer = {"", "Exit status: 0 checked, 1 some files could not be read (the others were checked),",
            "2 nothing could be checked."},
        mixinStandardHelpOptions = true)
final class SimilarCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "Report files or folders to check (default: the content folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive's reports, which each report is compared with (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project's settings (default: baogao.yml beside the content folder, if there is one).")
    Path config;

    @Option(names = "--json", description = "Write the results as JSON on standard output instead of tables.")
    boolean json;

    @Option(names = "--all", description = "Also list the reports that share nothing.")
    boolean all;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads to check with (default: cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintStream out = System.out;
        PrintStream err = System.err;
        SimilarSettings settings;
        try {
            Path file = config != null ? config : ProjectConfig.besideContent(content);
            settings = (config != null ? ConfigReader.read(file) : ConfigReader.readIfPresent(file)).similar();
        } catch (ConfigException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        Set<Path> checked = new LinkedHashSet<>();
        List<Path> archive = new ArrayList<>();
        try {
            if (Files.isDirectory(content)) archive.addAll(ContentScanner.scan(content));
            else if (paths.isEmpty() || config == null && !Files.exists(content)) {
                if (paths.isEmpty()) throw new IOException(SimilarText.noReports(content.toString()));
            }
            for (Path p : paths) {
                if (Files.isDirectory(p)) checked.addAll(ContentScanner.scan(p));
                else if (Files.isRegularFile(p)) checked.add(p);
                else throw new IOException(p + " does not exist; name report files or folders (default: " + content + ")");
            }
        } catch (IOException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        List<Path> files = new ArrayList<>(archive);
        files.addAll(checked);
        if (files.isEmpty()) {
            err.println("baogao: " + SimilarText.noReports(paths.isEmpty() ? content.toString() : paths.toString()));
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
            err.println("baogao: nothing could be checked");
            return 2;
        }
        List<ReportSimilarity> results = Similarity.check(docs, settings, d -> wanted.contains(d.report()), Math.max(1, jobs));
        try {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (json) {
                SimilarJson.write(results, w);
            } else if (!quiet) {
                Map<String, ReportTexts.Read> byName = read.reports().stream()
                        .collect(Collectors.toMap(r -> r.document().report(), r -> r));
                for (ReportSimilarity r : results) {
                    if (r.sources().isEmpty()) {
                        if (all) w.write(SimilarText.nothingShared(r) + "\n");
                        continue;
                    }
                    w.write(table(r, byName.get(r.report())));
                }
            }
            w.flush();
        } catch (IOException e) {
            err.println("baogao: " + e.getMessage());
            return 2;
        }
        int sharing = (int) results.stream().filter(r -> r.shared() > 0).count();
        int above = (int) results.stream().filter(r -> r.share() > settings.warnShare()).count();
        err.println(SimilarText.summary(results.size(), docs.size(), sharing, above, settings.warnShare(),
                (System.nanoTime() - start) / 1_000_000));
        if (!read.errors().isEmpty()) {
            err.println(SimilarText.skipped(read.errors().size()));
            return 1;
        }
        return 0;
    }

    /** The heading line and a row per source: share, characters, source, kind, longest passage as written. */
    private static String table(ReportSimilarity r, ReportTexts.Read read) {
        Columns t = new Columns().add(SimilarText.COLUMNS);
        String body = read.report().body();
        int[] offsets = org.baogao.similar.Normaliser.sourceOffsets(body);
        for (SourceMatch s : r.sources()) {
            Passage p = s.longest();
            Located at = Located.in(body, offsets, read.report().bodyLine(), p.start(), p.end());
            t.add(SimilarText.percent((double) s.shared() / r.chars()), SimilarText.count(s.shared()), s.report(),
                    s.sameAuthor() ? SimilarText.SAME_AUTHOR : SimilarText.OTHER_AUTHOR,
                    SimilarText.passage(at.line(), clip(at.text())));
        }
        StringBuilder sb = new StringBuilder(SimilarText.heading(r)).append('\n');
        for (String line : t.render().split("\n")) sb.append("  ").append(line).append('\n');
        return sb.append('\n').toString();
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
