package org.baogao.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The scan from the positions where a match can start finds what Matcher.find finds, on texts made to be awkward. */
class StartingCharsTest {

    /** Pieces that make and break placeholders and masked words, and the letters and Han around them. */
    static final String[] PIECES = {"x", "X", "ｘ", "Ｘ", "×", "xx", "某", "某某", "○", "○○", "〇", "□", "□□", "（此处", "(此处",
        "）", ")", "次", "个", "年", "a", "B", "7", "dangshi", "DangShi", "mzshh", "xdangshi", "dangshix", "党", "学习", "\n",
        " ", "，", "。", "\uD840\uDC00"};

    @Test
    void findsWhatFindFindsInRandomTexts() {
        Random random = new Random(20240118);
        Glossary glossary = new Glossary(Map.of("dangshi", "党史", "mzshh", "民主生活会", "Ｘy", "某", "7z", "七"));
        Pattern placeholders = Pattern.compile("(?<![A-Za-z])[xXｘＸ]{2,}(?![A-Za-z])|×{2,}|某某|[（(]此处[^）)\\n]{0,80}[）)]"
                + "|(?<![A-Za-z])[xXｘＸ×](?=[次个年])");
        StartingChars scan = new StartingChars(placeholders, "xXｘＸ×某（(");
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(PIECES[random.nextInt(PIECES.length)]);
            String t = text.toString();
            assertThat(scanned(scan, t)).as(t).isEqualTo(found(placeholders, t));
            List<String> masked = glossary.find(t).stream().map(m -> m.start() + "-" + m.end() + ":" + m.word()).toList();
            assertThat(masked).as(t).isEqualTo(found(Pattern.compile("(?<![A-Za-z0-9])(?:dangshi|mzshh|ｘy|7z)(?![A-Za-z0-9])",
                    Pattern.CASE_INSENSITIVE), t).stream().map(s -> s.substring(0, s.indexOf(':')) + ":"
                    + Map.of("dangshi", "党史", "mzshh", "民主生活会", "ｘy", "某", "7z", "七")
                            .get(s.substring(s.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT))).toList());
        }
    }

    private static List<String> scanned(StartingChars scan, String text) {
        List<String> out = new ArrayList<>();
        scan.forEach(text, m -> out.add(m.start() + "-" + m.end() + ":" + m.group()));
        return out;
    }

    private static List<String> found(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end() + ":" + m.group());
        return out;
    }
}
