package org.baogao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.baogao.fonts.FontRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Where lines may end, and the time limit checked there. */
class LineBreaksTest {

    static List<Integer> breaks(String text) {
        LineBreaks b = new LineBreaks(new TimeLimit(Duration.ofMinutes(1)));
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at; (at = b.next()) != BreakIterator.DONE; ) out.add(at);
        return out;
    }

    @Test
    void anAddressBreaksBeforeItsSlashesButNeverInsideTheSchemesMark() {
        String url = "https://example.gov.cn/zhengce/index.html";
        List<Integer> at = breaks("见" + url);
        assertThat(at).contains(1 + url.indexOf("/zhengce"), 1 + url.indexOf("/index"))
                .doesNotContain(1 + url.indexOf("://") + 1, 1 + url.indexOf("://") + 2);
        assertThat(at.get(at.size() - 1)).isEqualTo(1 + url.length());
    }

    @Test
    void chineseBreaksBetweenCharactersAndTheBreaksOnlyMoveForward() {
        String text = "学习贯彻落实不够深入。".repeat(20_000);
        List<Integer> at = breaks(text);
        assertThat(at).hasSizeGreaterThan(text.length() * 8 / 10);
        for (int i = 1; i < at.size(); i++) assertThat(at.get(i)).isGreaterThan(at.get(i - 1));
    }

    /**
     * Breakers sharing their found breaks, as a document's do: a text asked about again, after its
     * first breaks only and after other texts, gets the JDK breaker's breaks, all of them.
     */
    @Test
    void keptBreaksAreTheJdkBreakersWhereverTheTextIsAskedAbout() {
        String text = "会议9次，但研究具体问题少，“一是”“二是”（见https://example.gov.cn/a/b）。Latin words break at spaces.";
        List<Integer> jdk = new ArrayList<>();
        BreakIterator b = BreakIterator.getLineInstance(java.util.Locale.US);
        b.setText(text);
        for (int at; (at = b.next()) != BreakIterator.DONE; ) jdk.add(at);
        List<Integer> alone = breaks(text);

        KeptBreaks kept = new KeptBreaks();
        LineBreaks first = new LineBreaks(new TimeLimit(Duration.ofMinutes(1)), kept);
        first.setText(text);
        first.next();
        first.next();
        first.setText("另一段文字，另一段。");
        while (first.next() != BreakIterator.DONE) { }
        LineBreaks again = new LineBreaks(new TimeLimit(Duration.ofMinutes(1)), kept);
        again.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at; (at = again.next()) != BreakIterator.DONE; ) out.add(at);

        assertThat(out).isEqualTo(alone);
        // the slash breaks are this breaker's own; every other break is the JDK's
        assertThat(out).containsAll(jdk.stream().filter(at -> !text.startsWith("//", at)).toList());
        assertThat(out).hasSizeGreaterThan(20);
    }

    /** A page that takes longer than its limit is stopped where lines are broken, naming the text it was at. */
    @Test
    void aPageOverItsTimeLimitIsStoppedAndNamesItsText() {
        String paragraph = "学习贯彻落实不够深入".repeat(1_900);
        // no fonts: the renderer's own stand in, which is enough to lay lines out
        var page = Jsoup.parse("<html><head><style>html { font-size: 15.75pt; }</style></head>"
                + "<body><p>" + paragraph + "</p></body></html>");
        PdfRenderer renderer = new PdfRenderer(FontRegistry.of(List.of(), List.of()), false, file -> false, Duration.ofMillis(1));
        assertThatThrownBy(() -> renderer.render(page, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(LayoutTimeoutException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("laying the report out took more than 0 s and was stopped");
                    assertThat(e.text()).startsWith("学习贯彻落实");
                });
    }
}
