package org.baogao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildListener;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildRequest;
import org.baogao.pipeline.BuildResult;
import org.baogao.pipeline.Builder;
import org.junit.jupiter.api.Assumptions;

/** Throwaway projects for tests: the real templates, content written by the test. */
public final class Projects {

    /** The project's own folders; tests run with the project root as working directory. */
    public static final Path TEMPLATES = Path.of("templates");
    public static final Path CONTENT = Path.of("content");
    public static final Path SAMPLES = Path.of("../shared/samples");

    private Projects() {}

    /**
     * Skips the calling test, saying why on screen, when the real reports of {@code ../shared/samples}
     * are not beside the project (they are not part of it, so a fresh clone has none).
     */
    public static void requireSamples() {
        if (Files.isDirectory(SAMPLES)) return;
        String why = SAMPLES.toAbsolutePath().normalize() + " is not here: the tests that read the real reports are skipped";
        System.err.println("skipped: " + why);
        Assumptions.assumeTrue(false, why);
    }

    /** A project folder with a copy of the real templates and an empty content folder. */
    public static Path create(Path dir) throws IOException {
        copyTree(TEMPLATES, dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        return dir;
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static BuildOptions options(Path project) {
        return new BuildOptions(project.resolve("content"), project.resolve("templates"), project.resolve("site"),
                List.of(), false, true, true, 2);
    }

    public static BuildResult build(BuildOptions options) throws BuildException {
        try (Builder builder = new Builder(options)) {
            return builder.build(BuildRequest.incremental(BuildListener.NONE));
        }
    }

    /** The errors of a build's failed reports, one line each: what an assertion should show. */
    public static String errors(BuildResult result) {
        StringBuilder s = new StringBuilder();
        result.reports().stream().filter(org.baogao.pipeline.ReportOutcome::failed).forEach(o -> o.problems().stream()
                .filter(org.baogao.content.Problem::isError).limit(3).forEach(p -> s.append('\n').append(p)));
        return s.toString();
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A report with front matter and a body long enough to wrap, written for the tests. */
    public static String report(String title, String type, String author, String body) {
        return report(title, type, author, "2024-01-05", body);
    }

    /** The same, signed on the given date ({@code YYYY-MM-DD}). */
    public static String report(String title, String type, String author, String date, String body) {
        return report(title, type, author, "2023年度民主生活会", date, body);
    }

    /** The same, of the given meeting. */
    public static String report(String title, String type, String author, String meeting, String date, String body) {
        return """
                ---
                title: %s
                type: %s
                author: %s
                unit: 测试县委
                meeting: %s
                date: %s
                ---

                %s
                """.formatted(title, type, author, meeting, date, body);
    }

    /**
     * A report of {@code paragraphs} equal paragraphs of 2 + 52 characters, two lines each on the
     * 28-character grid: reports of consecutive counts end two lines apart, so that in one of a few
     * the 落款 falls at a page's foot.
     */
    public static String ending(int paragraphs) {
        return report("落款位置测试" + paragraphs, "individual", endingAuthor(paragraphs), twoLineParagraphs(paragraphs));
    }

    /**
     * {@link #ending} less one paragraph, and a closing paragraph of one line after them, as most
     * reports end ("以上报告，请批评指正。"): a paragraph the 落款 can take along only whole.
     */
    public static String endingInOneLine(int paragraphs) {
        return report("落款位置测试" + paragraphs, "individual", endingAuthor(paragraphs),
                twoLineParagraphs(paragraphs - 1) + "以上发言，请同志们批评指正。\n");
    }

    private static String twoLineParagraphs(int n) {
        String filler = "各级党组织要把学习教育同推动中心工作结合起来切实做到以学促干";
        return (filler + filler.substring(0, 21) + "。\n\n").repeat(n);
    }

    /** The issuer of {@link #ending}{@code (paragraphs)}. */
    public static String endingAuthor(int paragraphs) {
        return "钱守" + paragraphs;
    }

    /** Every file of an HTML-only site a reader gets (the build's own {@code .baogao/} left out), as text. */
    public static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(".baogao/") || rel.endsWith(".pdf")) continue;
                out.put(rel, Files.readString(f));
            }
        }
        return out;
    }

    /** The {@link #pages} a clean build of the same sources writes into {@code clean} (emptied first). */
    public static Map<String, String> cleanBuildPages(BuildOptions options, Path clean) throws IOException, BuildException {
        org.baogao.publish.OutputFolder.deleteQuietly(clean);
        try (Builder b = new Builder(options.withOut(clean))) {
            b.build(BuildRequest.incremental(BuildListener.NONE).withClean(true));
        }
        return pages(clean);
    }
}
