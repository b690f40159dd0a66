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

    YamlSyntaxException(int line, int column, String problem, UnquotedColon unquotedColon, Throwable cause) {
        super(problem, cause);
        this.line = line;
        this.column = column;
        this.unquotedColon = unquotedColon;
    }

    /**
     * What is wrong, in the user's language: what to write when the mistake is known, else the
     * parser's own words.
     *
     * @param what the YAML's part in words, as the catalogue says it ("front matter", "baogao.yml")
     */
    public String describe(String what) {
        return unquotedColon == null ? Messages.get("yaml.invalid", what, getMessage())
                : Messages.get("yaml.quote-the-value", what, unquotedColon.key(), unquotedColon.quoted());
    }

    /** The value to put in quotes, when that is what is wrong. */
    public Optional<UnquotedColon> unquotedColon() {
        return Optional.ofNullable(unquotedColon);
    }
}
