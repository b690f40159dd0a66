package org.baogao.text;

import java.text.MessageFormat;
import java.util.List;
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
        return new MessageFormat(bundle(l).getString(key), l.locale()).format(args);
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
