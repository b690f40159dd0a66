package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.baogao.config.SimilarSettings;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.hash.ContentHash;
import org.baogao.publish.OutputFolder;
import org.baogao.similar.Document;
import org.baogao.similar.FingerprintFile;
import org.baogao.similar.Fingerprints;
import org.baogao.similar.Fork;
import org.baogao.similar.LastCheck;
import org.baogao.similar.LastCheckFile;
import org.baogao.similar.Similarity;
import org.baogao.site.SimilarPanels;
import org.baogao.text.Messages;

/**
 * The similarity phase (查重): every report of the archive (its drafts when they are built, a
 * report that fails now as its last good version, as published) compared with all the others,
 * once they are read and before their pages are rendered, so that each page shows its panel. A
 * report that could not be read is not in the archive, and so not compared.
 *
 * <p>The fingerprints of each report's text are kept in the build's cache ({@link #FILE}), under
 * the hash of the text, so that a build fingerprints only the reports whose text changed; and what
 * the check found of each report ({@link #RESULTS}), so that a build searches again only the
 * reports whose results can have changed with the reports that did, and keeps the others'. The
 * results are those of a check made whole; a cache of another version, or damaged, is not used.
 */
final class SimilarPhase {

    static final String FILE = BuildCache.FOLDER + "/fingerprints.bin";
    static final String RESULTS = BuildCache.FOLDER + "/similar.bin";

    private final SimilarSettings settings;
    private final int threads;
    /** The build's rendering threads, {@code threads} of them. */
    private final ExecutorService pool;
    /** The fingerprints the published archive's cache holds, by text hash; read once, when first needed. */
    private final Path published;
    private Map<String, Fingerprints> known;
    /** The fingerprints of the reports last checked, by text hash: what the cache is to keep. */
    private final Map<String, Fingerprints> made = new LinkedHashMap<>();
    private boolean changed;
    /** What the last check found: the published archive's, read when first needed, then this build's. */
    private LastCheck lastCheck;
    private SimilarPanels last = SimilarPanels.NONE;
    private final Path content;
    private final List<Problem> notes = new ArrayList<>();

    /**
     * @param pool      the build's rendering threads, which read each report's text and key for the check
     * @param published the published archive, whose cached fingerprints are reused; null: none (a clean build)
     * @param content   the content folder, which a note that the check failed names
     */
    SimilarPhase(SimilarSettings settings, int threads, ExecutorService pool, Path published, Path content) {
        this.pool = pool;
        this.content = content;
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.published = published;
    }

    /** What {@code reports} share with each other; {@link SimilarPanels#NONE} when the project does not check its archive. */
    SimilarPanels run(List<Report> reports) {
        if (!settings.archive()) return SimilarPanels.NONE;
        if (known == null) {
            known = read(published);
            lastCheck = readResults(published);
        }
        Document[] read = new Document[reports.size()];
        String[] keys = new String[reports.size()];
        // each report's text for the check and its key, on the rendering threads, which are idle until the check is done
        inParallel(reports.size(), i -> {
            read[i] = SimilarPanels.document(reports.get(i));
            keys[i] = ContentHash.ofText(read[i].text());
        });
        List<Document> docs = List.of(read);
        Fingerprints[] fingerprints = new Fingerprints[docs.size()];
        Map<String, Fingerprints> reuse = new HashMap<>(known);
        reuse.putAll(made);
        for (int i = 0; i < docs.size(); i++) {
            Fingerprints f = reuse.get(keys[i]);
            if (f != null && f.fit(docs.get(i).text().length())) fingerprints[i] = f;
        }
        SimilarPanels panels = SimilarPanels.of(reports, settings.warnShare());
        LastCheck found;
        try {
            found = Similarity.check(docs, keys, fingerprints, settings, lastCheck, reuse::get, threads, panels::add);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // the panels are a help to the reader, not the archive: the reports are published without them
            String why = e instanceof OutOfMemoryError ? RenderMemory.outOfMemory() : ReportRenderer.describe(e);
            notes.add(Problem.warning(content, 0, Messages.get("build.similar-failed", why)));
            last = SimilarPanels.NONE;
            lastCheck = null;
            return last;
        }
        lastCheck = found;
        made.clear();
        for (int i = 0; i < docs.size(); i++) made.put(keys[i], fingerprints[i]);
        changed = !made.keySet().equals(known.keySet());
        last = panels;
        return panels;
    }

    /** Runs {@code each} for 0 … n − 1 on the build's threads, and waits for them. */
    private void inParallel(int n, java.util.function.IntConsumer each) {
        Fork.forEach(pool, threads, n, each);
    }

    /** What the build is to say of the check: that it could not be done, and why. */
    List<Problem> notes() {
        return List.copyOf(notes);
    }

    /** What the last check found: of the reports that are in the archive, when they were checked again. */
    SimilarPanels last() {
        return last;
    }

    /** Keeps the fingerprints of the reports last checked in the new archive's cache: carried over when they are the same. */
    void write(OutputFolder out) throws IOException {
        if (!settings.archive() || known == null) return;
        if (changed || !out.carry(FILE)) out.write(FILE, FingerprintFile.bytes(made, settings));
        if (lastCheck != null) out.write(RESULTS, LastCheckFile.bytes(lastCheck));
    }

    /** What the published archive's last check found; null when unknown, of another version or damaged. */
    private static LastCheck readResults(Path site) {
        if (site == null) return null;
        Path file = site.resolve(RESULTS);
        try {
            return Files.isRegularFile(file) ? LastCheckFile.read(Files.readAllBytes(file)) : null;
        } catch (IOException e) {
            // an unreadable cache costs only the time to search again
            return null;
        }
    }

    private Map<String, Fingerprints> read(Path site) {
        if (site == null) return Map.of();
        Path file = site.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? FingerprintFile.read(Files.readAllBytes(file), settings) : Map.of();
        } catch (IOException e) {
            // an unreadable cache costs only the time to fingerprint again
            return Map.of();
        }
    }
}
