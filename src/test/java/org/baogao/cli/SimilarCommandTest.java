package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.baogao.similar.Normaliser;
import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SimilarCommandTest {

    static final String COPIED = "在基层调研中发现，部分村级集体经济项目论证不充分，资金拨付后长期闲置，群众反映强烈，亟待整改。";

    static String report(String author, String meeting, String body) {
        return Projects.report(author + "对照检查材料", "individual", author, body).replace("2023年度民主生活会", meeting);
    }

    private static Path project(Path dir) throws Exception {
        Projects.write(dir.resolve("content/2022/zhang.md"), report("张华", "2022年度民主生活会",
                "## 一、存在的主要问题\n\n去年的材料里写过：" + COPIED + "此外还有别的内容需要另行说明。\n"));
        Projects.write(dir.resolve("content/2023/zhang.md"), report("张华", "2023年度民主生活会",
                "## 一、存在的主要问题\n\n今年对照检查，\n" + COPIED.replace("，资金", "\n资金") + "\n\n二是理论学习不够系统深入。\n"));
        Projects.write(dir.resolve("content/2023/li.md"), report("李明", "2023年度民主生活会",
                "## 一、存在的主要问题\n\n本人认为" + COPIED.replace("，", "、") + "今后一定改正。\n"));
        Projects.write(dir.resolve("content/2023/wang.md"), report("王芳", "2023年度民主生活会",
                "## 一、存在的主要问题\n\n调查研究不深入，联系群众不紧密，工作作风不扎实。\n"));
        Projects.write(dir.resolve("content/2023/broken.md"), "---\ntitle: [未闭合\n---\n\n正文。\n");
        return dir.resolve("content");
    }

    @Test
    void tablesPerReportWithTheBrokenFileSkippedWithItsError(@TempDir Path dir) throws Exception {
        Path content = project(dir);

        Cli run = Cli.main("similar", "--content", content.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("broken.md:").contains("error:")
                .contains("4 reports checked against 4: 3 share passages with others")
                .contains("1 file was not checked");
        String out = run.out();
        assertThat(out).contains("2023/zhang.md: ").contains("same author").contains("other authors");
        assertThat(out).contains("2022/zhang.md").contains("2023/li.md");
        assertThat(out).doesNotContain("2023/wang.md:");
        // the longest passage as written in the report, on the line it starts on (front matter is 8 lines)
        assertThat(out).contains("line 12: 在基层调研中发现，部分村级集体经济项目论证不充分");
    }

    @Test
    void theTablesReadInChineseForAChineseUser(@TempDir Path dir) throws Exception {
        Path content = project(dir);

        Cli run = Cli.main("--lang", "zh", "similar", "--content", content.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("broken.md:").contains("错误")
                .contains("查重 4 份材料，与 4 份比较：3 份与其他材料有相同段落")
                .contains("1 个文件未能检查");
        String out = run.out();
        assertThat(out).contains("2023/zhang.md：重复比例 ").contains("照搬往年").contains("互相抄袭");
        assertThat(out).contains("比例").contains("来源").contains("最长的相同段落");
        assertThat(out).contains("第 12 行：在基层调研中发现，部分村级集体经济项目论证不充分");
        assertThat(out).doesNotContain("shared").doesNotContain("line 12");
    }

    @Test
    void jsonInTheIssuesShapeWithOffsetsIntoTheNormalisedBody(@TempDir Path dir) throws Exception {
        Path content = project(dir);

        Cli run = Cli.main("similar", "--json", "--content", content.toString(), content.resolve("2023/zhang.md").toString());

        assertThat(run.status()).isEqualTo(1);
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode r = list.get(0);
        assertThat(r.get("report").asText()).isEqualTo("2023/zhang.md");
        String body = "今年对照检查，\n" + COPIED.replace("，资金", "\n资金") + "\n\n二是理论学习不够系统深入。\n";
        String normalised = Normaliser.normalise("## 一、存在的主要问题\n\n" + body);
        assertThat(r.get("chars").asInt()).isEqualTo(normalised.length());
        assertThat(r.get("shared").asInt()).isEqualTo(Normaliser.normalise(COPIED).length());
        JsonNode sources = r.get("sources");
        assertThat(sources).hasSize(2);
        for (JsonNode s : sources) {
            boolean same = s.get("report").asText().equals("2022/zhang.md");
            assertThat(s.get("same_author").asBoolean()).isEqualTo(same);
            JsonNode p = s.get("passages").get(0);
            assertThat(p.fieldNames()).toIterable().containsExactly("start", "end", "source_start", "source_end", "text");
            assertThat(normalised.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
            assertThat(p.get("source_end").asInt() - p.get("source_start").asInt())
                    .isEqualTo(p.get("end").asInt() - p.get("start").asInt());
            assertThat(s.get("shared").asInt()).isEqualTo(Normaliser.normalise(COPIED).length());
        }
    }

    @Test
    void aDraftCopyOutsideTheArchiveIsNotItsOwnSource(@TempDir Path dir) throws Exception {
        Path content = project(dir);
        Path draft = Projects.write(dir.resolve("drafts/zhang.md"),
                java.nio.file.Files.readString(content.resolve("2023/zhang.md")));

        Cli run = Cli.main("similar", "--json", "--content", content.toString(), draft.toString());

        JsonNode r = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(r.get("report").asText()).endsWith("drafts/zhang.md");
        assertThat(r.get("sources").findValuesAsText("report")).containsExactlyInAnyOrder("2022/zhang.md", "2023/li.md");
    }

    /** Twelve sentences of different lengths, none sharing eight characters with another. */
    static final String[] OWN = {
        "村里的道路硬化工程拖了两年才完工，群众意见很大。",
        "食堂采购台账登记不全，有的票据事后补签，监督流于形式。",
        "机关干部下沉社区次数偏少，有时只是拍照留痕就匆匆离开。",
        "年初确定的重点课题有三项至今没有形成调研报告，进度明显滞后。",
        "对青年干部的谈心谈话不够经常，思想动态掌握得不及时也不全面。",
        "安全生产检查发现的隐患清单没有逐项销号，个别企业反复出现同类问题。",
        "政务服务窗口的办事指南多年未更新，群众按旧材料准备，白跑了好几趟。",
        "防汛物资仓库的账物不符，救生衣和沙袋的数量都比登记的少，暴露出管理漏洞。",
        "对下属单位的财务抽查覆盖面窄，一年只查了两家，其余单位长期处于监督盲区。",
        "农村饮水安全项目验收把关不严，有的水厂投运半年就停水，老百姓只好又去挑水。",
        "信访积案化解办法不多，几件老案子一拖再拖，当事人多次到市里上访，影响很不好。",
        "学校周边交通秩序整治只搞了一阵子突击，过后摊贩和违停车辆又回来了，家长意见大。",
    };

    @Test
    void aTableListsTheTenSourcesItSharesMostWithAndSaysHowManyMore(@TempDir Path dir) throws Exception {
        StringBuilder hub = new StringBuilder("## 一、存在的主要问题\n\n");
        for (String s : OWN) hub.append(s).append("\n\n");
        Projects.write(dir.resolve("content/2023/hub.md"), report("赵强", "2023年度民主生活会", hub.toString()));
        for (int i = 0; i < OWN.length; i++) {
            Projects.write(dir.resolve("content/2023/r" + i + ".md"), report("作者" + (char) ('甲' + i), "2023年度民主生活会",
                    "## 一、存在的主要问题\n\n经过对照检查，" + OWN[i] + "此外没有别的。\n"));
        }
        Path content = dir.resolve("content");
        Path hubFile = content.resolve("2023/hub.md");

        Cli run = Cli.main("similar", "--content", content.toString(), hubFile.toString());
        Cli every = Cli.main("similar", "--all-sources", "--content", content.toString(), hubFile.toString());
        Cli zh = Cli.main("--lang", "zh", "similar", "--content", content.toString(), hubFile.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(0);
        List<String> rows = rows(run.out());
        List<String> all = rows(every.out());
        // every source once, most shared first; the table the first ten of them
        assertThat(all).hasSize(12);
        for (int i = 0; i < 12; i++) assertThat(every.out()).containsOnlyOnce("2023/r" + i + ".md");
        List<Integer> shared = all.stream().map(l -> Integer.parseInt(l.trim().split(" +")[2])).toList();
        assertThat(shared).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(shared.get(0)).isGreaterThan(shared.get(11));
        assertThat(rows).containsExactlyElementsOf(all.subList(0, 10));
        assertThat(run.out()).contains("… and 2 more sources, not listed (--all-sources lists them all)");
        assertThat(every.out()).doesNotContain("more source");
        assertThat(zh.out()).contains("……另有 2 份来源未列出（--all-sources 列出全部）");
        // the report's share counts every source, listed or not
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(every.out().lines().findFirst().orElseThrow());
    }

    /** A table's rows: the lines naming a source report. */
    private static List<String> rows(String out) {
        return out.lines().filter(l -> l.contains("other authors") || l.contains("same author")).filter(l -> l.startsWith("  ")).toList();
    }

    @Test
    void settingsComeFromTheProjectsFile(@TempDir Path dir) throws Exception {
        Path content = project(dir);
        Projects.write(dir.resolve("baogao.yml"), "similar:\n  min-chars: 60\n");

        Cli run = Cli.main("similar", "--content", content.toString());

        assertThat(run.err()).contains("0 share passages with others");

        Projects.write(dir.resolve("baogao.yml"), "similar:\n  min-chars: 3\n");
        Cli bad = Cli.main("similar", "--content", content.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("baogao.yml:2: 'min-chars' must be a whole number of characters, at least 8");
    }
}
