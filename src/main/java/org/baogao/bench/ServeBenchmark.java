package org.baogao.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.baogao.lint.Glossary;
import org.baogao.content.ReportFiles;
import org.baogao.logs.LibraryLogs;
import org.baogao.pipeline.BuildOptions;
import org.baogao.publish.OutputFolder;
import org.baogao.serve.PreviewServer;
import org.baogao.serve.ServeLog;
import org.baogao.serve.ServeOptions;

/**
 * Measures the preview server's warm path: how long after a report's file is saved the browser can
 * show the change, as HTML and as PDF. It starts {@link PreviewServer} on a generated corpus (as
 * {@code baogao serve} does: PDFs, drafts shown, placeholders allowed), then edits one report
 * again and again, each time adding a sentence with a new number to its opening, and times from
 * the write to:
 * <ol>
 *   <li>the server-sent reload event for the report's page (what makes the open page reload),</li>
 *   <li>the page served with the new sentence,</li>
 *   <li>the PDF served with new bytes.</li>
 * </ol>
 * A benchmark, not a test: see {@code bench/serve.sh} and BENCHMARKS.md.
 *
 * <pre>
 * java -cp target/baogao.jar org.baogao.bench.ServeBenchmark N [EDITS] [DIR] [FONTS]
 * </pre>
 * The corpus and the served archive are kept in {@code DIR/nN} (default {@code /tmp/baogao-serve-bench}),
 * so that a second run starts from the archive the first one left.
 */
public final class ServeBenchmark {

    /** Edits before the measured ones: the first saves in a JVM run code for the first time. */
    static final int WARM_UP = 2;
    static final long TIMEOUT_NANOS = 60_000_000_000L;
    static final long PDF_POLL_MILLIS = 10;

    private ServeBenchmark() {}

    public static void main(String[] args) throws Exception {
        LibraryLogs.silence();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Path.of(args.length > 2 ? args[2] : "/tmp/baogao-serve-bench").resolve("n" + n);
        Path fonts = Path.of(args.length > 3 ? args[3] : "fonts");
        Path project = prepare(root, n);

        BuildOptions build = new BuildOptions(project.resolve("content"), project.resolve("templates"), root.resolve("site"),
                List.of(fonts), true, true, false, Math.max(1, Runtime.getRuntime().availableProcessors()), null,
                Glossary.defaultGlossary(), true);
        long started = System.nanoTime();
        List<ServeLog> log = new ArrayList<>();
        try (PreviewServer server = PreviewServer.start(new ServeOptions(build, 0, null, List.of()), log::add);
             ReloadListener events = ReloadListener.open(server.port())) {
            System.out.printf(Locale.ROOT, "N = %d: serving after %.1f s (%s)%n", n, seconds(started), String.join("; ", log.stream().map(ServeLog::text).toList()));
            // timings of a corpus that does not build would measure error pages
            if (log.stream().anyMatch(ServeLog::failure)) {
                throw new IllegalStateException("the corpus did not build; see the line above");
            }
            Path file = pickReport(project.resolve("content"));
            String relative = project.resolve("content").relativize(file).toString().replace('\\', '/');
            String stem = relative.substring(0, relative.length() - ".md".length());
            String page = "/" + new ReportFiles(stem).page();
            String pdf = "/" + new ReportFiles(stem).pdf();
            String original = Files.readString(file, StandardCharsets.UTF_8);
            HttpClient http = HttpClient.newHttpClient();
            String base = server.url();
            System.out.println("editing " + relative + "; times from the write, ms: reload event, page with the change, PDF with the change");

            List<long[]> measured = new ArrayList<>();
            try {
                for (int i = 0; i < WARM_UP + edits; i++) {
                    String marker = "又补充征求意见建议" + (101 + i) + "条";
                    long[] t = edit(file, original, marker, page, pdf, base, http, events);
                    System.out.printf(Locale.ROOT, "  %s %2d: %6.0f %6.0f %6.0f%n", i < WARM_UP ? "warm-up" : "edit   ",
                            i + 1, t[0] / 1e6, t[1] / 1e6, t[2] / 1e6);
                    if (i >= WARM_UP) measured.add(t);
                    // the PDF is served before its build has finished (the listings, the search index, 查重):
                    // the next save is timed alone only once that build has published the page
                    long published = awaitPublished(root.resolve("site").resolve(page.substring(1)), marker, t[3]);
                    System.out.printf(Locale.ROOT, "           the build published it after %6.0f ms%n", published / 1e6);
                    Thread.sleep(400); // let the server go idle, as between two saves of a writer
                }
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
                Thread.sleep(3000);
            }
            System.out.printf(Locale.ROOT, "N = %d, %d edits: median reload event %.0f ms, page %.0f ms, PDF %.0f ms"
                            + " (page %.0f–%.0f, PDF %.0f–%.0f)%n", n, measured.size(),
                    median(measured, 0), median(measured, 1), median(measured, 2),
                    min(measured, 1), max(measured, 1), min(measured, 2), max(measured, 2));
        }
    }

