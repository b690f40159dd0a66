package org.baogao.text;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The message catalogue: every line baogao prints for people, in Chinese and in English, from
 * {@code org/baogao/text/messages.properties} (English, the base) and {@code messages_zh.properties}.
 * Message keys are {@link MessageFormat} patterns ({@code {0}}, {@code ''} for an apostrophe);
 * keys starting with {@code baogao.}, {@code usage.} or {@code option.} are picocli's help texts.
 * <p>
 * The language is chosen once, by the command line ({@link #use}); code that builds messages
 * deep in the pipeline asks here, so a message is worded once where it is made. Until the CLI
 * chooses, messages are English.
 */
public final class Messages {

    static final String BUNDLE = "org.baogao.text.messages";

    /** Key prefixes of picocli's help texts, which are not message patterns. */
    static final List<String> HELP_PREFIXES = List.of("baogao.", "usage.", "option.");

    private static volatile Language language = Language.EN;

    private Messages() {}

    /** Speaks {@code l} from now on. */
    public static void use(Language l) {
        language = l;
    }

    public static Language language() {
        return language;
    }

    /** The message {@code key} in the current language, its {@code {n}} filled from {@code args}. */
    public static String get(String key, Object... args) {
        return format(language, key, args);
    }

    /** The message {@code key} in {@code l}. */
    public static String format(Language l, String key, Object... args) {
        Parsed p = parsed(l, key);
        Object[] filled = args;
        for (int i = 0; i < args.length && i < p.plain().length; i++) {
            if (p.plain()[i] && args[i] instanceof Number number) {
                // what MessageFormat does with a number in a plain {n}, with a number format it would make for each
                if (filled == args) filled = args.clone();
                filled[i] = p.numbers().format(number);
            }
        }
        return p.format().format(filled);
    }

    /**
     * A pattern parsed, with which of its arguments have no format of their own ({@code {0}}, not
     * {@code {0,number,integer}}) and the number format MessageFormat would give a number there.
     */
    private record Parsed(MessageFormat format, boolean[] plain, NumberFormat numbers) {}

    /**
     * Each thread's patterns, parsed once by language and key: parsing one (and making its number
     * formats) costs far more than filling it in, and a command such as {@code similar} fills in
     * a few for each of millions of lines. A {@link MessageFormat} is not for two threads at once.
     */
    private static final ThreadLocal<Map<Language, Map<String, Parsed>>> PATTERNS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    private static Parsed parsed(Language l, String key) {
        Map<String, Parsed> parsed = PATTERNS.get().computeIfAbsent(l, k -> new HashMap<>());
        Parsed p = parsed.get(key);
        if (p == null) {
            MessageFormat f = new MessageFormat(bundle(l).getString(key), l.locale());
            Format[] formats = f.getFormatsByArgumentIndex();
            boolean[] plain = new boolean[formats.length];
            for (int i = 0; i < formats.length; i++) plain[i] = formats[i] == null;
            p = new Parsed(f, plain, NumberFormat.getInstance(l.locale()));
            parsed.put(key, p);
        }
        return p;
    }

    /** The catalogue in the current language, for picocli's help. */
    public static ResourceBundle bundle() {
        return bundle(language);
    }

    static ResourceBundle bundle(Language l) {
        // no fallback to the JVM's default locale: English asked for is English on a Chinese machine
        return ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
