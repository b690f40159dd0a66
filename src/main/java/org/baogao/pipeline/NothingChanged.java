package org.baogao.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.baogao.site.SitePaths;

/**
 * The check that ends a build before it reads anything: every file has the same bytes, type
 * templates, Word templates, settings and fonts as when the archive was built, the site templates
 * are the same, and every output is still there. Then the archive is left as it is. For an
 * HTML-only build, a PDF it would keep (made with the keys a build with PDFs gives now) is no change.
 */
final class NothingChanged {

    private NothingChanged() {}

    /** The result of a build that finds nothing changed, and so touches nothing; null when anything differs. */
    static BuildResult result(BuildCache previous, Inputs inputs, Path site, BuildListener listener, long start) {
        // an HTML-only build after one with PDFs finds the PDFs' settings: they are what it keeps
        boolean settings = previous.settingsKey.equals(inputs.settingsKey()) || previous.settingsKey.equals(inputs.pdfSettingsKey());
        if (!settings || !previous.siteKey.equals(inputs.templates().siteKey())
                || previous.reports.size() != inputs.sourceHashes().size()) {
            return null;
        }
        List<CachedReport> rows = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : inputs.sourceHashes().entrySet()) {
                CachedReport row = previous.reports.get(inputs.relative(e.getKey()));
                if (row == null || !row.sourceHash().equals(e.getValue())) return null;
                // a page marked stale is rendered again, so that the mark goes once its file builds
                if (row.stale()) return null;
                if (!row.draft()) {
                    // the key of now, or, for a PDF an HTML-only build keeps, the key a build with PDFs gives now
                    if (!inputs.printKey(row.sourceHash(), row.type()).equals(row.printKey())
                            && !(!row.pdfName().isEmpty() && inputs.pdfPrintKey(row.sourceHash(), row.type()).equals(row.printKey()))) {
                        return null;
                    }
                    // a Word document that could not be written is tried again; one that was, with its template
                    if (row.docxKey().equals(CachedReport.DOCX_FAILED)) return null;
                    if (!row.docxKey().isEmpty() && !inputs.docxKey(row.printKey(), row.type()).equals(row.docxKey())) return null;
                    for (String f : row.outputs()) if (!Files.isRegularFile(site.resolve(f))) return null;
                    if (!Files.isRegularFile(site.resolve(BuildCache.TEXTS + row.textHash() + ".txt"))) return null;
                }
                rows.add(row);
            }
            for (String f : previous.archiveFiles.keySet()) if (!Files.isRegularFile(site.resolve(f))) return null;
            for (String f : previous.volumeFiles.keySet()) if (!Files.isRegularFile(site.resolve(f))) return null;
            if (!Files.isRegularFile(site.resolve(SitePaths.SEARCH_INDEX))) return null;
        } catch (RuntimeException e) {
            return null;
        }
        List<ReportOutcome> outcomes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Path, String> e : inputs.sourceHashes().entrySet()) {
            CachedReport row = rows.get(i++);
            ReportOutcome o = new ReportOutcome(e.getKey(), row.draft() ? ReportOutcome.Status.DRAFT : ReportOutcome.Status.BUILT,
                    null, row.pages(), row.pdfBytes(), 0, List.of(), null, ReportOutcome.Work.REUSED);
            outcomes.add(o);
            listener.finished(o, i, rows.size());
        }
        return new BuildResult(outcomes, (System.nanoTime() - start) / 1_000_000, false);
    }
}
