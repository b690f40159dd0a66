package org.baogao.robustness;

import java.util.List;
import java.util.Random;

/**
 * Random report text from a seed, made of the pieces real reports are made of (numbering,
 * punctuation, Markdown syntax, placeholders, raw HTML) and of noise. The same seed gives the same
 * text, so a failure is reproduced by its seed.
 */
final class RandomInput {

    static final List<String> PIECES = List.of(
            "一、", "二、", "十一、", "（一）", "（二）", "(三)", "1.", "2、", "1．", "（1）", "（12）", "一是", "二是",
            "存在的主要问题", "在理论学习方面。", "方面问题", "虽然", "学习", "整改措施", "。", "，", "、", "；", "：",
            "“", "”", "\"", "'", "（", "）", "《", "》", "……", "——", "xx", "××", "某某",
            "#", "## ", "### ", "**", "*", "_", "`", "```", "> ", "- ", "* ", "1. ", "| ", " |", "|---|", "[", "](", ")",
            "![", "<", ">", "&", "&amp;", "<b>", "</b>", "<script>", "<!--", "-->", "\\", "~~~", "---",
            " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u3000", "\u00a0", "\u200b", "😀", "镕", "2023", "年", "1.5亿");

    static final List<String> KEYS = List.of("title", "type", "author", "post", "unit", "meeting", "date", "tags",
            "draft", "marking", "signature", "page-numbers", "cover", "bold-levels", "closing");

    static final List<String> VALUES = List.of("individual", "group", "2024-01-18", "2024-13-40", "true", "false", "maybe",
            "[甲, 乙]", "{a: 1}", "- x", "'引号'", "\"双引号\"", "&a x", "*a", "!!str x", "|", ">", "null", "~", "",
            "under-title", "center", "[[[", "]]", ": :", "[3, 4]", "3", "[1, 3]", "[]", "[[3]]");

    static final List<String> SEPARATORS = List.of(": ", ":", " : ", ":\n  ");

    private final Random random;

    RandomInput(long seed) {
        this.random = new Random(seed);
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = random.nextInt(120); i < n; i++) {
            switch (random.nextInt(4)) {
                case 0 -> s.append(han(1 + random.nextInt(12)));
                case 1 -> s.append(noise(1 + random.nextInt(3)));
                default -> s.append(pick(PIECES));
            }
        }
        return s.toString();
    }

    String frontMatter() {
        StringBuilder s = new StringBuilder("---\n");
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            String key = random.nextInt(5) == 0 ? noise(1 + random.nextInt(6)) : pick(KEYS);
            String value = switch (random.nextInt(3)) {
                case 0 -> han(random.nextInt(10));
                case 1 -> noise(random.nextInt(8));
                default -> pick(VALUES);
            };
            s.append(key).append(pick(SEPARATORS)).append(value).append('\n');
        }
        return s.append("---\n").toString();
    }

    /** A draft's file name: the extension need not match what is inside. */
    String draftName() {
        return pick(List.of("draft.txt", "draft.md", "draft.docx"));
    }

    /** A draft as it might arrive: report text in UTF-8, GB18030 or UTF-16, or a damaged Word document. */
    byte[] draft(byte[] wordDocument) {
        String text = han(random.nextInt(30)) + "\n" + markdown();
        return switch (random.nextInt(5)) {
            case 0 -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case 1 -> text.getBytes(java.nio.charset.Charset.forName("GB18030"));
            case 2 -> text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            case 3 -> {
                byte[] noise = new byte[random.nextInt(2000)];
                random.nextBytes(noise);
                yield noise;
            }
            default -> {
                // a Word document with some bytes changed or cut short
                byte[] d = java.util.Arrays.copyOf(wordDocument, random.nextInt(3) == 0
                        ? random.nextInt(wordDocument.length) : wordDocument.length);
                for (int i = 0, n = random.nextInt(8); i < n && d.length > 0; i++) d[random.nextInt(d.length)] = (byte) random.nextInt();
                yield d;
            }
        };
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String han(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append((char) ('\u4e00' + random.nextInt(0x20)));
        return s.toString();
    }

    /** Any characters at all, the surrogates of emoji included (but never a lone one: files cannot hold those). */
    private String noise(int n) {
        StringBuilder s = new StringBuilder();
        while (s.length() < n) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x2FFFF);
            if (Character.getType(cp) == Character.SURROGATE || !Character.isValidCodePoint(cp)) continue;
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
