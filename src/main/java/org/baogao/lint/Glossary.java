package org.baogao.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masked words and the words they stand for. Drafts that travel through chat apps have sensitive
 * words typed in pinyin or initials ({@code dangshi} for 党史, {@code mzshh} for 民主生活会); they must
 * never reach a printed copy. A masked word is found only as a whole Latin word: {@code dangshi}
 * in {@code 开好dangshi学习} is one, {@code xdangshi} is not.
 */
public final class Glossary {

    /**
     * The built-in entries: full pinyin or initials that are not English words and have no other
     * reading in a report, so that unmasking them cannot change a correct text.
     */
    public static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> words;
    private final Pattern pattern;
    private final StartingChars scan;

    public Glossary(Map<String, String> words) {
        Map<String, String> lower = new LinkedHashMap<>();
        words.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        this.words = Map.copyOf(lower);
        List<String> keys = new ArrayList<>(this.words.keySet());
        // longest first, so that a longer mask is not read as a shorter one and its tail
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.pattern = keys.isEmpty() ? null : Pattern.compile("(?<![A-Za-z0-9])(?:"
                + String.join("|", keys.stream().map(Pattern::quote).toList()) + ")(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE);
        // a masked word starts with the first character of an entry, in either case: the pattern
        // ignores the case of ASCII letters only, as Pattern.CASE_INSENSITIVE alone does
        StringBuilder starts = new StringBuilder();
        for (String k : keys) {
            if (k.isEmpty()) continue;
            char c = k.charAt(0);
            starts.append(c);
            if (c < 128) starts.append(Character.toUpperCase(c)).append(Character.toLowerCase(c));
        }
        // an empty entry matches between any two characters: only find() at every position says where
        this.scan = pattern == null || keys.contains("") ? null : new StartingChars(pattern, starts.toString());
    }

    public static Glossary defaultGlossary() {
        return new Glossary(DEFAULTS);
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dangshi", "党史");
        m.put("mzshh", "民主生活会");
        m.put("zzshh", "组织生活会");
        m.put("dangyuan", "党员");
        m.put("dangjian", "党建");
        m.put("dangwei", "党委");
        m.put("dangzuzhi", "党组织");
        m.put("dangzhongyang", "党中央");
        m.put("gongchandang", "共产党");
        m.put("zhonggong", "中共");
        m.put("lianzheng", "廉政");
        m.put("fubai", "腐败");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The entries, masked word (lower case) to word. */
    public Map<String, String> words() {
        return words;
    }

    /** One masked word in a text. */
    public record Match(int start, int end, String masked, String word) {}

    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (pattern == null) return out;
        if (scan != null) {
            scan.forEach(text, m -> out.add(new Match(m.start(), m.end(), m.group(),
                    words.get(m.group().toLowerCase(Locale.ROOT)))));
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new Match(m.start(), m.end(), m.group(), words.get(m.group().toLowerCase(Locale.ROOT))));
        return out;
    }

    /** The text with every masked word replaced by its word. */
    public String unmask(String text) {
        if (pattern == null) return text;
        return pattern.matcher(text).replaceAll(r -> Matcher.quoteReplacement(words.get(r.group().toLowerCase(Locale.ROOT))));
    }
}