    /** Waits until the served folder's page, which only a finished build writes, shows {@code marker}; nanoseconds since {@code start}. */
    private static long awaitPublished(Path page, String marker, long start) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!(Files.isRegularFile(page) && Files.readString(page, StandardCharsets.UTF_8).contains(marker))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the build never published " + marker);
            Thread.sleep(PDF_POLL_MILLIS);
        }
        return System.nanoTime() - start;
    }

    /** One edit: writes the file, then waits for each of the three signs of it; their times in nanoseconds. */
    private static long[] edit(Path file, String original, String marker, String page, String pdf, String base,
            HttpClient http, ReloadListener events) throws Exception {
        byte[] oldPdf = get(http, base, pdf);
        String changed = original.replaceFirst("。现将", "，" + marker + "。现将");
        events.clear();
        long start = System.nanoTime();
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        long arrived = events.await(page, start + TIMEOUT_NANOS);
        if (arrived < 0) throw new IllegalStateException("no reload event for " + page);
        long event = arrived - start;
        long html;
        while (true) {
            byte[] body = get(http, base, page);
            if (body != null && new String(body, StandardCharsets.UTF_8).contains(marker)) {
                html = System.nanoTime() - start;
                break;
            }
            // not yet: the next reload event for the page, or a short wait when there is none
            events.await(page, Math.min(System.nanoTime() + 50_000_000L, start + TIMEOUT_NANOS));
            if (System.nanoTime() > start + TIMEOUT_NANOS) throw new IllegalStateException("page never showed " + marker);
        }
        long pdfTime;
        while (true) {
            byte[] now = get(http, base, pdf);
            if (now != null && !Arrays.equals(now, oldPdf)) {
                pdfTime = System.nanoTime() - start;
                break;
            }
            if (System.nanoTime() > start + TIMEOUT_NANOS) throw new IllegalStateException("the PDF never changed");
            Thread.sleep(PDF_POLL_MILLIS);
        }
        return new long[] {event, html, pdfTime, start};
    }

    private static byte[] get(HttpClient http, String base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 ? r.body() : null;
    }

    /** The corpus and templates in {@code root}, written once. */
    private static Path prepare(Path root, int n) throws IOException {
        Path project = root.resolve("project");
        if (!Files.isDirectory(project.resolve("content"))) {
            Files.createDirectories(project);
            new Corpus(20240118L).write(project.resolve("content"), n, 2017, 8);
        }
        // the project's templates of this version, every run: an older copy may not fit this engine
        Path templates = project.resolve("templates");
        OutputFolder.deleteTree(templates);
        copyTree(Path.of("templates"), templates);
        return project;
    }

    /** The middle report that has the sentence an edit extends. */
    private static Path pickReport(Path content) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (int i = files.size() / 2; i < files.size(); i++) {
            if (Files.readString(files.get(i), StandardCharsets.UTF_8).contains("。现将")) return files.get(i);
        }
        throw new IllegalStateException("no report has the opening the edit extends");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(List<long[]> rows, int column) {
        long[] v = rows.stream().mapToLong(r -> r[column]).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return (v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0) / 1e6;
    }

    private static double min(List<long[]> rows, int column) {
        return rows.stream().mapToLong(r -> r[column]).min().orElse(0) / 1e6;
    }

    private static double max(List<long[]> rows, int column) {
        return rows.stream().mapToLong(r -> r[column]).max().orElse(0) / 1e6;
    }
}
