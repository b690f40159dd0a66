package org.baogao.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.baogao.testing.StaticServer;

/** The archive served by an intranet server, not at the root of its site. */
class ArchiveServedTest extends ArchiveInBrowserTest {

    private StaticServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    void serve(Path site) throws Exception {
        server = StaticServer.serve(site, "/archives/linjiang/");
    }

    @Override
    void stopServing() {
        if (server != null) server.close();
    }

    @Override
    String root() {
        return server.url().toString();
    }

    @Override
    byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new AssertionError(url + ": HTTP " + response.statusCode());
        return response.body();
    }
}
