package org.baogao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baogao.pipeline.BuildException;
import org.baogao.pipeline.BuildOptions;
import org.baogao.pipeline.BuildResult;

/**
 * A small archive written for the tests, built once per test run and shared by the classes that
 * read it: two meetings in two years, both types, three units, a draft, and phrases whose
 * occurrences are known.
 *
 * <ul>
 * <li>{@link #TWO_REPORTS} occurs in exactly two published reports, a group one (2023) and an
 *     individual one (2024), and also in the draft, which must not be found;</li>
 * <li>{@link #THREE_REPORTS}, two characters, occurs in those two and in {@code 2024/zhou-ping};</li>
 * <li>理论学习 occurs in four reports, and together with 整改 in two of them.</li>
 * </ul>
 */
public final class TestArchive {

    public static final String NAME = "临江县报告档案";
    public static final String TWO_REPORTS = "渡口码头改造";
    public static final String THREE_REPORTS = "渡口";

    private static Path project;
    private static BuildResult result;

    private TestArchive() {}

    /** The built site; the archive is built the first time it is asked for. */
    public static synchronized Path site() {
        if (project == null) {
            try {
                Path dir = Files.createTempDirectory("baogao-test-archive-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> org.baogao.publish.OutputFolder.deleteQuietly(dir)));
                write(dir);
                result = Projects.build(Projects.options(dir));
                if (result.failed() > 0) throw new AssertionError("test archive failed: " + result.reports());
                project = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildException e) {
                throw new AssertionError(e);
            }
        }
        return project.resolve("site");
    }

    public static synchronized BuildResult result() {
        site();
        return result;
    }

    /** A fresh project with the same content, for tests that build it differently. */
    public static Path write(Path dir) throws IOException {
        Projects.create(dir);
        Projects.write(dir.resolve("baogao.yml"), "name: " + NAME + "\n");
        Path c = dir.resolve("content");
        Projects.write(c.resolve("2023/changwei.md"), report("中共临江县委常委班子2023年度民主生活会对照检查材料", "group",
                "中共临江县委常委班子", null, "临江县委", "2023", "2024-01-20", "[理论学习, 整改落实]", """
                一、存在的主要问题

                （一）理论学习方面。班子集中学习十二次，但理论学习与推动发展结合不紧，对%s这类民生工程研究不深。

                （二）整改落实方面。去年查摆的问题中，仍有两项整改进度滞后，整改台账更新不及时。

                二、整改措施

                （一）健全理论学习制度。每季度围绕一个专题开展研讨，形成调研报告。
                """.formatted(TWO_REPORTS)));
        Projects.write(c.resolve("2023/zhou-ping.md"), report("县委书记周平2023年度民主生活会对照检查材料", "individual",
                "周平", "县委书记", "临江县委", "2023", "2024-01-20", "[理论学习]", """
                一、存在的主要问题

                （一）理论学习方面。本人自学时间不够固定，理论学习有时流于形式，联系县域GDP增长实际思考不多。

                （二）联系群众方面。到基层蹲点调研次数偏少，对山区群众出行难问题了解不够具体。
                """));
        Projects.write(c.resolve("2023/lin-xia.md"), report("县委组织部部长林霞2023年度民主生活会对照检查材料", "individual",
                "林霞", "县委组织部部长", "临江县委", "2023", "2024-01-20", "[干部队伍]", """
                一、存在的主要问题

                （一）选人用人方面。对年轻干部的跟踪培养不够系统，基层一线选拔的比例偏低。

                二、整改措施

                （一）完善干部考核。把实绩考核与日常了解结合起来，全年开展两轮专项调研。
                """));
        Projects.write(c.resolve("2024/changwei.md"), report("中共临江县委常委班子2024年度民主生活会对照检查材料", "group",
                "中共临江县委常委班子", null, "临江县委", "2024", "2025-01-15", "[党纪学习教育]", """
                一、存在的主要问题

                （一）理论学习方面。班子的理论学习计划执行有偏差，个别专题研讨准备不充分。

                （二）作风建设方面。文件会议仍然偏多，基层减负成效不够明显。
                """));
        Projects.write(c.resolve("2024/zhou-ping.md"), report("县委书记周平2024年度民主生活会对照检查材料", "individual",
                "周平", "县委书记", "临江县委", "2024", "2025-01-15", "[党纪学习教育, 整改落实]", """
                一、存在的主要问题

                （一）理论学习方面。对党纪学习教育的理论学习还不够深入，整改措施落实有时不够及时。

                （二）为民办事方面。北岸渡口的候船设施改善慢，群众反映多次才推动解决。
                """));
        Projects.write(c.resolve("2024/he-jun.md"), report("副县长何军2024年度民主生活会对照检查材料", "individual",
                "何军", "副县长", "临江县人民政府", "2024", "2025-01-15", "[交通运输]", """
                一、存在的主要问题

                （一）推动发展方面。分管的%s项目开工晚了三个月，前期论证不够充分。

                （二）安全生产方面。对汛期水上交通安全隐患排查不够细，个别渡船救生设备不全。
                """.formatted(TWO_REPORTS)));
        Projects.write(c.resolve("2024/draft-gao.md"), """
                ---
                title: 县长高远2024年度民主生活会对照检查材料（征求意见稿）
                type: individual
                author: 高远
                post: 县长
                unit: 临江县人民政府
                meeting: 2024年度民主生活会
                date: 2025-01-15
                draft: true
                ---

                一、存在的主要问题

                （一）统筹发展方面。%s的资金安排还没有最后确定。
                """.formatted(TWO_REPORTS));
        return dir;
    }

    private static String report(String title, String type, String author, String post, String unit, String year,
            String date, String tags, String body) {
        return """
                ---
                title: %s
                type: %s
                author: %s
                %sunit: %s
                meeting: %s年度民主生活会
                date: %s
                tags: %s
                ---

                根据县委关于召开%s年度民主生活会的通知要求，会前开展了谈心谈话，广泛征求了意见建议。现将对照检查情况报告如下：

                %s""".formatted(title, type, author, post == null ? "" : "post: " + post + "\n", unit, year, date, tags,
                year, body);
    }

}
