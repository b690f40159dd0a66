package org.baogao.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the writer writes, the parser reads back as it was, whatever the value holds. */
class FrontMatterWriterTest {

    FrontMatter roundTrip(String title) throws ReportException {
        String text = FrontMatterWriter.write(List.of(new Skeleton.Field("title", title), new Skeleton.Field("type", "individual")));
        return new FrontMatterParser().parse(new Source(Path.of("r.md"), "r.md", text + "\n正文\n", "UTF-8")).meta();
    }

    @Test
    void valuesThatYamlWouldMisreadAreQuoted() throws Exception {
        for (String title : List.of("标题", "[甲]", "关于: 学习", "true", "#1 报告", "引号\"里\"", "反斜杠\\", "- 开头", "尾空格 ")) {
            assertThat(roundTrip(title).title()).isEqualTo(title.strip());
        }
    }

    @Test
    void controlCharactersFromADamagedDraftAreWrittenAsEscapes() throws Exception {
        // YAML refuses them in a file; a title copied out of a damaged Word document may hold them
        String title = "王强\u0002对照\u001f检查\u007f材料\u0085";
        String text = FrontMatterWriter.write(List.of(new Skeleton.Field("title", title)));
        assertThat(text).doesNotContain("\u0002", "\u001f", "\u007f").contains("\\u0002");
        assertThat(roundTrip(title).title()).isEqualTo(title);
    }

    @Test
    void aListIsWrittenAsAFlowSequenceThatReadsBackItemForItem() throws Exception {
        List<String> tags = List.of("主题教育", "学习, 研讨", "[专题]", "关于: 整改", "true");
        String text = FrontMatterWriter.write(List.of(new Skeleton.Field("title", "标题"), new Skeleton.Field("type", "individual"),
                Skeleton.Field.list("tags", tags)));
        assertThat(text).contains("tags: [主题教育, ");
        FrontMatter m = new FrontMatterParser().parse(new Source(Path.of("r.md"), "r.md", text + "\n正文\n", "UTF-8")).meta();
        assertThat(m.tags()).isEqualTo(tags);
    }
}
