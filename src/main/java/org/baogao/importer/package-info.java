/**
 * {@code baogao import}: drafts (plain text in the encodings offices use, loose Markdown, Word .docx)
 * turned into reports with front matter, Markdown headings and the linter's safe fixes; a .docx that
 * baogao wrote, read back by baogao's own style names. Uses {@code chinese}, {@code content},
 * {@code markdown}, {@code lint}, {@code yaml} and {@code docx} (the style names, the properties).
 */
package org.baogao.importer;
