package org.baogao.layout;

/**
 * What a report's page is rendered for. A type's template renders the same document twice; the
 * templates ask {@code mode.web} or {@code mode.print}.
 */
public enum RenderMode {
    /** the screen page of the archive: header, search, metadata panel, links to its neighbours */
    WEB,
    /** the print page the PDF is made of: GB/T 9704's page, fonts and page numbers */
    PRINT;

    public boolean isWeb() {
        return this == WEB;
    }

    public boolean isPrint() {
        return this == PRINT;
    }
}
