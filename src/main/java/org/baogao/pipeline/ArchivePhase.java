package org.baogao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.baogao.config.ProjectConfig;
import org.baogao.hash.Sha256;
import org.baogao.layout.LayoutException;
import org.baogao.publish.OutputFolder;
import org.baogao.site.ArchiveEntry;
import org.baogao.site.ArchiveWriter;
import org.baogao.site.KeyFields;
import org.baogao.site.SimilarPanels;
import org.baogao.site.SitePaths;
import org.baogao.volume.Volumes;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * The assemble-archive phase: the archive's own pages (home, listings, linking to the volumes that
 * {@link VolumePhase} bound) and its search index, written again only when what they show changed,
 * and carried over from the last build otherwise.
 */
final class ArchivePhase {

    /** The keys of what the archive's pages and its search index show, and the pages' files. */
    record ArchiveState(String pagesKey, String indexKey, Map<String, String> files) {}

    private final ArchiveWriter archive;
    private final ProjectConfig config;

    ArchivePhase(ArchiveWriter archive, ProjectConfig config) {
        this.archive = archive;
        this.config = config;
    }

    /**
     * Writes the archive's pages and its search index of the published reports, or carries them over.
     *
     * @param similar what the similarity check found of the published reports, for the meetings' tables
     */
    ArchiveState run(Inputs inputs, BuildCache previous, List<Done> published, Volumes.Result volumes, SimilarPanels similar,
            OutputFolder out, ExecutorService pool) throws LayoutException, IOException {
        String settingsKey = inputs.settingsKey();
        String siteKey = inputs.templates().siteKey();
        List<Done> byPath = published.stream().sorted(Comparator.comparing(d -> d.outcome().report().path())).toList();
        // the pages' templates are compared on their own: the key kept for them is made after rendering, from what it used
        boolean sameTemplates = siteKey.equals(previous.siteKey);
        Sha256 pages = new Sha256().add(settingsKey);
        // the pages link to the volumes with their pages and size, which their keys determine
        new java.util.TreeMap<>(volumes.files()).forEach((f, v) -> pages.add(f).add(v.key()));
        // the meetings' listings show their reports' shares against each other
        pages.add(similar.tablesKey());
        Sha256 index = new Sha256().add(settingsKey);
        for (Done d : byPath) {
            ReportOutcome o = d.outcome();
            String row = KeyFields.add(new Sha256().add(o.report().path()), o.report().meta())
                    .add(o.pages()).add(o.pdfBytes()).add(d.cached().docxName()).hex();
            pages.add(row);
            index.add(row).add(d.cached().textHash());
        }
        String pagesKey = pages.hex();
        String indexKey = index.hex();
        List<ArchiveEntry> entries = new ArrayList<>();
        for (Done d : published) {
            ReportOutcome o = d.outcome();
            entries.add(ArchiveEntry.of(o.report(), o.pages(), o.pdfBytes(), o.text(), !d.cached().docxName().isEmpty(),
                    config));
        }
        // the search index is written on a rendering thread while this one writes the pages
        Future<?> indexWritten = null;
        if (!(indexKey.equals(previous.indexKey) && out.carry(SitePaths.SEARCH_INDEX))) {
            indexWritten = pool.submit(() -> {
                List<ArchiveEntry> withTexts = new ArrayList<>(entries.size());
                for (int i = 0; i < published.size(); i++) {
                    ArchiveEntry e = entries.get(i);
                    String text = published.get(i).outcome().text();
                    if (text == null) {
                        text = Files.readString(out.resolve(BuildCache.TEXTS + published.get(i).cached().textHash() + ".txt"),
                                StandardCharsets.UTF_8);
                    }
                    withTexts.add(e.withText(text));
                }
                archive.writeIndex(withTexts, out);
                return null;
            });
        }
        // the pages show no texts: entries without them, so that a page's key is what it shows
        List<ArchiveEntry> untexted = entries.stream().map(e -> e.withText("")).toList();
        Map<String, String> files = sameTemplates && pagesKey.equals(previous.archiveKey)
                && carryAll(previous.archiveFiles.keySet(), out)
                ? previous.archiveFiles
                : archive.writePages(untexted, out, pool, settingsKey, sameTemplates ? previous.archiveFiles : Map.of(),
                        volumes.shelf(), similar);
        if (indexWritten != null) {
            try {
                indexWritten.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(Messages.get("build.interrupted"), e);
            } catch (ExecutionException e) {
                throw new IOException(Messages.get("build.index-failed", Causes.of(e.getCause())), e.getCause());
            }
        }
        return new ArchiveState(pagesKey, indexKey, files);
    }

    private static boolean carryAll(Collection<String> files, OutputFolder out) throws IOException {
        if (files.isEmpty()) return false;
        for (String f : files) if (!out.carry(f)) return false;
        return true;
    }
}
