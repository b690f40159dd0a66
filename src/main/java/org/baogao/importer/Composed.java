package org.baogao.importer;

/**
 * A draft given Markdown structure, before its front matter and clean-up.
 *
 * @param title      the title
 * @param titleLine  where the title was in a text draft (0: a Word document)
 * @param body       the body as Markdown
 * @param level1     headings of level 1 (一、)
 * @param level2     headings of level 2 (（一）), standalone or run-in
 * @param runIn      headings whose body text follows on the same line, kept as one paragraph
 * @param renumbered numbers rewritten in the standard form (1、 → 1.)
 * @param found      the front matter the draft gives besides its title
 */
record Composed(String title, int titleLine, String body, int level1, int level2, int runIn, int renumbered,
        FoundFields found) {}
