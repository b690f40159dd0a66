package org.baogao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.baogao.content.Report;
import org.baogao.publish.OutputFolder;

/**
 * A report that was published and fails now keeps its last good version published, its page
 * marked stale, rather than disappearing from the archive: for the people who keep the archive,
 * a report that published once and breaks in its next edit is still a document they hold. The
 * build cache keeps the source of every published report ({@code .baogao/source/}, under its
 * content hash), so that the last good version can be read again and placed among the others:
 * its page, its listings and search entry, its neighbours' links, as the last build made them.
 *
 * <p>A report has no last good version when it never published, was a draft, or its last good
 * source cannot be read under today's settings either (its type removed, say); then, and with
 * {@link FailedReports#DROP}, it is left out as any failed report.
 */
final class LastGood {

    static final String SOURCES = BuildCache.FOLDER + "/source/";
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /**
     * The last good version of a report that fails now.
     *
     * @param report   that version, read again from the cache
     * @param lastGood what the cache says of it
     * @param failure  how the report's file fails now: its errors are reported, and make the build's status 1
     */
    record Stale(Report report, CachedReport lastGood, ReportOutcome failure) {}

    private final ReportReader reader;
    private final BuildCache previous;
    private final OutputFolder out;
    private final boolean keep;

    LastGood(ReportReader reader, BuildCache previous, OutputFolder out, FailedReports failed) {
        this.reader = reader;
        this.previous = previous;
        this.out = out;
        this.keep = failed == FailedReports.KEEP_LAST_GOOD;
    }

    /** What the published archive holds of a report, whatever the build's {@code --clean}; null when nothing. */
    CachedReport published(String relative) {
        return previous.reports.get(relative);
    }

    /** The last good version of the report file {@code file}, which failed as {@code failure}; null when there is none to keep. */
    Stale of(Path file, String relative, ReportOutcome failure) {
        if (!keep) return null;
        CachedReport before = previous.reports.get(relative);
        if (before == null || before.draft()) return null;
        byte[] bytes;
        try {
            Path kept = out.published(source(before.sourceHash()));
            if (!Files.isRegularFile(kept)) return null;
            bytes = Files.readAllBytes(kept);
        } catch (IOException e) {
            return null;
        }
        Reading r = reader.read(file, relative, bytes);
        if (r.settled() != null) return null;
        return new Stale(r.report(), before, failure);
    }

    /** The file in the output folder that keeps the source of the version with {@code sourceHash}. */
    static String source(String sourceHash) {
        return SOURCES + sourceHash + ".md";
    }

    /** Keeps a published report's source in the cache folder, as text: its last good version, should it fail later. */
    static void store(Done d, OutputFolder out) throws IOException {
        CachedReport c = d.cached();
        if (c == null || c.draft()) return;
        String file = source(c.sourceHash());
        if (!out.carry(file)) out.write(file, d.outcome().report().source().text().getBytes(StandardCharsets.UTF_8));
    }

    /** When the version a stale row keeps was built, as its page says it. */
    static String since(CachedReport row) {
        return SINCE.format(Instant.ofEpochSecond(row.builtAt()).atZone(ZoneId.systemDefault()));
    }
}
