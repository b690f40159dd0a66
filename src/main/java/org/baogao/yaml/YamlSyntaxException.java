package org.baogao.yaml;

/** A file's YAML cannot be read: where (when the parser knows) and the parser's first line about it. */
public final class YamlSyntaxException extends Exception {

    private final int line;
    private final String problem;

    YamlSyntaxException(int line, String problem, Throwable cause) {
        super(problem, cause);
        this.line = line;
        this.problem = problem;
    }

    /** The line of the file, or 0 when the parser could not say. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
