package org.baogao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The catalogue is complete in both languages, and each message takes the same arguments in both. */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern HELP_VARIABLE = Pattern.compile("\\$\\{[A-Z-]+}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("Messages\\.(?:get|format)\\((?:[A-Za-z.]+, )?\"([a-z0-9.-]+)\"");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> en = read("messages.properties").stringPropertyNames();
        Set<String> zh = read("messages_zh.properties").stringPropertyNames();
        assertThat(difference(en, zh)).as("keys missing in messages_zh.properties").isEmpty();
        assertThat(difference(zh, en)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void everyMessageTakesTheSameArgumentsInBoth() throws IOException {
        Properties en = read("messages.properties");
        Properties zh = read("messages_zh.properties");
        TreeMap<String, String> differ = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            if (!zh.containsKey(key)) continue;
            String a = en.getProperty(key);
            String b = zh.getProperty(key);
            if (isHelp(key)) {
                if (!variables(a).equals(variables(b))) differ.put(key, variables(a) + " / " + variables(b));
            } else if (!arguments(a).equals(arguments(b))) {
                differ.put(key, arguments(a) + " / " + arguments(b));
            }
        }
        assertThat(differ).as("messages whose arguments differ between English and Chinese").isEmpty();
    }

    @Test
    void everyMessageIsAPatternWithoutStrayQuotes() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_zh.properties")) {
            Properties p = read(file);
            for (String key : p.stringPropertyNames()) {
                if (isHelp(key)) continue;
                String v = p.getProperty(key);
                // a lone ' starts a quoted stretch in MessageFormat and silently swallows the {0} after it
                if (v.replace("''", "").contains("'")) bad.add(file + ": " + key);
                try {
                    new MessageFormat(v);
                } catch (IllegalArgumentException e) {
                    bad.add(file + ": " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = read("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theLanguageAskedForIsTheLanguageGiven() {
        assertThat(Messages.format(Language.ZH, "problem.error")).isEqualTo("错误");
        assertThat(Messages.format(Language.EN, "problem.error")).isEqualTo("error");
        assertThat(Messages.format(Language.EN, "build.summary.reports", 1)).isEqualTo("1 report built");
        assertThat(Messages.format(Language.EN, "build.summary.reports", 3)).isEqualTo("3 reports built");
        assertThat(Messages.format(Language.ZH, "build.summary.reports", 12)).isEqualTo("已生成 12 份材料");
    }

    /**
     * Messages keeps each thread's patterns parsed and fills a number in a plain {@code {n}} itself:
     * every message comes out as a pattern parsed afresh writes it, in both languages, with numbers
     * (grouped in thousands), texts and dates, asked again and on another thread.
     */
    @Test
    void everyMessageIsWrittenAsAFreshlyParsedPatternWritesIt() throws Exception {
        int compared = 0;
        for (Language l : Language.values()) {
            Properties p = read(l == Language.ZH ? "messages_zh.properties" : "messages.properties");
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                if (isHelp(key)) continue;
                Format[] formats = new MessageFormat(p.getProperty(key), l.locale()).getFormatsByArgumentIndex();
                for (int round = 0; round < 3; round++) {
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        Format f = formats[i];
                        args[i] = f instanceof DateFormat ? new java.util.Date(86_400_000L * 365 * (30 + round))
                                : f != null ? (Object) (round == 0 ? 1234.5 : round == 1 ? 1 : 0)
                                : round == 0 ? (Object) 1234567 : round == 1 ? "文本{0}" : (Object) (-2.25);
                    }
                    String fresh = new MessageFormat(p.getProperty(key), l.locale()).format(args);
                    assertThat(Messages.format(l, key, args)).as("%s %s, round %d", l, key, round).isEqualTo(fresh);
                    assertThat(Messages.format(l, key, args)).as("%s %s asked again", l, key).isEqualTo(fresh);
                    String[] elsewhere = new String[1];
                    Thread t = new Thread(() -> elsewhere[0] = Messages.format(l, key, args));
                    t.start();
                    t.join();
                    assertThat(elsewhere[0]).as("%s %s on another thread", l, key).isEqualTo(fresh);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(Messages.format(Language.EN, "similar.passage", 12345, "x")).isEqualTo("line 12,345: x");
    }

    private static boolean isHelp(String key) {
        return Messages.HELP_PREFIXES.stream().anyMatch(key::startsWith) || key.startsWith("mixinStandardHelpOptions.");
    }

    /** Each argument's index and kind (text, number, date), as MessageFormat reads the pattern. */
    private static TreeMap<Integer, String> arguments(String pattern) {
        TreeMap<Integer, String> args = new TreeMap<>();
        Format[] formats = new MessageFormat(pattern).getFormatsByArgumentIndex();
        Matcher m = ARGUMENT.matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            Format f = i < formats.length ? formats[i] : null;
            // a count may be plain in one language ({0} 份) and a choice in the other ({0,choice,1#1 report|…})
            String kind = f instanceof DateFormat ? "date" : "value";
            args.merge(i, kind, (x, y) -> x.equals("value") ? y : x);
        }
        return args;
    }

    private static Set<String> variables(String help) {
        Set<String> v = new TreeSet<>();
        HELP_VARIABLE.matcher(help).results().forEach(r -> v.add(r.group()));
        return v;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/baogao/text/" + name);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
