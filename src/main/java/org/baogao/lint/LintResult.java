package org.baogao.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * What the linter found in one file.
 *
 * @param file     the file
 * @param findings in order of place
 */
public record LintResult(Path file, List<Finding> findings) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    public long fixable() {
        return findings.stream().filter(Finding::fixable).count();
    }
}
