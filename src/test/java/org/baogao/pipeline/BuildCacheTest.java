package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    @Test
    void whatIsWrittenReadsBackFieldForFieldWhateverTheNamesHold(@TempDir Path site) throws Exception {
        CachedReport odd = new CachedReport("2023/名\t字\\x\n.md", "h1", false, "individual", "p", "w", "2023/名\t字\\x\n",
                "名\t字\\x\n.pdf", 7, 123_456, "t", "名\t字\\x\n.docx", "d");
        CachedReport draft = CachedReport.draft("草稿.md", "h2", "group");
        BuildCache cache = new BuildCache("s", "site", "a", "i", Map.of("browse/index.html", "k1", "assets/baogao.css", ""),
                Map.of("volumes/2023.pdf", "v1"), Map.of(odd.relative(), odd, draft.relative(), draft),
                Map.of("individual.ftlh", java.util.Set.of("individual.ftlh", "_base.ftlh", "名\t字.ftlh")));
        Files.createDirectories(site.resolve(BuildCache.FOLDER));
        Files.write(site.resolve(BuildCache.FILE), cache.bytes());

        BuildCache read = BuildCache.read(site);

        assertThat(read.settingsKey).isEqualTo("s");
        assertThat(read.siteKey).isEqualTo("site");
        assertThat(read.archiveKey).isEqualTo("a");
        assertThat(read.indexKey).isEqualTo("i");
        assertThat(read.archiveFiles).isEqualTo(cache.archiveFiles);
        assertThat(read.volumeFiles).isEqualTo(cache.volumeFiles);
        assertThat(read.reports).containsEntry(odd.relative(), odd).containsEntry(draft.relative(), draft);
        assertThat(read.templatesUsed).isEqualTo(cache.templatesUsed);
    }

    @Test
    void aMissingForeignOrDamagedCacheReadsAsEmpty(@TempDir Path site) throws Exception {
        assertThat(BuildCache.read(site)).isSameAs(BuildCache.EMPTY);
        Files.createDirectories(site.resolve(BuildCache.FOLDER));
        Files.writeString(site.resolve(BuildCache.FILE), "baogao build cache\t0\nsettings\tx\n");
        assertThat(BuildCache.read(site)).isSameAs(BuildCache.EMPTY);
        Files.writeString(site.resolve(BuildCache.FILE), "baogao build cache\t2\nreport\tonly\tthree\n");
        assertThat(BuildCache.read(site)).isSameAs(BuildCache.EMPTY);
    }
}
