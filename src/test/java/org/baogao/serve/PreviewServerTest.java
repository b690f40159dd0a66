package org.baogao.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.baogao.lint.Glossary;
import org.baogao.pipeline.BuildOptions;
import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server, started in the test on a free port and asked over plain sockets, as a browser would. */
@Tag("pdf")
class PreviewServerTest {

    @TempDir
    static Path dir;
    static Path project;
    static PreviewServer server;

    static final String BODY = """
            ## 一、存在的主要问题

            （一）学习方面。学习不够深入。
            """;

    @BeforeAll
    static void start() throws Exception {
        project = Projects.create(dir.resolve("project"));
        Projects.write(project.resolve("content/2023/a.md"), Projects.report("甲对照检查材料", "individual", "甲", BODY));
        Projects.write(project.resolve("content/2023/b.md"), Projects.report("乙对照检查材料", "individual", "乙", BODY));
        BuildOptions build = new BuildOptions(project.resolve("content"), project.resolve("templates"),
                dir.resolve("served"), List.of(), true, false, false, 2, null, Glossary.defaultGlossary(), true);
        server = PreviewServer.start(new ServeOptions(build, 0, null, List.of()), line -> { });
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    record Response(int status, String body) {}

    static Response get(String path) throws IOException {
        return get(path, "127.0.0.1:" + server.port());
    }

    static Response get(String path, String host) throws IOException {
        return get(server.port(), path, host);
    }

    /** A request exactly as written: no client library normalises the path. */
    static Response get(int port, String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            int body = all.indexOf("\r\n\r\n");
            return new Response(status, body < 0 ? "" : all.substring(body + 4));
        }
    }

    @Test
    void servesTheArchiveAndItsPagesWithTheReloadScript() throws Exception {
        Response index = get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(Jsoup.parse(index.body()).select("a.report[href=2023/a/index.html]")).hasSize(1);
        Response page = get("/2023/a/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).selectFirst("h1.title").text()).isEqualTo("甲对照检查材料");
        assertThat(page.body()).contains("<script src=\"/_baogao/reload.js\"></script>");
        assertThat(get("/_baogao/reload.js").body()).contains("new EventSource('/_baogao/events')");
        assertThat(get("/2023/nope/index.html").status()).isEqualTo(404);
        assertThat(Files.readString(dir.resolve("served/2023/a/index.html"))).as("built files stay clean")
                .doesNotContain("reload.js");
    }

    @Test
    void savingAReportRebuildsItAndTellsItsOpenPageToReload() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (Socket sse = listen(events)) {
            assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");
            long saved = System.nanoTime();
            Projects.write(project.resolve("content/2023/b.md"), Projects.report("乙对照检查材料（修改稿）", "individual", "乙", BODY));

            String data = null;
            for (String line; (line = events.poll(5, TimeUnit.SECONDS)) != null; ) {
                if (line.equals("data: /2023/b/index.html")) {
                    data = line;
                    break;
                }
            }
            long millis = (System.nanoTime() - saved) / 1_000_000;
            assertThat(data).as("a reload event for the saved report's page").isNotNull();
            // the goal is a reload within a second; the bound leaves room for a busy CI machine
            assertThat(millis).isLessThan(2000);
            assertThat(Jsoup.parse(get("/2023/b/index.html").body()).selectFirst("h1.title").text())
                    .isEqualTo("乙对照检查材料（修改稿）");
            // the page first, rendered ahead; the listings with the build that follows
            eventually(() -> get("/").body().contains("乙对照检查材料（修改稿）"));
        }
    }

