package org.baogao.yaml;

/** A file's YAML cannot be read: where, when the parser knows, and the first line of what it says. */
public final class YamlSyntaxException extends Exception {

    /** The line of the file, or 0 when the parser could not say. */
    public final int line;

    YamlSyntaxException(int line, String problem, Throwable cause) {
        super(problem, cause);
        this.line = line;
    }
}
