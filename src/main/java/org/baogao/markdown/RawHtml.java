package org.baogao.markdown;

/**
 * What becomes of HTML written inside a report's Markdown. Reports are pasted from anywhere; the
 * archive is opened by everyone in the office.
 */
public enum RawHtml {
    /** Keep the harmless tags (tables, emphasis, line breaks); drop scripts, frames, event handlers and unsafe links. */
    SANITIZE,
    /** Print the HTML as text, as written. */
    ESCAPE
}
