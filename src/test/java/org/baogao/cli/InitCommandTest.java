package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new project from 'init', built with the built-in templates alone, and never overwritten. */
class InitCommandTest {

    @Test
    void initWritesAProjectThatIsLintCleanAndBuildsWithTheBuiltInTemplates(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("档案");
        Cli init = Cli.main("--lang", "zh", "init", project.toString());
        assertThat(init.status()).as(init.err()).isEqualTo(0);
        assertThat(init.out()).contains("已在 " + project + " 新建 baogao 项目", "baogao.yml", "已写入", "site/index.html");
        assertThat(Files.readString(project.resolve("baogao.yml"))).contains("# 档案名称", "taxonomies:", "print:");
        assertThat(Files.readString(project.resolve(".gitignore"))).contains("/site/");
        assertThat(project.resolve("templates")).doesNotExist();

        Map<String, byte[]> before = snapshot(project);
        Cli lint = Cli.main("lint", "--no-fonts", "--fix", "--project", project.toString());
        assertThat(lint.status()).as(lint.out() + lint.err()).isEqualTo(0);
        assertThat(lint.err()).contains("2 files checked: 0 errors, 0 warnings; 0 fixed");
        assertThat(snapshot(project)).as("lint --fix changes nothing in the examples").containsExactlyEntriesOf(before);

        Cli build = Cli.main("--lang", "en", "build", "--no-pdf", "--project", project.toString());
        assertThat(build.status()).as(build.err()).isEqualTo(0);
        assertThat(build.out()).contains("2 reports built", "→ " + project.resolve("site/index.html"));
        Document home = Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(home.text()).contains("报告档案");
        assertThat(project.resolve("site/assets/baogao.css")).exists();
        assertThat(project.resolve("site/2023/li-ming/index.html")).exists();
    }

    /**
     * A unit's first reports are too few for 查重 to tell a formula by how many reports carry it
     * (more than 10 must): the new project's stop list keeps the standard phrases from counting
     * as copying, which the two examples share.
     */
    @Test
    void aNewProjectsStopListKeepsTheStandardPhrasesFromCountingAsCopying(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("档案");
        assertThat(Cli.main("init", project.toString()).status()).isEqualTo(0);
        Cli similar = Cli.main("--lang", "en", "similar", "--project", project.toString());
        assertThat(similar.status()).as(similar.err()).isEqualTo(0);
        assertThat(similar.out() + similar.err()).contains("2 reports checked against 2: 0 share passages with others");

        Files.writeString(project.resolve("baogao.yml"), "name: 报告档案\n");
        Cli without = Cli.main("--lang", "en", "similar", "--project", project.toString());
        assertThat(without.out() + without.err()).contains("2 share passages with others", "学习贯彻习近平新时代中国特色社会主义思想");
    }

    @Test
    void initNeverReplacesAFile(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        Files.createDirectories(project);
        Files.writeString(project.resolve("baogao.yml"), "name: 我的档案\n");

        Cli init = Cli.main("init", project.toString());
        assertThat(init.status()).isEqualTo(0);
        assertThat(init.out()).contains(project.resolve("baogao.yml") + "  ", "already there, kept as it is");
        assertThat(Files.readString(project.resolve("baogao.yml"))).isEqualTo("name: 我的档案\n");

        Map<String, byte[]> before = snapshot(project);
        Cli again = Cli.main("init", project.toString());
        assertThat(again.out()).contains("nothing was changed");
        assertThat(snapshot(project)).containsExactlyEntriesOf(before);
    }

    @Test
    void copiedTemplatesOverrideTheBuiltInOnes(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        Cli.main("init", project.toString());
        Cli copy = Cli.main("templates", "--copy", "--project", project.toString());
        assertThat(copy.out()).contains("built-in templates copied into " + project.resolve("templates"));
        Path frame = project.resolve("templates/site/index.ftlh");
        Files.writeString(frame, Files.readString(frame).replace("</h1>", "</h1><p id=\"ours\">本单位自己的首页</p>"));

        Cli list = Cli.main("templates", "--project", project.toString());
        assertThat(list.out()).contains(frame.toString());

        Cli build = Cli.main("build", "--no-pdf", "--project", project.toString());
        assertThat(build.status()).as(build.err()).isEqualTo(0);
        assertThat(Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8").getElementById("ours")).isNotNull();
    }

    @Test
    void theCommandToTypeInsideTheNewProject() {
        assertThat(InitCommand.commandFrom("bin/baogao", Path.of("档案"))).isEqualTo("../bin/baogao");
        assertThat(InitCommand.commandFrom("./baogao", Path.of("a/b"))).isEqualTo("../../baogao");
        assertThat(InitCommand.commandFrom("bin\\baogao.cmd", Path.of("档案"))).isEqualTo("..\\bin\\baogao.cmd");
        assertThat(InitCommand.commandFrom("baogao", Path.of("档案"))).isEqualTo("baogao");
        assertThat(InitCommand.commandFrom("/opt/baogao/bin/baogao", Path.of("档案"))).isEqualTo("/opt/baogao/bin/baogao");
        assertThat(InitCommand.commandFrom("bin/baogao", Path.of(""))).isEqualTo("bin/baogao");
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("site")).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
