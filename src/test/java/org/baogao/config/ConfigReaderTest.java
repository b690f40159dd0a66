package org.baogao.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.pipeline.BuildException;
import org.baogao.print.OutputFormat;
import org.baogao.print.PageNumbers;
import org.baogao.print.PrintSettings;
import org.baogao.testing.Projects;
import org.baogao.text.Language;
import org.baogao.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path dir;

    ProjectConfig read(String yaml) throws Exception {
        return ConfigReader.read(Projects.write(dir.resolve("baogao.yml"), yaml));
    }

    void assertError(String yaml, int line, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("baogao.yml") + ":" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void withoutAFileEverySettingHasItsDefault() throws Exception {
        ProjectConfig c = ConfigReader.readIfPresent(dir.resolve("baogao.yml"));
        assertThat(c).isEqualTo(ProjectConfig.DEFAULTS);
        assertThat(c.name()).isEqualTo("报告档案");
        assertThat(c.taxonomies()).extracting(Taxonomy::key).containsExactly("year", "meeting", "unit", "author", "type", "tags");
        assertThat(c.typeLabel("group")).isEqualTo("班子");
        assertThat(c.typeLabel("rectification")).isEqualTo("rectification");
        assertThat(read("# nothing set yet\n")).isEqualTo(ProjectConfig.DEFAULTS);
    }

    @Test
    void theVolumeSettingsAreRead() throws Exception {
        VolumeSettings v = read("""
                volume:
                  field: unit
                  page-numbers: per-report
                  marking: 内部资料 注意保存
                  order: [县委书记, 县长, 李明]
                  first: [group, rectification]
                """).volume();
        assertThat(v).isEqualTo(new VolumeSettings(true, TaxonomyField.UNIT, VolumeSettings.Numbering.PER_REPORT,
                "内部资料 注意保存", java.util.List.of("县委书记", "县长", "李明"), java.util.List.of("group", "rectification")));
        assertThat(read("volume: false\n").volume().enabled()).isFalse();
        assertThat(read("volume:\n").volume()).isEqualTo(VolumeSettings.DEFAULTS);
        assertError("volume:\n  page-numbers: roman\n", 2, "'page-numbers' is 'roman'; write running (through the volume) or per-report");
        assertError("volume:\n  order: 县长\n", 2, "'order' must be a list, e.g. [县委书记, 县长, 县委副书记]");
        assertError("volume:\n  feild: unit\n", 2, "unknown volume setting 'feild' (known: field, page-numbers, marking, order, first)");
        assertError("volume:\n  field: people\n", 2, "'field' is 'people', not a field");
    }

    @Test
    void theNameTaxonomiesAndTypeNamesAreRead() throws Exception {
        ProjectConfig c = read("""
                name: 青山县委办公室报告档案
                taxonomies:
                  year: 年份
                  unit:
                  post: 职务
                types:
                  rectification: 整改清单
                  group: 领导班子
                """);
        assertThat(c.name()).isEqualTo("青山县委办公室报告档案");
        assertThat(c.taxonomies()).containsExactly(new Taxonomy(TaxonomyField.YEAR, "年份"),
                new Taxonomy(TaxonomyField.UNIT, "单位"), new Taxonomy(TaxonomyField.POST, "职务"));
        assertThat(c.types()).containsExactly(java.util.Map.entry("individual", "个人"), java.util.Map.entry("group", "领导班子"),
                java.util.Map.entry("rectification", "整改清单"));
    }

    @Test
    void printSettingsAreReadAndWhatIsNotSetKeepsItsDefault() throws Exception {
        assertThat(ProjectConfig.DEFAULTS.print()).isEqualTo(new PrintSettings(PageNumbers.OUTSIDE, false, java.util.List.of()));
        assertThat(read("print:\n  cover: true\n  bold-levels: [3]\n").print())
                .isEqualTo(new PrintSettings(PageNumbers.OUTSIDE, true, java.util.List.of(3)));
        assertThat(read("print:\n  page-numbers: center\n").print())
                .isEqualTo(new PrintSettings(PageNumbers.CENTER, false, java.util.List.of()));
        assertThat(read("print:\n").print()).isEqualTo(ProjectConfig.DEFAULTS.print());
    }

    @Test
    void theWordDocumentIsAskedForAtTheTopOrUnderPrint() throws Exception {
        assertThat(ProjectConfig.DEFAULTS.print().docx()).isFalse();
        assertThat(read("outputs: [html, pdf, docx]\n").print().docx()).isTrue();
        assertThat(read("print:\n  outputs: docx\n  cover: true\n").print())
                .isEqualTo(new PrintSettings(PageNumbers.OUTSIDE, true, java.util.List.of(), java.util.List.of(OutputFormat.DOCX)));
        assertThat(read("outputs: [html, pdf]\n").print().docx()).isFalse();
        assertError("outputs: [html, word]\n", 1, "'outputs' has 'word'; write some of: html, pdf, docx");
    }

    @Test
    void wrongPrintSettingsAreRefusedWithTheirLine() {
        assertError("name: 档案\nprint:\n  covers: true\n", 3, "unknown print setting 'covers' (known: bold-levels, cover, outputs, page-numbers)");
        assertError("print:\n  bold-levels: [1]\n", 2, "only levels 3 (1.) and 4 (（1）) can be bold");
        assertError("print:\n  page-numbers: outer\n", 2, "'page-numbers' is 'outer'; write one of: outside, center");
        assertError("print: [cover]\n", 1, "'print' must be 'key: value' lines");
    }

    @Test
    void taxonomiesMayBeAPlainListOrNone() throws Exception {
        assertThat(read("taxonomies: [meeting, tags]").taxonomies())
                .containsExactly(Taxonomy.of(TaxonomyField.MEETING), Taxonomy.of(TaxonomyField.TAGS));
        assertThat(read("taxonomies: []").taxonomies()).isEmpty();
    }

    @Test
    void theSimilarityChecksSettings() throws Exception {
        SimilarSettings s = read("similar:\n  min-chars: 30\n  common-share: 5%\n  warn-share: 0.5\n  stop:\n    - 两个维护\n").similar();
        assertThat(s).isEqualTo(new SimilarSettings(30, 0.05, java.util.List.of("两个维护"), 0.5));
        assertThat(read("name: 档案\n").similar()).isEqualTo(SimilarSettings.DEFAULTS);
        assertError("similar:\n  common-share: 2\n", 2, "'common-share' must be a share between 0 and 1");
        assertError("similar:\n  stop: 两个维护\n", 2, "'stop' must be a list of phrases");
        assertThat(read("similar:\n  archive: false\n").similar().archive()).isFalse();
        assertThat(SimilarSettings.DEFAULTS.archive()).isTrue();
        assertError("similar:\n  archive: no\n", 2, "'archive' is 'no'; write true");
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        assertError("name: 档案\nnmae: 档案\n", 2, "unknown setting 'nmae' (known: name, taxonomies, types, print, outputs, volume, similar)");
        assertError("taxonomies:\n  - year\n  - units\n", 3,
                "'units' is not a field the archive can be browsed by (known: year, meeting, unit, author, post, type, tags)");
        assertError("taxonomies: [year, unit, year]\n", 1, "taxonomy 'year' appears twice");
        assertError("\nname: [甲, 乙]\n", 2, "'name' must be text, not a list");
        assertError("name:\n", 1, "'name' is empty");
        assertError("name: 档案\nname: 又一个\n", 2, "'name' appears twice");
        assertError("types: [individual]\n", 1, "'types' must be 'key: value' lines, e.g. 'individual: 个人'");
        assertError("- name\n", 1, "the file must be 'key: value' lines");
    }

    @Test
    void aYamlMistakeIsPlacedByLineAndColumn() {
        assertThatThrownBy(() -> read("name: 档案\ntaxonomies: [year\n")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("baogao.yml") + ":3:1: the file is not valid YAML: ");
        // a name with ': ' in it: quote it, as the line to write says
        assertThatThrownBy(() -> read("name: 青山县委: 报告档案\n")).isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("baogao.yml") + ":1:11: the file is not valid YAML: the value of 'name' has ': '"
                        + " in it; put the value in quotes: name: \"青山县委: 报告档案\"");
    }

    @Test
    void mistakesAreExplainedInChinese() {
        Messages.use(Language.ZH);
        try {
            assertThatThrownBy(() -> read("name: 档案\nnmae: 档案\n")).hasMessageStartingWith(dir.resolve("baogao.yml")
                    + ":2: 没有“nmae”这项设置（是否写错了？可用的设置：name, taxonomies, ");
            assertThatThrownBy(() -> read("print:\n  cover: 是\n")).hasMessage(dir.resolve("baogao.yml")
                    + ":2: “cover”写的是“是”：请写 true（是）或 false（否）");
            assertThatThrownBy(() -> read("name: 青山县委: 报告档案\n")).hasMessage(dir.resolve("baogao.yml")
                    + ":1:11: 这个文件的格式有误：“name”的值中有冒号加空格（“: ”），会被当成另一项。请给整个值加上英文引号，"
                    + "写成：name: \"青山县委: 报告档案\"");
        } finally {
            Messages.use(Language.EN);
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Files.write(dir.resolve("baogao.yml"), "name: 档案\n".getBytes("GB18030"));
        assertThatThrownBy(() -> ConfigReader.read(dir.resolve("baogao.yml"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not UTF-8");
    }

    @Test
    void aConfigFileThatWasNamedMustExistAndItsErrorsStopTheBuild(@TempDir Path project) throws Exception {
        Projects.create(project);
        Projects.write(project.resolve("content/a.md"), Projects.report("甲对照检查材料", "individual", "甲", "学习不够。"));
        var options = Projects.options(project).withPdf(false);
        assertThatThrownBy(() -> Projects.build(options.withConfig(project.resolve("archive.yml"))))
                .isInstanceOf(BuildException.class).hasMessageContaining("archive.yml: no such file");

        Projects.write(project.resolve("baogao.yml"), "name: 档案\ntaxonomies: [year, units]\n");
        assertThatThrownBy(() -> Projects.build(options)).isInstanceOf(BuildException.class)
                .hasMessageContaining("baogao.yml:2: 'units' is not a field");
        assertThat(project.resolve("site")).doesNotExist();
    }
}
