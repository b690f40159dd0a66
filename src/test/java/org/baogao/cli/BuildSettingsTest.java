package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.baogao.testing.Projects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --content DIR} takes the settings of the project that holds DIR, not of the project
 * the working folder is in. The tests run in baogao's own checkout, which is a project with a
 * {@code baogao.yml} of its own: a build of other reports started from here took that file's
 * archive name, and the same build started from another folder then rendered every report again.
 */
class BuildSettingsTest {

    /** The working folder's own archive name, which no other project's build may show. */
    private static String workingFolderName;

    @BeforeAll
    static void theWorkingFolderIsAProjectWithItsOwnSettings() throws Exception {
        Path own = Path.of("baogao.yml");
        assertThat(own).as("the tests run in baogao's checkout, a project with settings").isRegularFile();
        workingFolderName = Files.readAllLines(own).stream().filter(l -> l.startsWith("name:"))
                .map(l -> l.substring("name:".length()).trim()).findFirst().orElseThrow();
    }

    private static Path project(Path dir, String settings) throws Exception {
        Projects.write(dir.resolve("content/2024/zhang.md"),
                Projects.report("张三对照检查材料", "individual", "张三", "对照检查，查摆问题，整改落实。".repeat(8)));
        if (settings != null) Projects.write(dir.resolve("baogao.yml"), settings);
        return dir;
    }

    private static String title(Path site) throws Exception {
        return Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").title();
    }

    @Test
    void theSettingsBesideTheContentFolderAreTheOnesBuilt(@TempDir Path dir) throws Exception {
        Path p = project(dir.resolve("试点"), "name: 试点单位材料档案\n");
        Cli build = Cli.main("--lang", "en", "build", "-q", "--no-pdf", "--content", p.resolve("content").toString(),
                "--out", p.resolve("site").toString());
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(title(p.resolve("site"))).contains("试点单位材料档案").doesNotContain(workingFolderName);
    }

    @Test
    void aProjectWithoutSettingsDoesNotTakeTheWorkingFolders(@TempDir Path dir) throws Exception {
        Path p = project(dir.resolve("无设置"), null);
        Cli build = Cli.main("--lang", "en", "build", "-q", "--no-pdf", "--content", p.resolve("content").toString(),
                "--out", p.resolve("site").toString());
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(title(p.resolve("site"))).doesNotContain(workingFolderName);
    }

    @Test
    void theSameBuildStartedFromAnotherFolderFindsNothingChanged(@TempDir Path dir) throws Exception {
        Path p = project(dir.resolve("项目"), null);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<String> args = List.of("--lang", "en", "build", "-q", "--no-pdf", "--content", p.resolve("content").toString(),
                "--templates", Projects.TEMPLATES.toAbsolutePath().toString(), "--out", p.resolve("site").toString());
        Cli first = Cli.main(args.toArray(String[]::new));
        assertThat(first.status()).as(first.err()).isZero();

        // the same command in a fresh process whose working folder is in no project
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.baogao.cli.Main"));
        command.addAll(args);
        Process run = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(said).isZero();
        assertThat(said).contains("nothing changed").doesNotContain("rendered again");
    }
}
