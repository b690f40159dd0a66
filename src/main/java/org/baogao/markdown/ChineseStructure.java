package org.baogao.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import org.baogao.chinese.Numbering;

/**
 * Recognises the four levels of Chinese official numbering, however the author marked them:
 * Markdown headings ({@code ## 一、…}), plain paragraphs ({@code 一、…}) or bold ones
 * ({@code **一、…**}), and numbered lists ({@code 1. …}).
 *
 * <p>A paragraph whose heading sentence runs into its text ({@code （一）在思想方面。虽然……}) stays one
 * paragraph: only the heading sentence is wrapped, so that it takes the heading's font while the
 * rest stays body text on the same line. Standalone headings become {@code h2}–{@code h5}.
 */
final class ChineseStructure {

    // parsed once: jsoup parses a query given as a string at every call (see ChineseTypography)
    private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator P = QueryParser.parse("p");
    private static final Evaluator OL = QueryParser.parse("ol");
    private static final Evaluator LI = QueryParser.parse("li");
    private static final Evaluator EMPHASIS = QueryParser.parse("strong, b, em");

    private ChineseStructure() {}

    static List<Heading> apply(Element root) {
        unfoldOrderedLists(root);
        List<Heading> flat = new ArrayList<>();
        List<Boolean> runIn = new ArrayList<>();
        int n = 0;
        for (Element block : new ArrayList<>(root.children())) {
            boolean isHeading = block.is(HEADING);
            if (!isHeading && !block.is(P)) continue;
            String text = block.text().strip();
            int level = Numbering.levelOf(text);
            if (level == 0 && isHeading) {
                level = Math.max(1, Math.min(4, Integer.parseInt(block.tagName().substring(1)) - 1));
            }
            if (level == 0) continue;
            String id = "s" + (++n);
            int split = isHeading ? -1 : headingSentenceEnd(block);
            if (split < 0) {
                Element h = new Element("h" + (level + 1)).attr("id", id).addClass("l" + level);
                unwrapSoleEmphasis(block);
                h.appendChildren(new ArrayList<>(block.childNodes()));
                block.replaceWith(h);
                flat.add(new Heading(level, h.text().strip(), id, false, List.of()));
            } else {
                Element span = splitRunIn(block, split).attr("id", id).addClass("heading").addClass("l" + level);
                block.addClass("run-in").addClass("l" + level);
                flat.add(new Heading(level, span.text().strip(), id, true, List.of()));
            }
            runIn.add(split >= 0);
        }
        return nest(flat);
    }

    /**
     * A Markdown ordered list at the top of the body is the author's level-3 numbering written
     * with a space after the dot; make each item a numbered paragraph so it is treated as one.
     */
    private static void unfoldOrderedLists(Element root) {
        // root.children().select("> ol") would look for lists inside the children, not among them
        for (Element ol : root.children()) {
            if (!ol.is(OL)) continue;
            int number = ol.hasAttr("start") ? parseOr(ol.attr("start"), 1) : 1;
            List<Node> unfolded = new ArrayList<>();
            for (Element li : ol.children()) {
                if (!li.is(LI)) continue;
                // the item's first paragraph (or its leading inline text) is the numbered one; any
                // further blocks of the item (paragraphs, nested lists) follow it, not inside it
                List<Node> nodes = new ArrayList<>(li.childNodes());
                List<Node> inline = new ArrayList<>();
                int k = 0;
                while (k < nodes.size() && nodes.get(k) instanceof TextNode t && t.isBlank()) k++;
                if (k < nodes.size() && nodes.get(k) instanceof Element first && first.is(P)) {
                    inline.addAll(first.childNodes());
                    k++;
                } else {
                    while (k < nodes.size() && !(nodes.get(k) instanceof Element e && e.isBlock())) {
                        inline.add(nodes.get(k++));
                    }
                    // the line break before a nested block is not part of the item's text
                    if (!inline.isEmpty() && inline.get(inline.size() - 1) instanceof TextNode t) {
                        t.text(t.getWholeText().stripTrailing());
                    }
                }
                Element p = new Element("p");
                p.appendChildren(inline);
                p.prependText(number++ + ".");
                unfolded.add(p);
                unfolded.addAll(nodes.subList(k, nodes.size()));
            }
            for (Node n : unfolded) ol.before(n);
            ol.remove();
        }
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The offset in the block's whole text just after its heading sentence, or -1 if all of it is heading. */
    private static int headingSentenceEnd(Element block) {
        return Numbering.headingSentenceEnd(block.wholeText());
    }

    /** Moves the block's content up to {@code offset} into a new leading span, and returns it. */
    private static Element splitRunIn(Element block, int offset) {
        Element span = new Element("span");
        List<Node> moving = new ArrayList<>();
        int seen = 0;
        for (Node child : new ArrayList<>(block.childNodes())) {
            if (seen >= offset) break;
            String t = child instanceof TextNode tn ? tn.getWholeText()
                    : child instanceof Element e ? e.wholeText() : "";
            if (child instanceof TextNode tn && seen + t.length() > offset) {
                tn.splitText(offset - seen);
            }
            // an element that straddles the boundary goes whole into the heading
            moving.add(child);
            seen += Math.min(t.length(), offset - seen) == t.length() ? t.length() : offset - seen;
        }
        if (!moving.isEmpty()) moving.get(0).before(span);
        for (Node m : moving) span.appendChild(m);
        unwrapSoleEmphasis(span);
        for (Element strong : span.select("> strong, > b")) strong.unwrap();
        return span;
    }

    /** {@code **一、…**}: the bold was the author's way to say "heading"; the heading font says it now. */
    private static void unwrapSoleEmphasis(Element e) {
        while (e.childNodeSize() >= 1) {
            List<Node> meaningful = e.childNodes().stream()
                    .filter(c -> !(c instanceof TextNode t && t.isBlank())).toList();
            if (meaningful.size() == 1 && meaningful.get(0) instanceof Element only && only.is(EMPHASIS)) {
                only.unwrap();
            } else {
                return;
            }
        }
    }

    private static List<Heading> nest(List<Heading> flat) {
        // builders mirror Heading but with mutable children until the tree is complete
        record Builder(Heading h, List<Builder> children) {
            Heading build() {
                return new Heading(h.level(), h.text(), h.id(), h.runIn(),
                        children.stream().map(Builder::build).toList());
            }
        }
        List<Builder> roots = new ArrayList<>();
        Deque<Builder> stack = new ArrayDeque<>();
        for (Heading h : flat) {
            Builder b = new Builder(h, new ArrayList<>());
            while (!stack.isEmpty() && stack.peek().h().level() >= h.level()) stack.pop();
            if (stack.isEmpty()) roots.add(b); else stack.peek().children().add(b);
            stack.push(b);
        }
        return roots.stream().map(Builder::build).toList();
    }
}
