package org.baogao.serve;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDFs of saved reports as the build under way made them, served in place of the published
 * ones until that build has finished: a report's PDF depends on the report alone, so the bytes are
 * those the build will publish, and a writer need not wait for 查重, the listings and the search
 * index of a thousand reports to see the printed page. Only the saved reports' PDFs are kept, not
 * every PDF a whole build makes.
 */
final class PdfsAhead {

    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();
    private volatile Set<String> wanted = Set.of();

    /** A build starts that is to make the PDFs at these served paths ({@code /2023/li-ming/li-ming.pdf}) of saved reports. */
    void building(Set<String> saved) {
        wanted = Set.copyOf(saved);
    }

    /** A PDF the build made, {@code relative} to the site root; kept when it is one of a saved report. */
    void made(String relative, byte[] bytes) {
        String path = "/" + relative;
        if (wanted.contains(path)) pdfs.put(path, bytes);
    }

    /** The build has finished, or failed: what it published, or kept, is served from now on. */
    void built() {
        wanted = Set.of();
        pdfs.clear();
    }

    /** The PDF made ahead of its build's end at this served path, or null. */
    byte[] get(String path) {
        return pdfs.get(path);
    }
}
