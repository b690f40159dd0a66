package org.baogao.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baogao.fonts.FontRegistry;
import org.baogao.publish.OutputFolder;
import org.baogao.text.Messages;

/**
 * The write-cache phase: what this build made from which inputs ({@link BuildCache}: the reports, the
 * archive's pages, the meetings' volumes), the font
 * list it found, and the texts of the published reports, which the search index needs when
 * another report changes. All of it goes into the new archive, and is published with it.
 */
final class CachePhase {

    private CachePhase() {}

    /** Keeps a published report's text in the cache folder. */
    static void storeText(Done d, OutputFolder out) throws IOException {
        if (d.cached() == null || d.cached().draft()) return;
        String file = BuildCache.TEXTS + d.cached().textHash() + ".txt";
        if (d.text() != null) out.write(file, d.text());
        else if (!out.carry(file)) throw new IOException(Messages.get("build.cache-lost", d.cached().relative()));
    }

    /** A row with its print key, and the Word document's key made from it, made again from what rendering used. */
    private static CachedReport keyedAfterRendering(CachedReport c, Inputs inputs, boolean pdf) {
        // a PDF an HTML-only build kept keeps the key it was found to have
        if (!pdf && !c.pdfName().isEmpty()) return c;
        String printKey = inputs.printKey(c.sourceHash(), c.type());
        CachedReport keyed = c.withPrintKey(printKey);
        if (c.docxKey().isEmpty() || c.docxKey().equals(CachedReport.DOCX_FAILED)) return keyed;
        return keyed.withDocx(c.docxName(), inputs.docxKey(printKey, c.type()));
    }

    /**
     * Writes the build cache and, when PDFs are built, the font list. The reports' keys are made
     * again from {@code inputs}' templates, which cover what this build's renderings used as well.
     *
     * @return what the cache says of each report, by its file below the content folder
     */
    static Map<String, CachedReport> write(List<Done> done, Inputs inputs, ArchivePhase.ArchiveState archive,
            Map<String, org.baogao.volume.BoundVolume> volumes, FontRegistry fonts, boolean pdf, OutputFolder out) throws IOException {
        Map<String, CachedReport> rows = new LinkedHashMap<>();
        for (Done d : done) {
            CachedReport c = d.cached();
            if (c == null) continue;
            // a stale row keeps the keys its PDF was made with: the keys of today's templates would claim it current
            rows.put(c.relative(), c.draft() || c.stale() ? c : keyedAfterRendering(c, inputs, pdf));
        }
        if (pdf) out.write(FontListFile.FILE, FontListFile.bytes(fonts, inputs.fontSet()));
        out.write(BuildCache.FILE, new BuildCache(inputs.settingsKey(), inputs.settings(), inputs.templates().siteKey(),
                archive.pagesKey(), archive.indexKey(), archive.files(), volumes, rows, inputs.templates().used()).bytes());
        return rows;
    }
}
