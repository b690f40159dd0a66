package org.baogao.content;

/** Where a report's 落款 (issuer and date) goes, as front matter's {@code signature} names it ({@code under-title}). */
public enum SignaturePlace {
    /** below the body, at the right: the default */
    END,
    /** under the title, centred, as a speech's is */
    UNDER_TITLE;

    /** For the templates: {@code meta.signature.underTitle}. */
    public boolean isUnderTitle() {
        return this == UNDER_TITLE;
    }
}
