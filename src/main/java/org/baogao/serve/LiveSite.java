package org.baogao.serve;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.baogao.build.BuildException;
import org.baogao.build.BuildListener;
import org.baogao.build.BuildOptions;
import org.baogao.build.BuildResult;
import org.baogao.build.Builder;
import org.baogao.build.ReportBuilder;
import org.baogao.build.ReportOutcome;
import org.baogao.content.ContentScanner;
import org.baogao.content.Problem;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.pdf.FontRegistry;
import org.baogao.site.ArchiveEntry;
import org.baogao.site.ArchiveWriter;
import org.baogao.site.OutputFolder;

/**
 * The served archive, kept up to date change by change: a whole build at the start and when a
 * template or the configuration changes; for a changed report, only that report and the archive's
 * pages. What failed is remembered, so that the server can show it in place of the page; the files
 * of the last good build stay where they are.
 */
final class LiveSite {

    private final Path served;
    private final FontRegistry fonts;
    private volatile BuildOptions options;
    private Layouts layouts;
    private ReportBuilder reports;
    private final Map<Path, ReportOutcome> outcomes = new TreeMap<>();
    private final Map<String, List<Problem>> problems = new ConcurrentHashMap<>();
    private volatile String siteError;

    LiveSite(BuildOptions options, FontRegistry fonts) {
        this.options = options;
        this.served = options.out().toAbsolutePath().normalize();
        this.fonts = fonts;
    }

    Path served() {
        return served;
    }

    BuildOptions options() {
        return options;
    }

    /** The error that stopped the last whole build, shown on every page; null when it went well. */
    String siteError() {
        return siteError;
    }

    /** The problems of the report behind a page ({@code /2023/li-ming/index.html}), if it has any. */
    List<Problem> problems(String page) {
        return problems.getOrDefault(page, List.of());
    }

    /** Whether the report behind a page failed, so that its old page would mislead. */
    boolean failed(String page) {
        return problems(page).stream().anyMatch(Problem::isError);
    }

    /** Builds everything; on failure the served files stay as they were and the error is kept. */
    synchronized BuildResult rebuildAll(BuildOptions newOptions) throws BuildException {
        options = newOptions;
        try {
            BuildResult result = new Builder(options).build(BuildListener.NONE);
            layouts = new Layouts(options.templates());
            reports = new ReportBuilder(layouts, fonts, options);
            outcomes.clear();
            problems.clear();
            for (ReportOutcome o : result.reports()) remember(o);
            siteError = null;
            return result;
        } catch (BuildException | LayoutException e) {
            siteError = e.getMessage();
            throw e instanceof BuildException b ? b : new BuildException(e.getMessage(), e);
        }
    }

    /** Rebuilds one report file into the served folder, and the archive's pages. */
    synchronized ReportOutcome rebuild(Path file) throws IOException, LayoutException {
        String relative = ContentScanner.relative(options.content(), file);
        ReportOutcome outcome = reports.build(file, relative, this::write);
        outcomes.put(file, outcome);
        remember(outcome);
        writeArchivePages();
        return outcome;
    }

    /** Takes a deleted report file's pages out of the served folder. */
    synchronized void remove(Path file) throws IOException, LayoutException {
        String relative = ContentScanner.relative(options.content(), file);
        outcomes.remove(file);
        problems.remove(pageOf(relative));
        Path dir = served.resolve(stem(relative)).normalize();
        if (dir.startsWith(served) && !dir.equals(served) && Files.isDirectory(dir)) deleteTree(dir);
        writeArchivePages();
    }

    /** Whether a report that was built lies at or below {@code path}: a deleted folder of reports. */
    synchronized boolean hasReportsUnder(Path path) {
        return outcomes.keySet().stream().anyMatch(f -> f.toAbsolutePath().normalize().startsWith(path));
    }

    /** {@code /2023/li-ming/index.html} for {@code 2023/li-ming.md}. */
    static String pageOf(String relative) {
        return "/" + stem(relative) + "/index.html";
    }

    private static String stem(String relative) {
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative;
    }

    private void remember(ReportOutcome o) {
        String relative = ContentScanner.relative(options.content(), o.file());
        outcomes.put(o.file(), o);
        if (o.problems().isEmpty()) problems.remove(pageOf(relative));
        else problems.put(pageOf(relative), o.problems());
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = served.resolve(relative).normalize();
        if (!file.startsWith(served) || file.equals(served)) {
            throw new IOException("output path '" + relative + "' would leave the served folder");
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The archive writer writes into a staging folder of its own; its pages are copied over the
     * served ones, and the staging folder is discarded, never published over the served folder.
     */
    private void writeArchivePages() throws IOException, LayoutException {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (ReportOutcome o : outcomes.values()) {
            if (o.status() == ReportOutcome.Status.BUILT) entries.add(ArchiveEntry.of(o));
        }
        Path scratch = Files.createTempDirectory("baogao-serve-pages");
        try (OutputFolder pages = OutputFolder.open(scratch.resolve("site"))) {
            new ArchiveWriter(layouts).write(entries, pages);
            Path staging = pages.resolve("index.html").getParent();
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    write(staging.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        } finally {
            deleteTree(scratch);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
