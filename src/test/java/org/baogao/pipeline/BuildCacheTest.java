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
        CachedReport odd = new CachedReport("2023/名\t字\\x\n.md", "h1", CachedReport.State.PUBLISHED, "individual", "p", "w",
                "2023/名\t字\\x\n", "名\t字\\x\n.pdf", 7, 123_456, "t", "名\t字\\x\n.docx", "d", 1_764_630_000L);
        CachedReport stale = new CachedReport("2023/旧.md", "h3", CachedReport.State.STALE, "group", "p3", "w3", "2023/旧",
                "旧.pdf", 2, 9_000, "t3", "", "", 1_764_000_000L);
        CachedReport draft = CachedReport.draft("草稿.md", "h2", "group");
        SettingsKey parts = new SettingsKey("1.0 912706 1764650000000", "none", "g\tlossary", true, "pdfa=true drafts=false", "f");
        BuildCache cache = new BuildCache("s", parts, "site", "a", "i", Map.of("browse/index.html", "k1", "assets/baogao.css", ""),
                Map.of("volumes/2023.pdf", new org.baogao.volume.BoundVolume("v1", 40, "salt", "toc", 2, 1, 4,
                        java.util.List.of(new org.baogao.volume.BoundVolume.Part("2023/名\t字", "p", 1, 7))),
                        "volumes/2022.pdf", org.baogao.volume.BoundVolume.keyOnly("v0")), Map.of(odd.relative(), odd, draft.relative(), draft, stale.relative(), stale),
                Map.of("individual.ftlh", java.util.Set.of("individual.ftlh", "_base.ftlh", "名\t字.ftlh")));
        Files.createDirectories(site.resolve(BuildCache.FOLDER));
        Files.write(site.resolve(BuildCache.FILE), cache.bytes());

        BuildCache read = BuildCache.read(site);

        assertThat(read.settingsKey).isEqualTo("s");
        assertThat(read.settings).isEqualTo(parts);
        assertThat(read.siteKey).isEqualTo("site");
        assertThat(read.archiveKey).isEqualTo("a");
        assertThat(read.indexKey).isEqualTo("i");
        assertThat(read.archiveFiles).isEqualTo(cache.archiveFiles);
        assertThat(read.volumeFiles).isEqualTo(cache.volumeFiles);
        assertThat(read.reports).containsEntry(odd.relative(), odd).containsEntry(draft.relative(), draft)
                .containsEntry(stale.relative(), stale);
        assertThat(read.templatesUsed).isEqualTo(cache.templatesUsed);
    }

    @Test
    void aMissingForeignOrDamagedCacheReadsAsEmpty(@TempDir Path site) throws Exception {
        assertThat(BuildCache.read(site)).isSameAs(BuildCache.EMPTY);
        Files.createDirectories(site.resolve(BuildCache.FOLDER));
        Files.writeString(site.resolve(BuildCache.FILE), "baogao build cache\t0\nsettings\tx\n");
        assertThat(BuildCache.read(site)).isSameAs(BuildCache.EMPTY);
        Files.writeString(site.resolve(BuildCache.FILE), "baogao build cache\t5\nreport\tonly\tthree\n");
        assertThat(BuildCache.read(site)).isSameAs(BuildCache.EMPTY);
    }

    @Test
    void aCacheWrittenBeforeTheSettingsPartsWereKeptReadsWithThemUnknown(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve(BuildCache.FOLDER));
        Files.writeString(site.resolve(BuildCache.FILE), "baogao build cache\t5\nsettings\tx\n");
        BuildCache read = BuildCache.read(site);
        assertThat(read.settingsKey).isEqualTo("x");
        assertThat(read.settings).isEqualTo(SettingsKey.UNKNOWN);
        assertThat(new SettingsKey("e", "c", "g", true, "o", "f").changedSince(read.settings)).isEmpty();
    }
}
