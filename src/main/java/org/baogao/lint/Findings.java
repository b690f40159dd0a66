package org.baogao.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects what the rules find in one document, placing each finding by its offset. */
final class Findings {

    private final LintDocument doc;
    private final List<Finding> list = new ArrayList<>();

    Findings(LintDocument doc) {
        this.doc = doc;
    }

    LintDocument doc() {
        return doc;
    }

    void add(Rule rule, int offset, String message, List<Edit> fix) {
        list.add(new Finding(rule, doc.file(), doc.line(offset), doc.column(offset), message, fix));
    }

    void add(Rule rule, int offset, String message) {
        add(rule, offset, message, List.of());
    }

    /** A finding about the file as a whole (a missing section), placed on a given line. */
    void addAtLine(Rule rule, int line, String message) {
        addAt(rule, line, 1, message);
    }

    /** A finding placed by line and column (1-based), as another reader found it. */
    void addAt(Rule rule, int line, int column, String message) {
        list.add(new Finding(rule, doc.file(), line, Math.max(1, column), message, List.of()));
    }

    List<Finding> list() {
        return list;
    }
}
