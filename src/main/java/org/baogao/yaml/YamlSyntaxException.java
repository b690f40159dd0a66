package org.baogao.yaml;

import java.util.Optional;

import org.baogao.text.Messages;

/**
 * A file's YAML cannot be read: where, when the parser knows, and the first line of what it says.
 * The parser's words are English and about YAML; {@link #unquotedColon()} recognises the mistake
 * people make most, so that each reader can say what to write instead, in the user's language.
 */
public final class YamlSyntaxException extends Exception {

    /** The line of the file, or 0 when the parser could not say. */
    public final int line;
    /** The 1-based column (characters, not bytes), or 0 when the parser could not say. */
    public final int column;

    private final UnquotedColon unquotedColon;

    /**
     * A value with {@code ": "} in it, {@code title: 关于x: 的报告}: YAML reads the second colon as a
     * second key on the line ("mapping values are not allowed here").
     *
     * @param key    the key whose value it is ({@code title})
     * @param quoted the line as it should be written, the value in quotes ({@code title: "关于x: 的报告"})
     */
    public record UnquotedColon(String key, String quoted) {}

    /**
     * The other mistakes people make in a few lines of YAML, told by what the parser says of them
     * (its words are fixed English: they are recognised here once, and said in the catalogue's).
     */
    enum Mistake {
        UNCLOSED_QUOTE("yaml.mistake.unclosed-quote"),
        TAB("yaml.mistake.tab"),
        UNCLOSED_BRACKET("yaml.mistake.unclosed-bracket"),
        INDENTED("yaml.mistake.indented"),
        NO_COLON("yaml.mistake.no-colon");

        final String key;

        Mistake(String key) {
            this.key = key;
        }

        /** The mistake the parser's problem (and the context it was found in) names; null for any other. */
        static Mistake of(String problem, String context) {
            String p = problem == null ? "" : problem;
            if (p.startsWith("found unexpected end of stream") && context != null && context.contains("quoted scalar")) return UNCLOSED_QUOTE;
            if (p.startsWith("found character '\\t(TAB)'")) return TAB;
            if (p.startsWith("expected ',' or ']'") || p.startsWith("expected ',' or '}'")) return UNCLOSED_BRACKET;
            if (p.startsWith("could not find expected ':'")) return NO_COLON;
            return null;
        }
    }

    private final Mistake mistake;

    YamlSyntaxException(int line, int column, String problem, UnquotedColon unquotedColon, Mistake mistake, Throwable cause) {
        super(problem, cause);
        this.line = line;
        this.column = column;
        this.unquotedColon = unquotedColon;
        this.mistake = mistake;
    }

    /**
     * What is wrong, in the user's language: what to write when the mistake is known, else the
     * parser's own words.
     *
     * @param what the YAML's part in words, as the catalogue says it ("front matter", "baogao.yml")
     */
    public String describe(String what) {
        if (unquotedColon != null) return Messages.get("yaml.quote-the-value", what, unquotedColon.key(), unquotedColon.quoted());
        if (mistake != null) return Messages.get("yaml.mistake", what, Messages.get(mistake.key));
        return Messages.get("yaml.invalid", what, getMessage());
    }

    /** The value to put in quotes, when that is what is wrong. */
    public Optional<UnquotedColon> unquotedColon() {
        return Optional.ofNullable(unquotedColon);
    }
}