    @Test
    void aSavedReportsPageIsServedBeforeItsPdfIsMadeAndBothEndUpNew() throws Exception {
        Path pdfProject = Projects.create(dir.resolve("pdf-project"));
        Path b = pdfProject.resolve("content/2023/b.md");
        Projects.write(pdfProject.resolve("content/2023/a.md"), Projects.report("甲对照检查材料", "individual", "甲", BODY));
        Projects.write(b, Projects.report("乙对照检查材料", "individual", "乙", BODY));
        BuildOptions build = new BuildOptions(pdfProject.resolve("content"), pdfProject.resolve("templates"),
                dir.resolve("served-pdf"), List.of(), true, true, false, 2, null, Glossary.defaultGlossary(), true);
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        Path pdf = dir.resolve("served-pdf/2023/b/b.pdf");
        try (PreviewServer pdfServer = PreviewServer.start(new ServeOptions(build, 0, null, List.of()), l -> log.add(l.text()))) {
            String host = "127.0.0.1:" + pdfServer.port();
            byte[] pdfBefore = Files.readAllBytes(pdf);
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            try (Socket sse = listen(pdfServer.port(), events)) {
                assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");
                int logged = log.size();
                Projects.write(b, Projects.report("乙对照检查材料", "individual", "乙", BODY.replace("学习不够深入。",
                        "学习不够深入，联系群众不够紧密。")));

                // first the page, rendered ahead of the build, which has not finished: the PDF is the old one
                awaitEvent(events, "data: /2023/b/index.html");
                assertThat(log.subList(logged, log.size())).as("no rebuild has finished yet").isEmpty();
                assertThat(Jsoup.parse(get(pdfServer.port(), "/2023/b/index.html", host).body()).text())
                        .contains("联系群众不够紧密");

                // then the build: the page again, and the PDF with the change
                awaitEvent(events, "data: /2023/b/index.html");
                assertThat(log.subList(logged, log.size())).anyMatch(l -> l.startsWith("rebuilt "));
                assertThat(Files.readAllBytes(pdf)).isNotEqualTo(pdfBefore);
                try (var probe = org.baogao.testing.PdfProbe.open(pdf)) {
                    assertThat(probe.text().replaceAll("\\s", "")).contains("联系群众不够紧密");
                }
                var page = Jsoup.parse(get(pdfServer.port(), "/2023/b/index.html", host).body());
                assertThat(page.text()).contains("联系群众不够紧密");
                assertThat(page.select("a.pdf-file").text()).contains("KB");
                assertThat(Jsoup.parse(Files.readString(dir.resolve("served-pdf/2023/b/index.html"))).text())
                        .contains("联系群众不够紧密");
            }
        }
    }

