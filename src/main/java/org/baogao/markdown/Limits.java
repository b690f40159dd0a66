package org.baogao.markdown;

/**
 * How much structure one report may have. A report is a few pages of prose; a document past
 * these limits is a mistake or an attack, and laying it out would exhaust the stack or take
 * minutes. Checked on the Markdown tree before anything is rendered.
 *
 * @param maxNesting    blocks inside blocks (quotes, lists): 10,000 nested quotes is not a report
 * @param maxTableCells cells in one table: a 100,000-cell table would take the PDF renderer minutes
 * @param maxParagraphChars characters in one paragraph: a page holds 616; 20,000 is 32 pages without a break, and
 *                      a paragraph of 5 MB took the PDF renderer's line breaking more than 300 s
 */
public record Limits(int maxNesting, int maxTableCells, int maxParagraphChars) {

    public static final Limits DEFAULTS = new Limits(32, 5_000, 20_000);
}
