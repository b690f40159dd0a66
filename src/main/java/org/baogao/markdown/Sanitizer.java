package org.baogao.markdown;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An allow-list of what a report's HTML may contain: the elements Markdown itself produces and
 * the few that authors write by hand, with links only to the web, to mail or relative to the
 * archive. No scripts, frames, objects, forms, styles, event handlers, {@code javascript:} or
 * {@code data:} URLs. Classes and ids are not kept: the structure pass sets its own.
 */
final class Sanitizer {

    /** A base for resolving relative links while checking them; it never appears in the output. */
    private static final String BASE = "https://report.invalid/";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "ul", "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "del", "ins",
                    "sub", "sup", "mark", "span", "div", "a", "img",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("th", "align", "colspan", "rowspan")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            // relative sources resolve against BASE, an https URL; absolute ones are removed below
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    private Sanitizer() {}

    static Document clean(String html) {
        Document dirty = org.jsoup.Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // images only from the archive itself: a remote image is a request to outside
        clean.body().select("img").forEach(img -> {
            String src = img.attr("src");
            if (src.isEmpty() || src.contains(":") || src.startsWith("//")) img.remove();
        });
        // what held only a removed element is left empty
        clean.body().select("p").forEach(p -> {
            if (p.text().isBlank() && p.select("img, br").isEmpty()) p.remove();
        });
        return clean;
    }
}
