package org.baogao.lint;

/** One family of rules, run over one document at a time. Implementations keep no state between documents. */
interface Check {
    void check(LintDocument doc, Findings out);
}
