package org.baogao.importer;

/**
 * One block of a draft as it was written, before it is given Markdown structure.
 *
 * @param text    a paragraph's text, with {@code **} around bold runs; or a table or list as Markdown
 * @param kind    what the block is
 * @param line    the 1-based line of a text draft it starts on; 0 for Word documents
 * @param heading whether the writer marked it as a heading (Word's heading styles, Markdown's {@code #})
 * @param part    what part of the document it is, when its style says so (a .docx that baogao wrote)
 */
record DraftBlock(String text, Kind kind, int line, boolean heading, Part part) {

    enum Kind {
        /** a paragraph, to be recognised as title, heading or text */
        PARAGRAPH,
        /** Markdown to be kept as it is: a table, a list */
        VERBATIM
    }

    /** The parts of a report around its body, as baogao's Word styles name them. */
    enum Part {
        /** the body, or a block whose part nothing says */
        BODY,
        /** 版头标识: the handling mark above the title ({@code marking}) */
        MARKING,
        /** 公文标题 */
        TITLE,
        /** 题下署名: post and name, then （date）, under the title ({@code signature: under-title}) */
        BYLINE,
        /** 结束语: the closing line after the body ({@code closing}) */
        CLOSING,
        /** 落款: issuer and date after the body */
        SIGNATURE
    }

    /** A block of the body, or one whose part the draft does not say. */
    DraftBlock(String text, Kind kind, int line, boolean heading) {
        this(text, kind, line, heading, Part.BODY);
    }
}
