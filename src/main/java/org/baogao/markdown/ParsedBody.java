package org.baogao.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A report body as the Markdown parser read it: the checks parse a body before it is rendered,
 * and the renderer takes their tree rather than parsing the same text again.
 *
 * @param text the body the tree was parsed from
 * @param tree its Markdown tree, parsed with the settings of {@link MarkdownSyntax#parser()}
 */
public record ParsedBody(String text, Document tree) {}
