package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code build} says and does when a published report fails now (issue 12, case 2): its
 * last good version stays published, the summary and the error list say so, the status is 1;
 * {@code --drop-failed} takes it out; an empty content folder is refused, {@code --allow-empty}
 * publishes it.
 */
class LastGoodCommandTest {

    private static Path project(Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/2023/li.md"), Projects.report("李明对照检查材料", "individual", "李明",
                "本人认真学习，查找问题，制定措施。"));
        Projects.write(project.resolve("content/2023/wang.md"), Projects.report("王芳对照检查材料", "individual", "王芳",
                "本人联系群众不够紧密。"));
        assertThat(Cli.main(args(project)).status()).isZero();
        return project;
    }

    private static String[] args(Path project, String... more) {
        String[] base = {"build", "--no-pdf", "-q", "--project", project.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aReportThatFailsNowIsSaidToStayPublishedAsLastBuilt(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Projects.write(project.resolve("content/2023/li.md"), "---\ntitle: [未闭合\n---\n\n正文。\n");

        // not quiet: the note under the error is a warning, which -q leaves out (the list at the end says it too)
        Cli build = Cli.main("build", "--no-pdf", "--project", project.toString());

        assertThat(build.status()).isEqualTo(1);
        assertThat(build.out()).contains("1 FAILED").contains("1 of them still published as last built, marked stale");
        assertThat(build.err()).contains("li.md:3:1: error: front matter is not valid YAML").contains("its last good version, built ")
                .contains("failed now, their last good version still published").contains("2023/li.md")
                .doesNotContain("not published, with the errors shown above");
        assertThat(project.resolve("site/2023/li/index.html")).exists();
    }

    @Test
    void dropFailedTakesItOut(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Projects.write(project.resolve("content/2023/li.md"), "---\ntitle: [未闭合\n---\n\n正文。\n");

        Cli build = Cli.main(args(project, "--drop-failed"));

        assertThat(build.status()).isEqualTo(1);
        assertThat(build.err()).contains("not published, with the errors shown above").doesNotContain("last good");
        assertThat(project.resolve("site/2023/li/index.html")).doesNotExist();
    }

    @Test
    void anEmptyContentFolderIsRefusedUnlessAllowed(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        Path empty = Files.createDirectories(dir.resolve("elsewhere/content"));

        Cli refused = Cli.main(args(project, "--content", empty.toString()));

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("holds no reports").contains("2 reports").contains("is unchanged");
        assertThat(project.resolve("site/2023/li/index.html")).exists();

        assertThat(Cli.main(args(project, "--content", empty.toString(), "--allow-empty")).status()).isZero();
        assertThat(project.resolve("site/2023/li/index.html")).doesNotExist();
    }
}
