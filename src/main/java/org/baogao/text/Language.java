package org.baogao.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages baogao speaks: Chinese for the people it is for, English for everyone else. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ROOT);

    /** The environment variable that chooses the language, like {@code --lang}. */
    public static final String VARIABLE = "BAOGAO_LANG";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale the catalogue is read in; English is the catalogue's base file. */
    public Locale locale() {
        return locale;
    }

    /** {@code zh}, {@code zh_CN}, {@code zh-TW.UTF-8}, {@code en}, {@code EN}…; empty for anything else. */
    public static Optional<Language> named(String name) {
        if (name == null) return Optional.empty();
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("zh") || n.startsWith("zh_") || n.startsWith("zh-") || n.startsWith("zh.")) return Optional.of(ZH);
        if (n.equals("en") || n.startsWith("en_") || n.startsWith("en-") || n.startsWith("en.")) return Optional.of(EN);
        return Optional.empty();
    }

    /**
     * The language to speak when {@code --lang} was not given: {@value #VARIABLE}, then the POSIX
     * locale variables in their order of precedence (the first one set decides, as for every
     * program: {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), then the user's locale as the
     * JVM reads it from Windows or macOS when none is set.
     */
    public static Language choose(String option, Map<String, String> env, Locale userLocale) {
        Optional<Language> given = named(option);
        if (given.isPresent()) return given.get();
        Optional<Language> variable = named(env.get(VARIABLE));
        if (variable.isPresent()) return variable.get();
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) return value.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
        }
        return userLocale.getLanguage().equals("zh") ? ZH : EN;
    }
}
