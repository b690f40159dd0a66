/**
 * {@code baogao import}: drafts (plain text in the encodings offices use, loose Markdown, Word .docx)
 * turned into reports with front matter, Markdown headings and the linter's safe fixes. Uses
 * {@code chinese}, {@code content}, {@code markdown} and {@code lint}.
 */
package org.baogao.importer;
