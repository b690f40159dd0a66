package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsoleCharsetTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static Charset choose(Map<String, String> properties, Charset console) {
        return ConsoleCharset.choose(properties::get, console);
    }

    @Test
    void aChineseWindowsConsoleGetsGbk() {
        // Java 19+: stdout.encoding is the console's code page
        assertThat(choose(Map.of("stdout.encoding", "GBK", "native.encoding", "GBK"), GBK)).isEqualTo(GBK);
        // Java 17 on a console: sun.stdout.encoding is the console's code page, whatever file.encoding
        // says; the JDK names code pages 874 to 950 "ms936" (java_props_md.c, getConsoleEncoding), others "cp437"
        Charset console = choose(Map.of("sun.stdout.encoding", "ms936", "file.encoding", "UTF-8"), null);
        assertThat(console.name()).isEqualTo("x-mswin-936");
        assertThat(new String("报告：已生成".getBytes(console), GBK)).isEqualTo("报告：已生成");
        assertThat(choose(Map.of("sun.stdout.encoding", "cp936", "file.encoding", "UTF-8"), null).name()).isEqualTo("GBK");
        // chcp 65001: the JDK says UTF-8
        assertThat(choose(Map.of("sun.stdout.encoding", "UTF-8", "native.encoding", "GBK"), GBK)).isEqualTo(StandardCharsets.UTF_8);
        // Java 17, output redirected: the platform's charset, which Notepad and type read
        assertThat(choose(Map.of("native.encoding", "GBK", "file.encoding", "GBK"), null)).isEqualTo(GBK);
    }

    @Test
    void aUtf8ConsoleGetsUtf8() {
        assertThat(choose(Map.of("stdout.encoding", "UTF-8"), GBK)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(choose(Map.of("native.encoding", "GBK"), StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCharsetThatCannotWriteChineseGivesWayToUtf8() {
        // the C locale: Chinese would come out as question marks
        assertThat(choose(Map.of("native.encoding", "ANSI_X3.4-1968"), null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(choose(Map.of("stdout.encoding", "ISO-8859-1"), null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(choose(Map.of("stdout.encoding", "no-such-charset"), null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(choose(Map.of(), null)).isEqualTo(StandardCharsets.UTF_8);
    }
}
