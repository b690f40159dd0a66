package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which templates each type's key covers: imports and includes, followed through every level and folder. */
class TemplateKeysTest {

    @Test
    void aTypesKeyFollowsItsPartialsTransitivelyAndNoOthers(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("a.ftlh"), "<#import \"_shared.ftlh\" as s><@s.page/>");
        Projects.write(dir.resolve("b.ftlh"), "<#include '_other.ftlh'>");
        Projects.write(dir.resolve("_shared.ftlh"), "<#macro page><#include \"parts/_deep.ftlh\"></#macro>");
        Projects.write(dir.resolve("parts/_deep.ftlh"), "<#include \"../_leaf.ftlh\">");
        Projects.write(dir.resolve("_leaf.ftlh"), "葉");
        Projects.write(dir.resolve("_other.ftlh"), "他");
        Projects.write(dir.resolve("site/index.ftlh"), "[#import \"/_frame.ftlh\" as f]");
        Projects.write(dir.resolve("_frame.ftlh"), "框");
        TemplateKeys before = TemplateKeys.of(dir);

        assertThat(before.closure(java.util.Set.of("a.ftlh")))
                .containsExactly("_leaf.ftlh", "_shared.ftlh", "a.ftlh", "parts/_deep.ftlh");

        Projects.write(dir.resolve("_leaf.ftlh"), "叶");
        TemplateKeys leafChanged = TemplateKeys.of(dir);
        assertThat(leafChanged.typeKey("a")).isNotEqualTo(before.typeKey("a"));
        assertThat(leafChanged.typeKey("b")).isEqualTo(before.typeKey("b"));
        assertThat(leafChanged.siteKey()).isEqualTo(before.siteKey());

        Projects.write(dir.resolve("_frame.ftlh"), "框架");
        TemplateKeys frameChanged = TemplateKeys.of(dir);
        assertThat(frameChanged.siteKey()).isNotEqualTo(leafChanged.siteKey());
        assertThat(frameChanged.typeKey("a")).isEqualTo(leafChanged.typeKey("a"));
    }

    @Test
    void aComputedTemplateNameMakesTheTypeDependOnEveryTemplate(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("a.ftlh"), "<#include meta.type + \".ftlh\">");
        Projects.write(dir.resolve("b.ftlh"), "乙");
        Projects.write(dir.resolve("_x.ftlh"), "丙");
        TemplateKeys before = TemplateKeys.of(dir);
        Projects.write(dir.resolve("_x.ftlh"), "丁");

        assertThat(TemplateKeys.of(dir).typeKey("a")).isNotEqualTo(before.typeKey("a"));
        assertThat(TemplateKeys.of(dir).typeKey("b")).isEqualTo(before.typeKey("b"));
    }
}
