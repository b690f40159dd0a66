package org.baogao.chinese;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four levels of Chinese official numbering — {@code 一、} {@code （一）} {@code 1.} {@code （1）} —
 * recognised at the start of a text, in the forms authors actually type: half- or full-width
 * brackets, {@code 1、} for {@code 1.}, {@code 一.} for {@code 一、}. One place for these patterns,
 * shared by the structure pass, the importer and the linter, so that they agree on what a heading is.
 */
public final class Numbering {

    private static final String HAN_NUMBER = "[一二三四五六七八九十百]{1,3}";
    private static final String DIGITS = "[0-9０-９]{1,3}";
    private static final Pattern[] LEVELS = {
        Pattern.compile("^(" + HAN_NUMBER + ")([、，.．])"),
        Pattern.compile("^([（(])(" + HAN_NUMBER + ")([）)])"),
        Pattern.compile("^(" + DIGITS + ")([.．、])(?![0-9０-９])"),
        Pattern.compile("^([（(])(" + DIGITS + ")([）)])"),
    };

    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    /** A heading sentence ends at the first of these that has more text after it. */
    private static final String SENTENCE_ENDS = "。！？!?";

    private Numbering() {}

    /**
     * A number at the start of a text.
     *
     * @param level  1 {@code 一、}, 2 {@code （一）}, 3 {@code 1.}, 4 {@code （1）}
     * @param number its value; 0 when it cannot be read (百百)
     * @param text   the marker as written, {@code (一)} or {@code 1、}
     */
    public record Marker(int level, int number, String text) {

        /** The marker as GB/T 9704 writes it: {@code 一、} {@code （一）} {@code 1.} {@code （1）}. */
        public String canonical() {
            return format(level, number);
        }

        /** Whether it is written as the standard writes it; {@code 1、} and {@code (一)} are not. */
        public boolean isCanonical() {
            return number <= 0 || text.equals(canonical());
        }

        public int length() {
            return text.length();
        }
    }

    /** The level (1–4) that {@code text} is numbered at, or 0. */
    public static int levelOf(String text) {
        return parse(text).map(Marker::level).orElse(0);
    }

    /** The number that {@code text} starts with, if any. */
    public static Optional<Marker> parse(String text) {
        for (int i = 0; i < LEVELS.length; i++) {
            Matcher m = LEVELS[i].matcher(text);
            if (!m.find()) continue;
            int level = i + 1;
            String digits = level == 1 || level == 3 ? m.group(1) : m.group(2);
            int number = level <= 2 ? hanValue(digits) : arabicValue(digits);
            return Optional.of(new Marker(level, number, m.group()));
        }
        return Optional.empty();
    }

    /**
     * Where the heading sentence of a numbered paragraph ends, when body text runs on after it
     * ({@code （一）在思想方面。虽然……}): the offset just after its sentence end and any closing
     * quote or bracket; -1 when the whole text is the heading.
     */
    public static int headingSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                // a closing quote or bracket belongs to the sentence it closes
                while (end < text.length() && "”’）)」』".indexOf(text.charAt(end)) >= 0) end++;
                return text.substring(end).isBlank() ? -1 : end;
            }
        }
        return -1;
    }

    /** The standard marker of a level and number: {@code format(2, 3)} is {@code （三）}. */
    public static String format(int level, int number) {
        return switch (level) {
            case 1 -> han(number) + "、";
            case 2 -> "（" + han(number) + "）";
            case 3 -> number + ".";
            case 4 -> "（" + number + "）";
            default -> throw new IllegalArgumentException("level " + level);
        };
    }

    /** 一 … 九百九十九 as a number; 0 when two digits follow each other (一二). */
    static int hanValue(String s) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = HAN_DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit >= 0) return 0;
                digit = d;
            } else if (c == '十' || c == '百') {
                total += (digit < 0 ? 1 : digit) * (c == '十' ? 10 : 100);
                digit = -1;
            } else {
                return 0;
            }
        }
        return total + Math.max(digit, 0);
    }

    /** The Chinese numeral of 1 … 999 as numbering writes it: 十, 十一, 二十, 一百零一. */
    public static String han(int n) {
        if (n <= 0 || n > 999) return String.valueOf(n);
        StringBuilder s = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) s.append(HAN_DIGITS.charAt(hundreds)).append('百');
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) s.append(HAN_DIGITS.charAt(tens));
            s.append('十');
        } else if (hundreds > 0 && ones > 0) {
            s.append('零');
        }
        if (ones > 0) s.append(HAN_DIGITS.charAt(ones));
        return s.toString();
    }

    private static int arabicValue(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return v;
    }
}
