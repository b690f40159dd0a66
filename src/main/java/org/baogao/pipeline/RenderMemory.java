package org.baogao.pipeline;

import org.baogao.text.Messages;

/**
 * How many reports may be rendered into PDFs at once in the memory the JVM may use: as many as
 * asked (the cores, by default), but no more than fit. Each rendering thread keeps its own parsed
 * copy of the fonts (FontBox's objects are not thread-safe) and lays a whole report out in
 * memory; with 8 processors and the launcher's 720 MB heap, eight at once ran out of memory.
 */
final class RenderMemory {

    /** What one thread rendering PDFs holds at most: its parsed fonts and a report laid out. */
    static final long PER_PDF_THREAD = 160L * 1024 * 1024;
    /** What the rest of the build holds besides: the reports read, the archive's pages, the index. */
    static final long RESERVE = 160L * 1024 * 1024;

    private RenderMemory() {}

    /** @param maxMemory the heap the JVM may grow to, {@link Runtime#maxMemory()} */
    static int jobs(int wanted, boolean pdf, long maxMemory) {
        if (!pdf) return wanted;
        long fit = (maxMemory - RESERVE) / PER_PDF_THREAD;
        return (int) Math.max(1, Math.min(wanted, fit));
    }

    /** What to tell a user whose build ran out of memory anyway. */
    static String outOfMemory() {
        return Messages.get("build.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
