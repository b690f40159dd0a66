package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.baogao.lint.Glossary;
import org.baogao.pipeline.BuildResult;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @Test
    void createsTheReportFromTheSkeletonWithTheOptions(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        NewCommand cmd = new NewCommand();
        cmd.today = LocalDate.of(2024, 1, 10);
        Cli run = Cli.run(cmd, "individual", "--author", "李明", "--post", "县委副书记", "--unit", "青山县委",
                "--slug", "li-ming", "--content", project.resolve("content").toString(),
                "--templates", project.resolve("templates").toString(), "--no-input");

        assertThat(run.status()).as(run.err()).isZero();
        // a meeting held in January reviews the year before: content/2023
        Path file = project.resolve("content/2023/li-ming.md");
        String text = Files.readString(file);
        assertThat(text).startsWith("""
                ---
                title: 县委副书记李明2023年度民主生活会对照检查材料
                type: individual
                author: 李明
                post: 县委副书记
                unit: 青山县委
                meeting: 2023年度民主生活会
                date: 2024-01-10
                ---
                """);
        assertThat(text).contains("## 一、存在的主要问题", "## 二、原因剖析", "## 三、整改措施", "### （一）");

        // the notes to replace keep the report from being published
        BuildResult refused = Projects.build(Projects.options(project));
        assertThat(refused.failed()).isEqualTo(1);
        assertThat(refused.reports().get(0).problems()).anyMatch(p -> p.message().endsWith("[placeholder]"));
        BuildResult preview = Projects.build(Projects.options(project).withPlaceholders(Glossary.defaultGlossary(), true));
        assertThat(preview.built()).isEqualTo(1);
    }

    @Test
    void neverOverwrites(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Path file = Projects.write(project.resolve("content/2023/li-ming.md"), "我的草稿\n");
        NewCommand cmd = new NewCommand();
        cmd.today = LocalDate.of(2024, 1, 10);
        Cli run = Cli.run(cmd, "individual", "--author", "李明", "--slug", "li-ming", "--no-input",
                "--content", project.resolve("content").toString(), "--templates", project.resolve("templates").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("li-ming.md already exists; 'baogao new' never overwrites");
        assertThat(Files.readString(file)).isEqualTo("我的草稿\n");
    }

    @Test
    void asksForWhatIsMissingAtATerminal(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Deque<String> answers = new ArrayDeque<>(List.of("", "中共青山县委常委班子", "青山县委", "", ""));
        List<String> asked = new ArrayList<>();
        NewCommand cmd = new NewCommand();
        cmd.today = LocalDate.of(2024, 8, 1);
        cmd.prompter = (label, def) -> {
            asked.add(label + "=" + def);
            String a = answers.poll();
            return a == null || a.isEmpty() ? def : a;
        };
        Cli run = Cli.run(cmd, "group", "--slug", "changwei", "--content", project.resolve("content").toString(),
                "--templates", project.resolve("templates").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(asked).containsExactly("title=2024年度民主生活会对照检查材料", "author=", "unit=",
                "meeting=2024年度民主生活会", "date=2024-08-01");
        assertThat(Files.readString(project.resolve("content/2024/changwei.md")))
                .contains("title: 中共青山县委常委班子2024年度民主生活会对照检查材料\n", "author: 中共青山县委常委班子\n");
    }

    @Test
    void aTypeWithoutSkeletonSaysHowToAddOne(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("templates/rectification.ftlh"), "<#import \"_base.ftlh\" as base><@base.page></@base.page>");
        Cli run = Cli.main("new", "rectification", "--no-input", "--templates", project.resolve("templates").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("type 'rectification' has a layout but no skeleton: add",
                "rectification.md", "types with a skeleton: group, individual");
    }

    @Test
    void aTypeCanBringItsOwnSkeleton(@TempDir Path dir) throws Exception {
        Path project = Projects.create(dir);
        Projects.write(project.resolve("templates/rectification.md"), """
                ---
                title: "{author}整改清单"
                type: rectification
                author:
                date: "{today}"
                ---

                ## 一、整改事项
                """);
        NewCommand cmd = new NewCommand();
        cmd.today = LocalDate.of(2024, 3, 1);
        Cli run = Cli.run(cmd, "rectification", "--author", "张华", "--no-input",
                "--content", project.resolve("content").toString(), "--templates", project.resolve("templates").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(project.resolve("content/2024/张华.md")))
                .startsWith("---\ntitle: 张华整改清单\ntype: rectification\nauthor: 张华\ndate: 2024-03-01\n---\n\n## 一、整改事项\n");
    }
}
