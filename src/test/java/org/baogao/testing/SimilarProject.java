package org.baogao.testing;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.nodes.Element;

/**
 * A project of four reports whose shared passages are known, for the tests of the archive's
 * similarity panels (查重): 张三's reports of 2023 and 2024 share {@link #PAST} (照搬往年); 张三's and
 * 李四's of 2024 share {@link #OTHERS} (互相抄袭), written with other punctuation, and in 张三's across
 * bold words and a line break; 王五's shares nothing. The three of 2024 are of one meeting.
 */
public final class SimilarProject {

    /** In 张三's reports of both years: 照搬往年. */
    public static final String PAST = "对标对表党中央决策部署，在学懂弄通做实上下功夫还不够，存在以干代学的倾向";
    /** In 张三's and 李四's reports of 2024, written differently: 互相抄袭. */
    public static final String OTHERS = "深入基层调研的次数偏少，有时满足于听汇报看材料，对群众急难愁盼问题掌握不够全面";

    private SimilarProject() {}

    /** The project in {@code dir}: the real templates and the four reports. */
    public static Path write(Path dir) throws IOException {
        Path project = Projects.create(dir);
        write(project, "2023/zhang.md", report("张三2023年度对照检查材料", "张三", "2023年度民主生活会", "2024-01-10", """
                一、存在的问题

                （一）理论学习方面。%s。有的学习笔记记得不全。

                （二）作风方面。去年到联系点只去了两次，基层的情况了解得不深。
                """.formatted(PAST)));
        write(project, "2024/zhang.md", report("张三2024年度对照检查材料", "张三", "2024年度民主生活会", "2025-01-12", """
                一、存在的问题

                （一）在理论武装上。%s。今年参加集中学习缺了一次。

                （二）联系群众方面。深入基层调研的次数偏少，**有时满足于听汇报看材料**，
                对群众急难愁盼问题掌握不够全面。
                """.formatted(PAST)));
        write(project, "2024/li.md", report("李四2024年度对照检查材料", "李四", "2024年度民主生活会", "2025-01-13", """
                一、存在的问题

                （一）在服务群众上。深入基层调研的次数偏少;有时满足于听汇报、看材料,对群众急难愁盼问题掌握不够全面。

                （二）担当作为方面。遇到矛盾绕着走，推进老旧小区改造的办法不多。
                """));
        write(project, "2024/wang.md", report("王五2024年度对照检查材料", "王五", "2024年度民主生活会", "2025-01-14", """
                一、存在的问题

                （一）纪律方面。对分管单位的日常监督抓得不够紧，谈心谈话流于形式。
                """));
        return project;
    }

    private static void write(Path project, String name, String text) throws IOException {
        Projects.write(project.resolve("content").resolve(name), text);
    }

    /** A report of 测试县委 with its author, meeting and date. */
    public static String report(String title, String author, String meeting, String date, String body) {
        return Projects.report(title, "individual", author, meeting, date, body);
    }

    /** The text of {@code e} with each run of marked text in brackets: where the marks start and end, as a reader sees it. */
    public static String bracketed(Element e) {
        Element copy = e.clone();
        for (Element m : copy.select("mark.shared")) {
            m.before("[");
            m.after("]");
            m.unwrap();
        }
        return copy.text().replace("][", "");
    }
}
