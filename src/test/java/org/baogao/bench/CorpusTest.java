package org.baogao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.baogao.content.FrontMatterParser;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus: the same for the same seed, both types, and lengths spread over the range asked for. */
class CorpusTest {

    @Test
    void theSameSeedWritesTheSameReportsOfBothTypesAndSpreadLengths(@TempDir Path dir) throws Exception {
        new Corpus(7L).write(dir.resolve("a"), 60, 2020, 3);
        new Corpus(7L).write(dir.resolve("b"), 60, 2020, 3);
        Map<String, String> a = read(dir.resolve("a"));
        assertThat(a).hasSize(60).isEqualTo(read(dir.resolve("b")));

        List<Report> reports = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            reports.add(new FrontMatterParser().parse(new SourceReader().read(dir.resolve("a").resolve(e.getKey()), e.getKey())));
        }
        assertThat(reports).extracting(r -> r.meta().type()).contains("individual", "group");
        assertThat(reports).allSatisfy(r -> assertThat(r.warnings()).isEmpty());
        int shortest = reports.stream().mapToInt(r -> r.body().length()).min().orElseThrow();
        int longest = reports.stream().mapToInt(r -> r.body().length()).max().orElseThrow();
        // 3 pages need about 1,400 characters of body, 15 about 10,000
        assertThat(shortest).isLessThan(2_200);
        assertThat(longest).isGreaterThan(8_000);
    }

    private static Map<String, String> read(Path content) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) out.put(content.relativize(f).toString(), Files.readString(f));
        }
        return out;
    }
}
