package org.baogao.importer;

/**
 * One block of a draft as it was written, before it is given Markdown structure.
 *
 * @param text    a paragraph's text, with {@code **} around bold runs; or a table or list as Markdown
 * @param kind    what the block is
 * @param line    the 1-based line of a text draft it starts on; 0 for Word documents
 * @param heading whether the writer marked it as a heading (Word's heading styles, Markdown's {@code #})
 */
record DraftBlock(String text, Kind kind, int line, boolean heading) {

    enum Kind {
        /** a paragraph, to be recognised as title, heading or text */
        PARAGRAPH,
        /** Markdown to be kept as it is: a table, a list */
        VERBATIM
    }
}
