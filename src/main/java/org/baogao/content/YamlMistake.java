package org.baogao.content;

import org.baogao.text.Messages;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML parser's complaint put as what to write instead. The commonest in front matter is a
 * value with {@code ": "} in it, {@code title: 关于x: 的报告}, which YAML reads as a second key on the
 * line ("mapping values are not allowed here"): the value must be in quotes.
 *
 * @param line    0-based line of the YAML text
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong, and how to write it
 */
public record YamlMistake(int line, int column, String message) {

    /** @param what  the file's part in words ("front matter", "baogao.yml") */
    public static YamlMistake of(MarkedYamlEngineException e, String yaml, String what) {
        Mark mark = e.getProblemMark().orElse(null);
        int line = mark == null ? 0 : mark.getLine();
        int column = mark == null ? 0 : mark.getColumn() + 1;
        String problem = firstLine(e.getProblem());
        String text = line < yaml.lines().count() ? yaml.lines().skip(line).findFirst().orElse("") : "";
        int colon = text.indexOf(": ");
        if (problem.startsWith("mapping values are not allowed") && colon > 0 && !text.strip().startsWith("-")) {
            String key = text.substring(0, colon).strip();
            String value = text.substring(colon + 2).strip().replace("\"", "\\\"");
            return new YamlMistake(line, column, Messages.get("yaml.quote-the-value", what, key, key + ": \"" + value + "\""));
        }
        return new YamlMistake(line, column, Messages.get("yaml.invalid", what, problem));
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
