package org.baogao.pipeline;

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
 */
record CachedReport(String relative, String sourceHash, boolean draft, String type, String printKey, String webKey,
        String path, String pdfName, int pages, long pdfBytes, String textHash) {

    static CachedReport draft(String relative, String sourceHash, String type) {
        return new CachedReport(relative, sourceHash, true, type, "", "", "", "", 0, 0, "");
    }

    CachedReport withPrintKey(String key) {
        return new CachedReport(relative, sourceHash, draft, type, key, webKey, path, pdfName, pages, pdfBytes, textHash);
    }

    /** The files of the site it owns, relative to the site root. */
    java.util.List<String> outputs() {
        if (draft) return java.util.List.of();
        String page = new ReportFiles(path).page();
        return pdfName.isEmpty() ? java.util.List.of(page) : java.util.List.of(page, path + "/" + pdfName);
    }
}
