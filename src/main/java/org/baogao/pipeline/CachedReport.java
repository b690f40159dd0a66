package org.baogao.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.baogao.content.ReportFiles;

/**
 * What the last build made of one report file, as the build cache remembers it.
 *
 * @param relative   the file below the content folder, {@code 2023/li-ming.md}
 * @param sourceHash the content hash of its bytes (see {@link org.baogao.hash.ContentHash})
 * @param draft      it was a draft and not published; nothing else below matters then
 * @param type       its document type
 * @param printKey   the key of everything its PDF and page depend on: source, the templates its type's renderings
 *                   used, settings, fonts, version
 * @param webKey     its place in the archive: what its page shows besides what the print key covers
 * @param path       its output folder below the site, {@code 2023/li-ming}
 * @param pdfName    its PDF's file name in that folder, or "" without PDF
 * @param pages      its PDF's pages
 * @param pdfBytes   its PDF's size
 * @param textHash   the content hash of its body's plain text, which the cache keeps for the search index
 * @param docxName   its Word document's file name in that folder, or "" without one
 * @param docxKey    the key of everything its Word document depends on ({@link Inputs#docxKey}); "" when
 *                   none was asked for, {@link #DOCX_FAILED} when one was asked for and could not be written
 */
record CachedReport(String relative, String sourceHash, boolean draft, String type, String printKey, String webKey,
        String path, String pdfName, int pages, long pdfBytes, String textHash, String docxName, String docxKey) {

    /** The Word document was asked for and not written: the next build tries again, and says why again. */
    static final String DOCX_FAILED = "failed";

    static CachedReport draft(String relative, String sourceHash, String type) {
        return new CachedReport(relative, sourceHash, true, type, "", "", "", "", 0, 0, "", "", "");
    }

    CachedReport withPrintKey(String key) {
        return new CachedReport(relative, sourceHash, draft, type, key, webKey, path, pdfName, pages, pdfBytes, textHash,
                docxName, docxKey);
    }

    /** The files of the site it owns, relative to the site root. */
    List<String> outputs() {
        if (draft) return List.of();
        List<String> files = new ArrayList<>(List.of(new ReportFiles(path).page()));
        if (!pdfName.isEmpty()) files.add(path + "/" + pdfName);
        if (!docxName.isEmpty()) files.add(path + "/" + docxName);
        return files;
    }

    /** This row with what it says of the Word document replaced. */
    CachedReport withDocx(String newDocxName, String newDocxKey) {
        return new CachedReport(relative, sourceHash, draft, type, printKey, webKey, path, pdfName, pages, pdfBytes,
                textHash, newDocxName, newDocxKey);
    }

    /** This row with its page's key replaced: the page was written again with a new place in the archive. */
    CachedReport withWebKey(String newWebKey) {
        return new CachedReport(relative, sourceHash, draft, type, printKey, newWebKey, path, pdfName, pages, pdfBytes,
                textHash, docxName, docxKey);
    }
}
