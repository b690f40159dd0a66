package org.baogao.lint;

import java.util.regex.Pattern;

import org.baogao.text.Messages;

/**
 * Placeholders that drafts carry and that must never be printed: {@code xx}/{@code XX} for a name
 * or number, {@code ××}, {@code x次}, {@code 某某}, {@code ○○}, {@code □□} and {@code （此处…）} notes.
 * Only whole Latin words count, so {@code xx} inside {@code xxl} is not one; {@code 二〇〇八} is a
 * year, not a placeholder, because 〇 is the numeral zero and ○ is a circle.
 */
final class PlaceholderCheck implements Check {

    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "(?<![A-Za-z])[xXｘＸ]{2,}(?![A-Za-z])",
            "×{2,}",
            "(?<![A-Za-z])[xXｘＸ×](?=[次个名项条件人年月日天篇家位批期轮场户元万亿])",
            "某某",
            "○{2,}",
            "□{2,}",
            "[（(]此处[^）)\\n]{0,80}[）)]"));

    /** The first characters of the alternatives above: the only places a placeholder can start. */
    private static final StartingChars SCAN = new StartingChars(PLACEHOLDER, "xXｘＸ×某○□（(");

    @Override
    public void check(LintDocument doc, Findings out) {
        SCAN.forEach(doc.text(), m -> {
            // x次: the measure word is outside the match, but it is what makes x a placeholder
            String shown = m.group().length() == 1 && m.end() < doc.text().length()
                    ? m.group() + doc.text().charAt(m.end()) : m.group();
            out.add(Rule.PLACEHOLDER, m.start(), Messages.get("lint.placeholder", shown));
        });
    }
}
