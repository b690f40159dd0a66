package org.baogao.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSetTest {

    @Test
    void withoutAFolderTheBuiltInsServe(@TempDir Path dir) throws Exception {
        TemplateSet set = TemplateSet.of(dir.resolve("templates"));
        assertThat(set.files()).containsKeys("_base.ftlh", "individual.ftlh", "group.md", "site/index.ftlh", "assets/baogao.css");
        assertThat(set.files().values()).allMatch(TemplateSet::isBuiltIn);
        // the built-ins are the repository's templates/, packaged
        assertThat(Files.readString(set.find("individual.md").orElseThrow()))
                .isEqualTo(Files.readString(Path.of("templates/individual.md")));
    }

    @Test
    void aProjectFileReplacesTheBuiltInOfTheSameNameOnly(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("templates");
        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("assets/baogao.css"), "body{}");
        Files.writeString(folder.resolve("rectification.ftlh"), "<#import \"_base.ftlh\" as base><@base.page/>");

        TemplateSet set = TemplateSet.of(folder);
        assertThat(set.find("assets/baogao.css")).contains(folder.resolve("assets/baogao.css"));
        assertThat(TemplateSet.isBuiltIn(set.find("assets/search.js").orElseThrow())).isTrue();
        assertThat(set.files()).containsKeys("rectification.ftlh", "individual.ftlh");
        assertThat(set.files().get("assets/baogao.css")).isEqualTo(folder.resolve("assets/baogao.css"));
    }
}
