package org.baogao.lint;

import org.baogao.content.Problem.Severity;
import org.baogao.text.Messages;

/**
 * Every rule of {@code baogao lint}: its id (printed after each message, and the name to look up
 * here), its severity, whether {@code --fix} can repair it, and what it asks for (in the message
 * catalogue, in both languages). Errors are what must never be printed or what breaks the
 * document; {@code baogao build} refuses a report with any.
 */
public enum Rule {
    UNREADABLE("unreadable", Severity.ERROR, false),
    FRONT_MATTER_MISSING("front-matter-missing", Severity.WARNING, false),
    FRONT_MATTER_INVALID("front-matter-invalid", Severity.ERROR, false),
    FRONT_MATTER_TYPE("front-matter-type", Severity.ERROR, false),
    FRONT_MATTER_REQUIRED("front-matter-required", Severity.WARNING, false),
    FRONT_MATTER_UNKNOWN_KEY("front-matter-unknown-key", Severity.WARNING, false),
    PLACEHOLDER("placeholder", Severity.ERROR, false),
    MASKED_WORD("masked-word", Severity.ERROR, true),
    NUMBERING_SEQUENCE("numbering-sequence", Severity.ERROR, false),
    NUMBERING_LEVEL("numbering-level", Severity.WARNING, false),
    NUMBERING_PUNCTUATION("numbering-punctuation", Severity.WARNING, true),
    NUMBERING_JOINED("numbering-joined", Severity.WARNING, true),
    SECTION_MISSING("section-missing", Severity.WARNING, false),
    SECTION_EMPTY("section-empty", Severity.WARNING, false),
    ASCII_QUOTES("ascii-quotes", Severity.WARNING, true),
    MIXED_QUOTES("mixed-quotes", Severity.WARNING, false),
    UNBALANCED_QUOTES("unbalanced-quotes", Severity.WARNING, false),
    ASCII_PUNCTUATION("ascii-punctuation", Severity.WARNING, true),
    HALF_WIDTH_PARENTHESES("half-width-parentheses", Severity.WARNING, true),
    UNPRINTABLE("unprintable-character", Severity.ERROR, false),
    /** Found by the lint command over the whole archive (the similar stage), not by {@link Linter}, which sees one file. */
    SIMILAR("similar", Severity.WARNING, false),
    /** Found over the content folder's reports by {@link DuplicateOrders}, not by {@link Linter}, which sees one file. */
    DUPLICATE_ORDER("duplicate-order", Severity.WARNING, false);

    /** The catalogue key of a rule's summary is this followed by its id. */
    static final String SUMMARY_KEY = "rule.";

    private final String id;
    private final Severity severity;
    private final boolean fixable;

    Rule(String id, Severity severity, boolean fixable) {
        this.id = id;
        this.severity = severity;
        this.fixable = fixable;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public boolean fixable() {
        return fixable;
    }

    /** What the rule asks for, in the user's language: the catalogue's {@code rule.<id>}. */
    public String summary() {
        return Messages.get(SUMMARY_KEY + id);
    }

    /** Placeholders and masked words: what {@code build --allow-placeholders} lets through, as warnings. */
    public boolean isPlaceholder() {
        return this == PLACEHOLDER || this == MASKED_WORD;
    }
}
