package org.baogao.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's body as HTML, with its outline.
 *
 * @param html    the body's HTML fragment, XHTML-compatible
 * @param outline the level-1 headings, each with its subheadings
 * @param text    the body's plain text, for the search index
 */
public record RenderedBody(String html, List<Heading> outline, String text) {

    public RenderedBody {
        outline = List.copyOf(outline);
    }

    /** A body whose text is read from its HTML. */
    public RenderedBody(String html, List<Heading> outline) {
        this(html, outline, org.jsoup.Jsoup.parseBodyFragment(html).body().text());
    }

    /** Every heading in document order. */
    public List<Heading> headings() {
        List<Heading> out = new ArrayList<>();
        flatten(outline, out);
        return out;
    }

    private static void flatten(List<Heading> hs, List<Heading> out) {
        for (Heading h : hs) {
            out.add(h);
            flatten(h.children(), out);
        }
    }
}