    @Test
    void aBrokenReportShowsItsErrorInThePageAndTheServerGoesOn() throws Exception {
        Path c = project.resolve("content/2023/c.md");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (Socket sse = listen(events)) {
            events.poll(5, TimeUnit.SECONDS);
            Projects.write(c, Projects.report("丙对照检查材料", "individual", "丙", BODY).replace("2024-01-05", "昨天"));
            awaitEvent(events, "data: *", "data: /2023/c/index.html");
            Response broken = get("/2023/c/index.html");
            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.body()).contains("build failed", "c.md:7: error: 'date' is '昨天'",
                    "not a date; write it as YYYY-MM-DD");

            Projects.write(c, Projects.report("丙对照检查材料", "individual", "丙", BODY));
            awaitEvent(events, "data: /2023/c/index.html");
            Response fixed = get("/2023/c/index.html");
            assertThat(fixed.body()).doesNotContain("build failed");
            assertThat(Jsoup.parse(fixed.body()).selectFirst("h1.title").text()).isEqualTo("丙对照检查材料");
            eventually(() -> get("/").body().contains("丙对照检查材料"));

            // a deleted report leaves the archive
            Files.delete(c);
            awaitEvent(events, "data: /2023/c/index.html");
            eventually(() -> get("/2023/c/index.html").status() == 404);
            assertThat(get("/").body()).doesNotContain("丙对照检查材料");
        }
    }

    @Test
    void brokenTemplatesShowTheirErrorsInThePagesUntilTheyAreFixed() throws Exception {
        Path layout = project.resolve("templates/individual.ftlh");
        Path index = project.resolve("templates/site/index.ftlh");
        String goodLayout = Files.readString(layout);
        String goodIndex = Files.readString(index);
        try {
            // a report's layout that does not parse: the whole build fails; the last good page stays, with the error above it
            Files.writeString(layout, goodLayout + "\n<#if true>");
            eventually(() -> get("/2023/a/index.html").body().contains("baogao-problems"));
            assertThat(Jsoup.parse(get("/2023/a/index.html").body()).selectFirst(".baogao-problems").text())
                    .startsWith("the whole build failed: ").contains("individual.ftlh");
            Files.writeString(layout, goodLayout);
            eventually(() -> !get("/2023/a/index.html").body().contains("baogao-problems"));

            // the archive's page: the whole build fails; the last good pages stay, with the error above them
            Files.writeString(index, "<#list reports as r>${r.title}");
            eventually(() -> get("/").body().contains("baogao-problems"));
            var page = Jsoup.parse(get("/").body());
            assertThat(page.selectFirst(".baogao-problems").text()).startsWith("the whole build failed: ")
                    .contains("index.ftlh");
            assertThat(page.select("a.report[href=2023/a/index.html]")).hasSize(1);
            Files.writeString(index, goodIndex);
            eventually(() -> !get("/").body().contains("baogao-problems"));
        } finally {
            Files.writeString(layout, goodLayout);
            Files.writeString(index, goodIndex);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Saves and rebuilds take their time; wait for the outcome rather than for one event of several. */
    private static void eventually(Check check) throws Exception {
        long until = System.nanoTime() + 15_000_000_000L;
        while (!check.holds()) {
            if (System.nanoTime() > until) throw new AssertionError("did not happen within 15 s");
            Thread.sleep(50);
        }
    }

    @Test
    void pathsOutsideTheServedFolderAreRefused() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                "/2023/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "/2023/..%5c..%5cetc%5cpasswd", "/%252e%252e/etc/passwd",
                "//etc/passwd", "/%c0%ae%c0%ae/etc/passwd", "/.staging/index.html", "/%00/etc/passwd")) {
            Response r = get(path);
            assertThat(r.status()).as(path).isIn(403, 404);
            assertThat(r.body()).as(path).doesNotContain("root:");
        }
    }

    @Test
    void aTakenPortGivesWayToAFreeOne() throws Exception {
        BuildOptions build = new BuildOptions(project.resolve("content"), project.resolve("templates"),
                dir.resolve("served-2"), List.of(), true, false, false, 1, null, Glossary.defaultGlossary(), true);
        try (PreviewServer second = PreviewServer.start(new ServeOptions(build, server.port(), null, List.of()), l -> { })) {
            assertThat(second.port()).isNotEqualTo(server.port());
            assertThat(second.movedPort()).isTrue();
            assertThat(second.url()).isEqualTo("http://127.0.0.1:" + second.port() + "/");
        }
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        assertThat(get("/", "evil.example").status()).isEqualTo(403);
        assertThat(get("/", "evil.example:" + server.port()).status()).isEqualTo(403);
        assertThat(get("/", "localhost:" + server.port()).status()).isEqualTo(200);
    }

    /**
     * Open pages waiting for reload events must not take the threads that serve pages (issue 12,
     * case 9: 200 of them made every page request time out); past the bound the oldest are let go.
     */
    @Test
    void pagesAreServedWhileTwoHundredReloadConnectionsAreOpen() throws Exception {
        List<Socket> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write(("GET /_baogao/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                open.add(s);
            }
            long start = System.nanoTime();
            Response page = get("/2023/a/index.html");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(page.status()).isEqualTo(200);
            assertThat(millis).as("ms to serve a page beside 200 reload connections").isLessThan(3000);
            eventually(() -> server.reloadListeners() <= ReloadEvents.MAX_LISTENERS);
            // the newest connection is one of those kept, and told of a reload
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            try (Socket last = listen(events)) {
                assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo(": connected");
            }
        } finally {
            for (Socket s : open) s.close();
        }
    }

    private static Socket listen(BlockingQueue<String> events) throws IOException {
        return listen(server.port(), events);
    }

    private static Socket listen(int port, BlockingQueue<String> events) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream().write(("GET /_baogao/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = s.getInputStream();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                boolean body = false;
                for (String line; (line = r.readLine()) != null; ) {
                    // the stream is chunked: skip the headers and the chunk sizes
                    if (!body) {
                        body = line.isEmpty();
                        continue;
                    }
                    if (!line.isEmpty() && !line.matches("[0-9a-fA-F]+")) events.add(line);
                }
            } catch (IOException e) {
                // closed by the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        return s;
    }

    private static void awaitEvent(BlockingQueue<String> events, String... any) throws InterruptedException {
        for (String line; (line = events.poll(10, TimeUnit.SECONDS)) != null; ) {
            if (List.of(any).contains(line)) return;
        }
        throw new AssertionError("no event " + List.of(any));
    }
}
