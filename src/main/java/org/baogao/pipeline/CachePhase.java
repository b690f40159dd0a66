package org.baogao.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.baogao.fonts.FontRegistry;
import org.baogao.publish.OutputFolder;

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
        else if (!out.carry(file)) throw new IOException("the build cache lost the text of " + d.cached().relative() + "; build with --clean");
    }

    /**
     * Writes the build cache and, when PDFs are built, the font list.
     *
     * @return what the cache says of each report, by its file below the content folder
     */
    static Map<String, CachedReport> write(List<Done> done, Inputs inputs, ArchivePhase.ArchiveState archive,
            Map<String, String> volumes, FontRegistry fonts, boolean pdf, OutputFolder out) throws IOException {
        Map<String, CachedReport> rows = new LinkedHashMap<>();
        for (Done d : done) if (d.cached() != null) rows.put(d.cached().relative(), d.cached());
        if (pdf) out.write(FontListFile.FILE, FontListFile.bytes(fonts, inputs.fontSet()));
        out.write(BuildCache.FILE, new BuildCache(inputs.settingsKey(), inputs.templates().siteKey(), archive.pagesKey(),
                archive.indexKey(), archive.files(), volumes, rows).bytes());
        return rows;
    }
}
