package org.baogao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;
import org.baogao.testing.Browser;
import org.baogao.testing.Projects;
import org.baogao.testing.SearchIndexFile;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures the archive's search on a large made-up archive: the index's size, and in headless
 * Chromium the time from submitting a query to its results being on the page. A benchmark, not a
 * test: run it by hand (see README, "Archive").
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.baogao.bench.SearchBenchmark [-Dexec.args="1000"]
 * </pre>
 */
public final class SearchBenchmark {

    static final int RUNS = 7;

    /** Submits a query the way the form's button does, then reads the clock three times: DOM built, laid out, painted. */
    static final String SUBMIT = """
            var query = arguments[0], type = arguments[1], done = arguments[arguments.length - 1];
            document.getElementById('q').value = query;
            document.getElementById('filter-type').value = type;
            var form = document.getElementById('search');
            var start = performance.now();
            form.requestSubmit();
            var dom = performance.now() - start;
            document.body.offsetHeight;
            var layout = performance.now() - start;
            requestAnimationFrame(function () {
              setTimeout(function () {
                done([dom, layout, performance.now() - start,
                      document.querySelectorAll('#search-results li').length,
                      document.getElementById('search-status').textContent]);
              }, 0);
            });
            """;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        for (int size : new int[] {count / 10, count / 3}) {
            Path dir = build(size);
            index(dir.resolve("site"), size);
            org.baogao.publish.OutputFolder.deleteTree(dir);
        }
        Path dir = build(count);
        try {
            index(dir.resolve("site"), count);
            browser(dir.resolve("site"));
        } finally {
            if (!Boolean.getBoolean("bench.keep")) org.baogao.publish.OutputFolder.deleteTree(dir);
            else System.out.println("kept " + dir);
        }
    }

    /** A project of {@code count} made-up reports, built without PDFs. */
    private static Path build(int count) throws Exception {
        Path dir = Files.createTempDirectory("baogao-bench-");
        Projects.create(dir);
        Projects.write(dir.resolve("baogao.yml"), "name: 检索基准档案\n");
        long t0 = System.nanoTime();
        new Corpus(20240118L, 5, 5).write(dir.resolve("content"), count, 2017, 8);
        BuildResult result = Projects.build(Projects.options(dir).withPdf(false));
        System.out.printf(Locale.ROOT, "%nbuilt %d reports (HTML only) in %.1f s, generating them included%n",
                result.built(), (System.nanoTime() - t0) / 1e9);
        return dir;
    }

    private static void index(Path site, int count) throws Exception {
        SearchIndexFile index = SearchIndexFile.read(site.resolve("search-index.js"));
        long utf8 = index.texts().stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = index.texts().stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        System.out.printf(Locale.ROOT, "search index: %,d bytes for %d reports = %,d bytes per report%n",
                index.bytes(), count, index.bytes() / count);
        System.out.printf(Locale.ROOT, "  bodies: %,d characters (%,d per report); as plain UTF-8 they would take %,d bytes "
                + "(%,d per report)%n", chars, chars / count, utf8, utf8 / count);
    }

    private static void browser(Path site) {
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String url = site.resolve("search.html").toUri().toString();
            for (int i = 0; i < 3; i++) {
                driver.get(url);
                Object load = driver.executeScript(
                        "var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
                System.out.printf(Locale.ROOT, "search page load with its index (file://): %.0f ms%n", ((Number) load).doubleValue());
            }
            String[][] queries = {
                {"学习", ""}, {"理论学习", ""}, {"理论学习 营商环境", ""}, {"理论学习 营商环境 冷链物流", ""},
                {"乡镇卫生院", ""}, {"班子", "group"}, {"工作", "individual"}, {"数字政府", "individual"},
                {"2019年", ""}, {"不存在的词语", ""},
            };
            System.out.println("results  DOM ms         layout ms      painted ms     filter      query   (ms: median of "
                    + RUNS + " runs, max in brackets)");
            for (String[] q : queries) {
                List<double[]> runs = new ArrayList<>();
                String results = "";
                for (int i = 0; i < RUNS + 1; i++) {
                    @SuppressWarnings("unchecked")
                    List<Object> r = (List<Object>) driver.executeAsyncScript(SUBMIT, q[0], q[1]);
                    // the first run warms the page's code up; it is not counted
                    if (i > 0) runs.add(new double[] {num(r.get(0)), num(r.get(1)), num(r.get(2))});
                    results = r.get(4).toString().replaceAll("（.*", "");
                }
                System.out.printf(Locale.ROOT, "%7s  %s  %s  %s  %-10s  %s%n", results.replaceAll("\\D", ""),
                        stat(runs, 0), stat(runs, 1), stat(runs, 2), q[1].isEmpty() ? "-" : q[1], q[0]);
            }
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static String stat(List<double[]> runs, int k) {
        double[] v = runs.stream().mapToDouble(r -> r[k]).sorted().toArray();
        return String.format(Locale.ROOT, "%5.1f (%5.1f)", v[v.length / 2], Arrays.stream(v).max().orElse(0));
    }
}
