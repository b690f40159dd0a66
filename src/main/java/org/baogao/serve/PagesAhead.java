package org.baogao.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.baogao.content.Problem;

/**
 * Report pages rendered ahead of the build that will publish them, served in place of the
 * published ones until that build has finished: a saved report's page shows at once, while its
 * PDF, the listings and the search index are made.
 *
 * <p>Each page rendered ahead is numbered when it starts, before its file is read. A build that
 * starts after page {@code g} started reads the file no earlier than that page did, so when it has
 * finished, pages up to the last number given out before it started are dropped; a page rendered
 * ahead that a finished build already covers is not put at all.
 */
final class PagesAhead {

    /** A page rendered ahead: its HTML, its warnings, and its number. */
    record Page(byte[] html, List<Problem> problems, long number) {}

    private final Map<String, Page> pages = new HashMap<>();
    private long started;
    private long covered;

    /** Numbers a page about to be rendered ahead, before its file is read. */
    synchronized long starting() {
        return ++started;
    }

    /** What a build about to start will cover, to be given to {@link #built} when it has finished. */
    synchronized long buildStarting() {
        return started;
    }

    /** Keeps a page rendered ahead; false when a finished build, or a later page, already covers it. */
    synchronized boolean put(String page, byte[] html, List<Problem> problems, long number) {
        if (number <= covered) return false;
        Page kept = pages.get(page);
        if (kept != null && kept.number() > number) return false;
        pages.put(page, new Page(html, problems, number));
        return true;
    }

    /** A build that covers every page numbered up to {@code upTo} has finished, or failed: its outcome stands. */
    synchronized void built(long upTo) {
        covered = Math.max(covered, upTo);
        pages.values().removeIf(p -> p.number() <= upTo);
    }

    /** The page rendered ahead for this path ({@code /2023/li-ming/index.html}), or null. */
    synchronized Page get(String page) {
        return pages.get(page);
    }
}
