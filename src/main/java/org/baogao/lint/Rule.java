package org.baogao.lint;

import org.baogao.content.Problem.Severity;

/**
 * Every rule of {@code baogao lint}: its id (printed after each message, and the name to look up
 * here), its severity, whether {@code --fix} can repair it, and what it asks for. Errors are what
 * must never be printed or what breaks the document; {@code baogao build} refuses a report with any.
 */
public enum Rule {
    UNREADABLE("unreadable", Severity.ERROR, false,
            "the file cannot be read as text (binary, empty, or neither UTF-8 nor GB18030)"),
    FRONT_MATTER_MISSING("front-matter-missing", Severity.WARNING, false,
            "no front matter: the title and type are guessed; 'baogao import' writes it"),
    FRONT_MATTER_INVALID("front-matter-invalid", Severity.ERROR, false,
            "front matter that cannot be read: YAML syntax, a wrong value, a date not written YYYY-MM-DD"),
    FRONT_MATTER_TYPE("front-matter-type", Severity.ERROR, false,
            "a type that no template in templates/ defines"),
    FRONT_MATTER_REQUIRED("front-matter-required", Severity.WARNING, false,
            "a field the type's skeleton lists (author, date, post…) is missing or empty"),
    FRONT_MATTER_UNKNOWN_KEY("front-matter-unknown-key", Severity.WARNING, false,
            "a front matter key that no part of baogao reads (a misspelling?)"),
    PLACEHOLDER("placeholder", Severity.ERROR, false,
            "a placeholder that must be filled in before printing: xx, ××, x次, 某某, ○○, （此处…）"),
    MASKED_WORD("masked-word", Severity.ERROR, true,
            "a masked word from the glossary (dangshi for 党史); --fix writes the word"),
    NUMBERING_SEQUENCE("numbering-sequence", Severity.ERROR, false,
            "a number out of sequence at its level: a gap, a repeat, or a wrong start (一、三、)"),
    NUMBERING_LEVEL("numbering-level", Severity.WARNING, false,
            "a level that skips the one above it: 1. right under 一、 without （一）"),
    NUMBERING_PUNCTUATION("numbering-punctuation", Severity.WARNING, true,
            "a number written in a non-standard form: 1、 for 1., (一) for （一）, 一. for 一、"),
    NUMBERING_JOINED("numbering-joined", Severity.WARNING, true,
            "a numbered line inside a paragraph: without a blank line before it, it prints as part of the paragraph"),
    SECTION_MISSING("section-missing", Severity.WARNING, false,
            "a level-1 section that the type's skeleton has is missing (problems, causes, remedies)"),
    SECTION_EMPTY("section-empty", Severity.WARNING, false,
            "a heading with no text under it"),
    ASCII_QUOTES("ascii-quotes", Severity.WARNING, true,
            "ASCII quotes \"…\" in Chinese text; --fix writes “…”"),
    MIXED_QUOTES("mixed-quotes", Severity.WARNING, false,
            "a paragraph that uses both ASCII quotes and Chinese quotes"),
    UNBALANCED_QUOTES("unbalanced-quotes", Severity.WARNING, false,
            "a quote that is opened and not closed, or closed and not opened"),
    ASCII_PUNCTUATION("ascii-punctuation", Severity.WARNING, true,
            "an ASCII comma, semicolon, colon, question or exclamation mark in Chinese text; --fix writes ，；：？！"),
    HALF_WIDTH_PARENTHESES("half-width-parentheses", Severity.WARNING, true,
            "half-width parentheses (…) around Chinese text; --fix writes （…）"),
    UNPRINTABLE("unprintable-character", Severity.ERROR, false,
            "a character that none of the configured fonts has; it would print as '#'");

    private final String id;
    private final Severity severity;
    private final boolean fixable;
    private final String summary;

    Rule(String id, Severity severity, boolean fixable, String summary) {
        this.id = id;
        this.severity = severity;
        this.fixable = fixable;
        this.summary = summary;
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

    public String summary() {
        return summary;
    }

    /** Placeholders and masked words: what {@code build --allow-placeholders} lets through, as warnings. */
    public boolean isPlaceholder() {
        return this == PLACEHOLDER || this == MASKED_WORD;
    }
}
