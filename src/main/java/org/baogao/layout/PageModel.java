package org.baogao.layout;

import java.util.List;

import org.baogao.config.ProjectConfig;
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
 * @param web      the report's place in the archive (web mode)
 */
public record PageModel(
        FrontMatter meta,
        String dateText,
        String body,
        List<Heading> outline,
        String mode,
        String root,
        String pdf,
        FontStacks fonts,
        WebContext web) {

    public PageModel {
        outline = List.copyOf(outline);
    }

    /** A page on its own, outside any archive: no listings to link to, no neighbours, no PDF yet. */
    public PageModel(FrontMatter meta, String dateText, String body, List<Heading> outline, String mode, String root,
            String pdf, FontStacks fonts) {
        this(meta, dateText, body, outline, mode, root, pdf, fonts, alone(meta));
    }

    public PageModel forPrint() {
        return new PageModel(meta, dateText, body, outline, "print", root, pdf, fonts, web);
    }

    public PageModel withWeb(WebContext newWeb) {
        return new PageModel(meta, dateText, body, outline, mode, root, pdf, fonts, newWeb);
    }

    private static WebContext alone(FrontMatter meta) {
        TermLinks terms = new TermLinks(
                meta.date() == null ? null : new TermLink(meta.date().getYear() + "年", null),
                new TermLink(meta.type(), null), link(meta.author()), link(meta.post()), link(meta.unit()),
                link(meta.meeting()), meta.tags().stream().map(t -> new TermLink(t, null)).toList());
        return new WebContext(ProjectConfig.DEFAULTS.name(), meta.type(), terms, null, null, 0, 0);
    }

    private static TermLink link(String text) {
        return text == null ? null : new TermLink(text, null);
    }
}
