package org.baogao.layout;

import java.util.List;

import org.baogao.content.FrontMatter;
import org.baogao.markdown.Heading;
import org.baogao.pdf.FontStacks;

/**
 * What a report layout sees. A type's template renders it twice: for the screen ({@code mode}
 * {@code "web"}) and for print ({@code "print"}), so both show the same document.
 *
 * @param meta     the front matter
 * @param dateText the date as printed, {@code 2024年1月18日}, or null
 * @param body     the body's HTML; trusted, it comes from the Markdown renderer
 * @param outline  the recognised headings, nested
 * @param mode     {@code "web"} or {@code "print"}
 * @param root     the relative path from the page to the site root, {@code "../../"}
 * @param pdf      the PDF's file name, next to the page
 * @param fonts    the print font stacks per role (print mode)
 */
public record PageModel(
        FrontMatter meta,
        String dateText,
        String body,
        List<Heading> outline,
        String mode,
        String root,
        String pdf,
        FontStacks fonts) {

    public PageModel {
        outline = List.copyOf(outline);
    }

    public PageModel forPrint() {
        return new PageModel(meta, dateText, body, outline, "print", root, pdf, fonts);
    }
}
