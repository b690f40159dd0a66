package org.baogao.site;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** The archive opened from disk, as from a shared drive: no server, so no fetching of files by script. */
class ArchiveFromFileTest extends ArchiveInBrowserTest {

    private Path servedSite;

    @Override
    void serve(Path site) {
        servedSite = site;
    }

    @Override
    void stopServing() {
        // nothing runs
    }

    @Override
    String root() {
        return servedSite.toUri().toString();
    }

    @Override
    byte[] fetch(String url) throws Exception {
        return Files.readAllBytes(Path.of(URI.create(url)));
    }
}
