package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which templates each key covers: what the renderings used, as recorded, or everything without a record. */
class TemplateKeysTest {

    @Test
    void aTypesKeyCoversWhatItsRenderingsUsedAndNoOthers(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("a.ftlh"), "甲");
        Projects.write(dir.resolve("b.ftlh"), "乙");
        Projects.write(dir.resolve("_shared.ftlh"), "共");
        Projects.write(dir.resolve("_other.ftlh"), "他");
        Projects.write(dir.resolve("site/index.ftlh"), "首");
        Projects.write(dir.resolve("_frame.ftlh"), "框");
        Map<String, Set<String>> used = Map.of("a.ftlh", Set.of("a.ftlh", "_shared.ftlh", "_missing.ftlh"),
                "b.ftlh", Set.of("b.ftlh", "_other.ftlh"), "site/index.ftlh", Set.of("site/index.ftlh", "_frame.ftlh"));
        TemplateKeys before = TemplateKeys.of(dir, used);

        Projects.write(dir.resolve("_shared.ftlh"), "共享");
        TemplateKeys shared = TemplateKeys.of(dir, used);
        assertThat(shared.typeKey("a")).isNotEqualTo(before.typeKey("a"));
        assertThat(shared.typeKey("b")).isEqualTo(before.typeKey("b"));
        assertThat(shared.siteKey()).isEqualTo(before.siteKey());

        // a template looked up and not found: creating it changes what the type prints
        Projects.write(dir.resolve("_missing.ftlh"), "新");
        TemplateKeys created = TemplateKeys.of(dir, used);
        assertThat(created.typeKey("a")).isNotEqualTo(shared.typeKey("a"));
        assertThat(created.typeKey("b")).isEqualTo(shared.typeKey("b"));

        Projects.write(dir.resolve("_frame.ftlh"), "框架");
        TemplateKeys frame = TemplateKeys.of(dir, used);
        assertThat(frame.siteKey()).isNotEqualTo(created.siteKey());
        assertThat(frame.typeKey("a")).isEqualTo(created.typeKey("a"));
    }

    @Test
    void withoutARecordEveryTemplateCounts(@TempDir Path dir) throws Exception {
        Projects.write(dir.resolve("a.ftlh"), "甲");
        Projects.write(dir.resolve("_x.ftlh"), "丙");
        TemplateKeys before = TemplateKeys.of(dir, Map.of());
        Projects.write(dir.resolve("_x.ftlh"), "丁");
        TemplateKeys after = TemplateKeys.of(dir, Map.of());

        assertThat(after.typeKey("a")).isNotEqualTo(before.typeKey("a"));
        assertThat(after.siteKey()).isNotEqualTo(before.siteKey());
        // and a record added by a build narrows the key to what was used
        Map<String, Set<String>> used = Map.of("a.ftlh", Set.of("a.ftlh"));
        assertThat(after.with(used).typeKey("a")).isEqualTo(before.with(used).typeKey("a"));
    }

    @Test
    void keysSeeTheBuiltInTemplatesAndTheProjectsOverrides(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("templates");
        // what rendering the built-in types and the home page looks up
        Map<String, Set<String>> used = Map.of(
                "individual.ftlh", Set.of("individual.ftlh", "_base.ftlh", "site/_frame.ftlh", "_print.css.ftlh"),
                "group.ftlh", Set.of("group.ftlh", "_base.ftlh", "site/_frame.ftlh", "_print.css.ftlh"),
                "site/index.ftlh", Set.of("site/index.ftlh", "site/_frame.ftlh"));
        TemplateKeys builtIn = TemplateKeys.of(folder, used);

        // a project's _base.ftlh replaces the built-in partial every built-in type imports
        Projects.write(folder.resolve("_base.ftlh"), "<#macro page issuer=\"\">${body?no_esc}<#nested></#macro>");
        TemplateKeys overridden = TemplateKeys.of(folder, used);
        assertThat(overridden.typeKey("individual")).isNotEqualTo(builtIn.typeKey("individual"));
        assertThat(overridden.typeKey("group")).isNotEqualTo(builtIn.typeKey("group"));
        assertThat(overridden.siteKey()).isEqualTo(builtIn.siteKey());

        Projects.write(folder.resolve("site/_frame.ftlh"), "框");
        assertThat(TemplateKeys.of(folder, used).siteKey()).isNotEqualTo(builtIn.siteKey());

        // removing the overrides is the built-ins again
        java.nio.file.Files.delete(folder.resolve("_base.ftlh"));
        java.nio.file.Files.delete(folder.resolve("site/_frame.ftlh"));
        assertThat(TemplateKeys.of(folder, used).typeKey("individual")).isEqualTo(builtIn.typeKey("individual"));
        assertThat(TemplateKeys.of(folder, used).siteKey()).isEqualTo(builtIn.siteKey());
    }
}
