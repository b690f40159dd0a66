package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed between publishing's two renames leaves the archive only in its old folder
 * (issue 12, case 11). The next command that looks at the archive puts it back before anything
 * else, so that what it says is true even when it stops at once.
 */
class InterruptedPublishTest {

    @Test
    void aBuildStoppedBySettingsPutsTheArchiveBackAndSaysSo(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("content/2023/li.md"), Projects.report("李明对照检查材料", "individual", "李明",
                "本人认真学习，查找问题，制定措施。"));
        String[] args = {"build", "--no-pdf", "-q", "--project", project.toString()};
        assertThat(Cli.main(args).status()).isZero();
        Path site = project.resolve("site");
        String page = Files.readString(site.resolve("2023/li/index.html"));

        // the state a kill between the renames leaves: the archive moved aside, the new one staged
        Files.move(site, project.resolve(".site.old-123"));
        Files.createDirectories(project.resolve(".site.staging-456/2023"));
        Projects.write(project.resolve("baogao.yml"), "taxonomies: [units]\n");

        Cli stopped = Cli.main(args);

        assertThat(stopped.status()).isEqualTo(2);
        assertThat(stopped.err()).contains("was missing").contains(".site.old-123").contains("is unchanged");
        assertThat(site.resolve("2023/li/index.html")).hasContent(page);
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.old-"));
        }
    }
}
