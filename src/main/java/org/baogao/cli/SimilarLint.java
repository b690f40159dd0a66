package org.baogao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.baogao.config.ConfigException;
import org.baogao.config.ConfigReader;
import org.baogao.config.SimilarSettings;
import org.baogao.content.ContentScanner;
import org.baogao.lint.Finding;
import org.baogao.lint.Rule;
import org.baogao.project.Project;
import org.baogao.similar.Located;
import org.baogao.similar.Passage;
import org.baogao.similar.ReportSimilarity;
import org.baogao.similar.ReportTexts;
import org.baogao.similar.Similarity;
import org.baogao.similar.SourceMatch;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

/**
 * The lint rule {@code similar}: a report whose share of passages shared with the rest of the
 * archive is above {@code similar: warn-share} gets a warning on the line its first shared passage
 * starts. It is found here, over the whole content folder, and not by the linter, which sees one
 * file at a time.
 */
final class SimilarLint {

    /** Sources named in the warning; the similar command lists them all. */
    private static final int SOURCES_NAMED = 3;

    private SimilarLint() {}

    /** The warning of each of {@code files} above the share, keyed by the path as given. */
    static Map<Path, Finding> findings(List<Path> files, Project project, int threads, PrintStream err) {
        SimilarSettings settings;
        try {
            settings = ConfigReader.readIfPresent(project.config()).similar();
        } catch (ConfigException e) {
            err.println(Messages.get("lint.similar-unchecked", Causes.of(e)));
            return Map.of();
        }
        Path content = project.content();
        List<Path> all = new ArrayList<>(files);
        try {
            if (Files.isDirectory(content)) all.addAll(ContentScanner.scan(content));
        } catch (IOException e) {
            err.println(Messages.get("lint.similar-unchecked", Causes.of(e)));
            return Map.of();
        }
        Path base = content.toAbsolutePath().normalize();
        Map<String, Path> given = new HashMap<>();
        for (Path f : files) given.putIfAbsent(ReportTexts.name(f, base), f);
        // files that cannot be read are the lint rules' to report; here they are only left out
        ReportTexts.Result read = ReportTexts.read(all, base, threads);
        Map<String, ReportTexts.Read> byName = new HashMap<>();
        for (ReportTexts.Read r : read.reports()) byName.putIfAbsent(r.document().report(), r);
        Map<Path, Finding> out = new HashMap<>();
        // each finding made on the check's threads, which have the report's results at hand
        Similarity.check(read.reports().stream().map(ReportTexts.Read::document).toList(), settings,
                d -> given.containsKey(d.report()), threads, r -> {
                    if (r.sources().isEmpty() || r.share() <= settings.warnShare()) return null;
                    Path file = given.get(r.report());
                    return finding(file, r, byName.get(r.report()), settings);
                }, f -> {
                    if (f != null) out.put(f.file(), f);
                });
        return out;
    }

    private static Finding finding(Path file, ReportSimilarity r, ReportTexts.Read read, SimilarSettings settings) {
        Passage first = r.first();
        Located at = Located.in(read.body(), read.bodyLine(), first.start(), first.end());
        List<String> named = new ArrayList<>();
        for (SourceMatch s : r.sources().subList(0, Math.min(SOURCES_NAMED, r.sources().size()))) {
            named.add(Messages.get("lint.similar.source", s.report(), SimilarText.kind(s.sameAuthor()),
                    SimilarText.percent((double) s.shared() / r.chars())));
        }
        String sources = String.join(Messages.get("similar.list-separator"), named);
        if (r.sources().size() > SOURCES_NAMED) sources += Messages.get("lint.similar.more", r.sources().size() - SOURCES_NAMED);
        String message = Messages.get("lint.similar", SimilarText.percent(r.share()), SimilarText.percent(settings.warnShare()),
                sources, Invocation.command(), file.toString());
        return new Finding(Rule.SIMILAR, file, at.line(), at.column(), message, List.of());
    }
}
