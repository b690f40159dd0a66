package org.baogao.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.baogao.content.ReportFiles;

/**
 * What the last build made of one report file, as the build cache remembers it.
 *
 * @param relative   the file below the content folder, {@code 2023/li-ming.md}
 * @param sourceHash the content hash of the bytes it was made from (see {@link org.baogao.hash.ContentHash}): the
 *                   file's, or for a stale report the last good version's, whose source the cache keeps
 * @param state      published, a draft (nothing else below matters then), or stale
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
 * @param builtAt    when the version published was last rendered, in seconds since 1970 (UTC)
 */
record CachedReport(String relative, String sourceHash, State state, String type, String printKey, String webKey,
        String path, String pdfName, int pages, long pdfBytes, String textHash, String docxName, String docxKey,
        long builtAt) {

    /** The Word document was asked for and not written: the next build tries again, and says why again. */
    static final String DOCX_FAILED = "failed";

    /** What became of the report in the archive. */
    enum State {
        /** built from its file as it is */
        PUBLISHED,
        /** a draft, not published */
        DRAFT,
        /** its file fails now: its last good page and PDF are published, the page marked stale ({@link LastGood}) */
        STALE
    }

    static CachedReport draft(String relative, String sourceHash, String type) {
        return new CachedReport(relative, sourceHash, State.DRAFT, type, "", "", "", "", 0, 0, "", "", "", 0);
    }

    boolean draft() {
        return state == State.DRAFT;
    }

    boolean stale() {
        return state == State.STALE;
    }

    CachedReport withPrintKey(String key) {
        return new CachedReport(relative, sourceHash, state, type, key, webKey, path, pdfName, pages, pdfBytes, textHash,
                docxName, docxKey, builtAt);
    }

    /** The files of the site it owns, relative to the site root. */
    List<String> outputs() {
        if (draft()) return List.of();
        List<String> files = new ArrayList<>(List.of(new ReportFiles(path).page()));
        if (!pdfName.isEmpty()) files.add(path + "/" + pdfName);
        if (!docxName.isEmpty()) files.add(path + "/" + docxName);
        return files;
    }

    /** This row with what it says of the Word document replaced. */
    CachedReport withDocx(String newDocxName, String newDocxKey) {
        return new CachedReport(relative, sourceHash, state, type, printKey, webKey, path, pdfName, pages, pdfBytes,
                textHash, newDocxName, newDocxKey, builtAt);
    }

    /** This row with its page's key replaced: the page was written again with a new place in the archive. */
    CachedReport withWebKey(String newWebKey) {
        return new CachedReport(relative, sourceHash, state, type, printKey, newWebKey, path, pdfName, pages, pdfBytes,
                textHash, docxName, docxKey, builtAt);
    }

    /** The same row, for the last good version kept in place of a report that fails now: as built then. */
    CachedReport staleSince(long lastBuilt) {
        return new CachedReport(relative, sourceHash, State.STALE, type, printKey, webKey, path, pdfName, pages, pdfBytes,
                textHash, docxName, docxKey, lastBuilt);
    }
}
