package org.baogao.similar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baogao.content.ContentScanner;
import org.baogao.content.FrontMatterParser;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.content.SourceReader;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * Reads report files for the check, as the commands that check without building ({@code similar},
 * {@code lint}) need them: a file that cannot be read or parsed is left out with its error, and
 * the others are read.
 */
public final class ReportTexts {

    /**
     * One report read: as the check sees it, and its body as it was written (for lines and
     * excerpts). Not the file's whole text: the check of a large archive holds every report's.
     *
     * @param bodyLine the line of the file the body starts on
     */
    public record Read(Document document, String body, int bodyLine) {}

    /** The reports read and the errors of those that could not be. */
    public record Result(List<Read> reports, List<Problem> errors) {}

    private ReportTexts() {}

    /**
     * Reads {@code files}; those below {@code content} are named by their path below it, the
     * others as given. A file named twice is read once.
     */
    public static Result read(List<Path> files, Path content, int threads) {
        Map<Path, Path> unique = new LinkedHashMap<>();
        for (Path f : files) unique.putIfAbsent(f.toAbsolutePath().normalize(), f);
        List<Path> list = new ArrayList<>(unique.values());
        Path base = content == null ? null : content.toAbsolutePath().normalize();
        Object[] out = new Object[list.size()];
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, list.size()).parallel().forEach(i -> {
                out[i] = readOne(list.get(i), base);
            })).join();
        } finally {
            pool.shutdown();
        }
        List<Read> reads = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        for (Object o : out) {
            if (o instanceof Read r) reads.add(r);
            else errors.add((Problem) o);
        }
        return new Result(reads, errors);
    }

    /** The path results name a file by: below the content folder, or as given. */
    public static String name(Path file, Path content) {
        Path abs = file.toAbsolutePath().normalize();
        if (content != null && abs.startsWith(content)) return ContentScanner.relative(content, abs);
        return file.toString().replace('\\', '/');
    }

    private static Object readOne(Path file, Path content) {
        String name = name(file, content);
        try {
            Report r = new FrontMatterParser().parse(new SourceReader().read(file, name));
            return new Read(Document.of(r, name), r.body(), r.bodyLine());
        } catch (ReportException e) {
            return e.problem();
        } catch (RuntimeException e) {
            return Problem.error(file, 0, Messages.get("similar.unreadable", Causes.of(e)));
        }
    }
}
