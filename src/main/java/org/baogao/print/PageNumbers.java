package org.baogao.print;

/** Where the page numbers go, as {@code page-numbers} names it ({@code outside}, {@code center}). */
public enum PageNumbers {
    /** odd pages at the right, even pages at the left, as GB/T 9704 prints on both sides: the default */
    OUTSIDE,
    /** every page in the middle */
    CENTER;

    /** For the templates: {@code print.pageNumbers.center}. */
    public boolean isCenter() {
        return this == CENTER;
    }
}
