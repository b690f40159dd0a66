package org.baogao.lint;

import java.nio.file.Path;
import java.util.List;

import org.baogao.content.Problem;
import org.baogao.content.Problem.Severity;
import org.baogao.text.Messages;

/**
 * What a rule found in a file, where, and how {@code --fix} would repair it (no edits: it cannot).
 * {@code line} and {@code column} are 1-based; the column counts characters, not bytes.
 */
public record Finding(Rule rule, Path file, int line, int column, String message, List<Edit> fix) {

    public Finding {
        fix = List.copyOf(fix);
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    public boolean fixable() {
        return !fix.isEmpty();
    }

    /** As the build reports it; {@code asWarning} lets a placeholder through a preview build. */
    public Problem toProblem(boolean asWarning) {
        Severity s = asWarning ? Severity.WARNING : severity();
        return new Problem(s, file, line, column, message, rule.id());
    }

    /** {@code file:line:column: severity: message [rule-id]}, the form editors and CI logs read. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + Messages.get(isError() ? "problem.error" : "problem.warning") + ": " + message
                + " [" + rule.id() + "]";
    }
}
