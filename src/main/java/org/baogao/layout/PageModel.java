package org.baogao.layout;

import java.util.Arrays;
import java.util.List;

import org.baogao.chinese.ChineseDate;
import org.baogao.content.FrontMatter;
import org.baogao.fonts.FontStacks;
import org.baogao.markdown.Heading;
import org.baogao.markdown.RenderedBody;
import org.baogao.print.PrintSettings;

/**
 * What a report layout sees. A type's template renders it twice: for the screen ({@code mode.web})
 * and for print ({@code mode.print}), so both show the same document.
 *
 * @param meta       the front matter
 * @param print      the print settings: the project's, with those of the front matter in their place
 * @param dateText   the date as printed, {@code 2024年1月18日}, or null
 * @param titleLines the title broken into balanced lines
 * @param body       the body's HTML; trusted, it comes from the Markdown renderer
 * @param outline    the recognised headings, nested
 * @param mode       for the screen or for print
 * @param root       the relative path from the page to the site root, {@code "../../"}
 * @param pdf        the PDF's file name, next to the page
 * @param fonts      the print font stacks per role (print mode)
 * @param web        the report's place in the archive (web mode)
 */
public record PageModel(
        FrontMatter meta,
        PrintSettings print,
        String dateText,
        List<String> titleLines,
        String body,
        List<Heading> outline,
        RenderMode mode,
        String root,
        String pdf,
        FontStacks fonts,
        WebContext web) {

    /**
     * The longest title line, in characters of the title size: the text block holds 20 at 22 pt;
     * three are left as margin, so that a full line does not touch the edges and the estimate of
     * Latin widths cannot make the renderer wrap a line again.
     */
    public static final double TITLE_LINE_EM = 17;

    public PageModel {
        titleLines = List.copyOf(titleLines);
        outline = List.copyOf(outline);
    }

    /** The page of a report in the archive. */
    public static PageModel of(FrontMatter meta, PrintSettings print, RenderedBody body, String root, String pdf,
            FontStacks fonts, WebContext web) {
        // names stay whole; the meeting does not: "2024年度 / 组织生活会" is a fine place to break
        List<String> keep = Arrays.asList(meta.author(), meta.post(), meta.unit());
        return new PageModel(meta, print, ChineseDate.format(meta.date()), TitleLines.balance(meta.title(), TITLE_LINE_EM, keep),
                body.html(), body.outline(), RenderMode.WEB, root, pdf, fonts, web);
    }

    public PageModel forPrint() {
        return new PageModel(meta, print, dateText, titleLines, body, outline, RenderMode.PRINT, root, pdf, fonts, web);
    }

    /** The same page with another body's HTML: the screen's, with its shared passages marked. */
    public PageModel withBody(String html) {
        return new PageModel(meta, print, dateText, titleLines, html, outline, mode, root, pdf, fonts, web);
    }

    public PageModel withWeb(WebContext newWeb) {
        return new PageModel(meta, print, dateText, titleLines, body, outline, mode, root, pdf, fonts, newWeb);
    }

    /** The 落款 for {@code issuer} and this report's date, placed to GB/T 9704. */
    public Signature signatureFor(String issuer) {
        return Signature.place(issuer, dateText);
    }

}
