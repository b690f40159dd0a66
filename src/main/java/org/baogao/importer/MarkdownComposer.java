package org.baogao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.chinese.Numbering;

/**
 * Gives a draft's blocks their Markdown structure: the first paragraph is the title; a paragraph
 * numbered at one of the four levels ({@code 一、} {@code （一）} {@code 1.} {@code （1）}, plain or
 * bold) becomes a heading {@code ##} to {@code #####}; a numbered paragraph whose heading sentence
 * runs on into text ({@code （一）在思想方面。虽然……}) stays one paragraph, its heading sentence in
 * bold, ending exactly where the structure pass will end it. A closing signature (a name, then a
 * date) is taken out: the layout prints it from the front matter.
 */
final class MarkdownComposer {

    private static final Pattern DATE = Pattern.compile("^((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·（）()\\s\u3000]{2,30}$");
    /** Between a post and a name in a signature, as baogao's layouts print it: 县委副书记　李明. */
    private static final String POST_SEPARATOR = "\u3000";

    private MarkdownComposer() {}

    static Composed compose(Draft draft) {
        List<DraftBlock> blocks = new ArrayList<>(draft.blocks());
        String title = "";
        int titleLine = 0;
        if (!blocks.isEmpty() && blocks.get(0).kind() == DraftBlock.Kind.PARAGRAPH
                && Numbering.levelOf(unbold(blocks.get(0).text())) == 0) {
            DraftBlock first = blocks.remove(0);
            title = unbold(first.text()).strip();
            titleLine = first.line();
        }
        String date = null;
        String author = null;
        String post = null;
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == DraftBlock.Kind.PARAGRAPH) {
            Matcher d = DATE.matcher(unbold(blocks.get(blocks.size() - 1).text()).strip());
            if (d.matches()) {
                date = String.format("%s-%02d-%02d", d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                blocks.remove(blocks.size() - 1);
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == DraftBlock.Kind.PARAGRAPH
                        && NAME.matcher(unbold(blocks.get(blocks.size() - 1).text()).strip()).matches()
                        && Numbering.levelOf(unbold(blocks.get(blocks.size() - 1).text())) == 0) {
                    author = unbold(blocks.remove(blocks.size() - 1).text()).strip();
                    int sep = author.lastIndexOf(POST_SEPARATOR);
                    if (sep > 0) {
                        post = author.substring(0, sep).strip();
                        author = author.substring(sep + 1).strip();
                    }
                }
            }
        }
        StringBuilder body = new StringBuilder();
        int[] levels = new int[5];
        int runIn = 0;
        int renumbered = 0;
        for (DraftBlock b : blocks) {
            if (body.length() > 0) body.append('\n');
            if (b.kind() == DraftBlock.Kind.VERBATIM) {
                body.append(b.text()).append('\n');
                continue;
            }
            String text = b.text();
            String plain = unbold(text).strip();
            Optional<Numbering.Marker> found = Numbering.parse(plain);
            if (found.isEmpty()) {
                body.append(b.heading() ? "## " + plain : text).append('\n');
                continue;
            }
            Numbering.Marker m = found.get();
            levels[m.level()]++;
            if (!m.isCanonical()) renumbered++;
            String rest = plain.substring(m.length());
            int end = Numbering.headingSentenceEnd(plain);
            if (end < 0) {
                body.append("#".repeat(m.level() + 1)).append(' ').append(m.canonical()).append(rest.strip()).append('\n');
            } else {
                runIn++;
                body.append(runInParagraph(text, m, end)).append('\n');
            }
        }
        return new Composed(title, titleLine, body.toString(), levels[1], levels[2], runIn, renumbered, author, post, date);
    }

    /**
     * {@code **（一）在思想方面。**虽然……}: the heading sentence in bold, the rest as written, its
     * own bold kept. {@code end} counts characters of the text without its bold markers.
     */
    static String runInParagraph(String text, Numbering.Marker m, int end) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) lead++;
        int seen = 0;
        int i = lead;
        int markers = 0;
        while (i < text.length() && seen < end) {
            if (text.startsWith("**", i)) {
                markers++;
                i += 2;
            } else {
                seen++;
                i++;
            }
        }
        // bold markers right at the split belong to the heading
        while (text.startsWith("**", i) && markers % 2 == 1) {
            markers++;
            i += 2;
        }
        String heading = unbold(text.substring(lead, i)).strip();
        String rest = text.substring(i);
        if (markers % 2 == 1) rest = "**" + rest;
        heading = m.canonical() + heading.substring(m.length());
        return "**" + heading + "**" + rest;
    }

    static String unbold(String s) {
        return s.replace("**", "");
    }
}
