package org.baogao.pipeline;

/**
 * What the last build made of one report file, as the build cache remembers it.
 *
 * @param relative   the file below the content folder, {@code 2023/li-ming.md}
 * @param sourceHash SHA-256 of its bytes
 * @param draft      it was a draft and not published; nothing else below matters then
 * @param type       its document type
 * @param printKey   the key of everything its PDF depends on: source, its type's templates, settings, fonts, version
 * @param webKey     the print key and its place in the archive: everything its page depends on
 * @param path       its output folder below the site, {@code 2023/li-ming}
 * @param pdfName    its PDF's file name in that folder, or "" without PDF
 * @param pages      its PDF's pages
 * @param pdfBytes   its PDF's size
 * @param textHash   SHA-256 of its body's plain text, which the cache keeps for the search index
 * @param docxName   its Word document's file name in that folder, or "" without one
 * @param docxKey    the key of everything its Word document depends on: the print key and the Word
 *                   template of its type; "" without one
 */
record CachedReport(String relative, String sourceHash, boolean draft, String type, String printKey, String webKey,
        String path, String pdfName, int pages, long pdfBytes, String textHash, String docxName, String docxKey) {

    CachedReport(String relative, String sourceHash, boolean draft, String type, String printKey, String webKey,
            String path, String pdfName, int pages, long pdfBytes, String textHash) {
        this(relative, sourceHash, draft, type, printKey, webKey, path, pdfName, pages, pdfBytes, textHash, "", "");
    }

    static CachedReport draft(String relative, String sourceHash, String type) {
        return new CachedReport(relative, sourceHash, true, type, "", "", "", "", 0, 0, "");
    }

    /** The files of the site it owns, relative to the site root. */
    java.util.List<String> outputs() {
        if (draft) return java.util.List.of();
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of(path + "/index.html"));
        if (!pdfName.isEmpty()) files.add(path + "/" + pdfName);
        if (!docxName.isEmpty()) files.add(path + "/" + docxName);
        return files;
    }

    /** This row with its page's key replaced: the page was written again with a new place in the archive. */
    CachedReport withWebKey(String newWebKey) {
        return new CachedReport(relative, sourceHash, draft, type, printKey, newWebKey, path, pdfName, pages, pdfBytes,
                textHash, docxName, docxKey);
    }
}
