package org.baogao.markdown;

import java.util.Comparator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML fragments in a canonical form for comparison: attributes sorted, line breaks between
 * blocks dropped, void elements written {@code <br/>}, and the typesetting spans (which keep a
 * paragraph's last characters together, or set punctuation at half width) unwrapped: they are
 * tested on their own in {@code TypesettingSpansTest}. Text and element structure are kept exactly.
 */
final class Html {

    private Html() {}

    static String normalise(String html) {
        StringBuilder out = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("span.keep, span.run, span.pc").unwrap();
        for (Node n : body.childNodes()) write(n, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            // the renderer's "\n" between blocks is formatting, not content
            if (s.isBlank() && s.indexOf('\n') >= 0) return;
            // and so is the one after a <br/>: white space at a line start is not printed
            if (t.previousSibling() instanceof Element prev && prev.is("br")) s = s.replaceFirst("^\n", "");
            out.append(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        } else if (node instanceof Element e) {
            out.append('<').append(e.tagName());
            e.attributes().asList().stream().sorted(Comparator.comparing(Attribute::getKey)).forEach(a ->
                    out.append(' ').append(a.getKey()).append("=\"").append(a.getValue()).append('"'));
            if (e.tag().isEmpty()) {
                out.append("/>");
                return;
            }
            out.append('>');
            for (Node c : e.childNodes()) write(c, out);
            out.append("</").append(e.tagName()).append('>');
        }
    }
}
