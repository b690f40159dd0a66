package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void aLongChineseLineIsClippedToTheTerminalByDisplayWidthKeepingTheFileName() {
        String clipped = Terminal.clip("[3/10]   2.1 s  ", "content/2023/县委副书记李明同志二〇二三年度民主生活会对照检查材料.md", 40);
        assertThat(Columns.width(clipped)).isLessThanOrEqualTo(40).isGreaterThanOrEqualTo(38);
        assertThat(clipped).startsWith("[3/10]   2.1 s  …").endsWith("对照检查材料.md");
        assertThat(Terminal.clip("[1/2]  0.1 s  ", "a.md", 40)).isEqualTo("[1/2]  0.1 s  a.md");
    }

    @Test
    void withoutATerminalOnlyTheMessagesArePrintedAsPlainLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressLine p = new ProgressLine(out, false)) {
            p.update(1, 2, "a.md");
            p.println(out, "a.md:1:1: error: 问题");
            p.update(2, 2, "b.md");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a.md:1:1: error: 问题" + System.lineSeparator());
    }

    @Test
    void onATerminalMessagesGoAboveTheProgressLineWhichIsClearedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressLine p = new ProgressLine(out, true)) {
            p.update(1, 2, "甲.md");
            p.println(out, "问题");
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        // the line is drawn, erased with as many spaces as its width, the message printed, the line redrawn
        assertThat(s).contains("[1/2]", "甲.md", "\r问题" + System.lineSeparator() + "\r[1/2]");
        String last = s.substring(s.lastIndexOf('\r'));
        assertThat(last.strip()).as("nothing is left on the line at the end").isEmpty();
    }
}
