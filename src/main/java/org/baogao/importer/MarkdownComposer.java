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
 * date) is taken out: the layout prints it from the front matter. In a .docx that baogao wrote,
 * the handling mark, title, signature and closing line are known by their styles, and go back
 * into the front matter they came from.
 */
final class MarkdownComposer {

    private static final Pattern DATE = Pattern.compile("^((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·（）()\\s\u3000]{2,30}$");
    /** Between a post and a name in a signature, as baogao's layouts print it: 县委副书记　李明. */
    private static final String POST_SEPARATOR = "\u3000";

    private MarkdownComposer() {}

    static Composed compose(Draft draft) {
        List<DraftBlock> blocks = new ArrayList<>(draft.blocks());
        // the parts around the body that a .docx of baogao's names by their styles
        String marking = text(take(blocks, DraftBlock.Part.MARKING));
        String closing = text(take(blocks, DraftBlock.Part.CLOSING));
        List<DraftBlock> byline = take(blocks, DraftBlock.Part.BYLINE);
        List<DraftBlock> signature = take(blocks, DraftBlock.Part.SIGNATURE);
        List<DraftBlock> titled = take(blocks, DraftBlock.Part.TITLE);
        String title = text(titled);
        int titleLine = 0;
        if (title == null) {
            title = "";
            if (!blocks.isEmpty() && blocks.get(0).kind() == DraftBlock.Kind.PARAGRAPH
                    && Numbering.levelOf(unbold(blocks.get(0).text())) == 0) {
                DraftBlock first = blocks.remove(0);
                title = unbold(first.text()).strip();
                titleLine = first.line();
            }
        }
        Signed signed = !byline.isEmpty() ? signed(byline) : !signature.isEmpty() ? signed(signature) : signedAtEnd(blocks);
        FoundFields fields = new FoundFields(signed.author(), signed.post(), signed.date(), marking, closing,
                !byline.isEmpty(), draft.fields());
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
        return new Composed(title, titleLine, body.toString(), levels[1], levels[2], runIn, renumbered, fields);
    }

    /** The blocks of one part, taken out of {@code blocks}. */
    private static List<DraftBlock> take(List<DraftBlock> blocks, DraftBlock.Part part) {
        List<DraftBlock> taken = blocks.stream().filter(b -> b.part() == part).toList();
        blocks.removeAll(taken);
        return taken;
    }

    /** The blocks' text, one line; null when there are none. */
    private static String text(List<DraftBlock> blocks) {
        if (blocks.isEmpty()) return null;
        return String.join("", blocks.stream().map(b -> unbold(b.text()).strip()).toList());
    }

    /** Who signed and when, each null when the draft does not say. */
    private record Signed(String author, String post, String date) {
        static final Signed NONE = new Signed(null, null, null);

        /** {@code 县委副书记　李明}: the post and the name; a name alone. */
        Signed issuer(String text) {
            int sep = text.lastIndexOf(POST_SEPARATOR);
            return sep > 0 ? new Signed(text.substring(sep + 1).strip(), text.substring(0, sep).strip(), date)
                    : new Signed(text, null, date);
        }

        Signed on(String newDate) {
            return new Signed(author, post, newDate);
        }
    }

    /** A signature a .docx's styles name (落款, or 题下署名 with its date in （）). */
    private static Signed signed(List<DraftBlock> lines) {
        Signed signed = Signed.NONE;
        for (DraftBlock line : lines) {
            String t = unbold(line.text()).strip();
            if (t.startsWith("（") && t.endsWith("）")) t = t.substring(1, t.length() - 1).strip();
            String date = date(t);
            signed = date != null ? signed.on(date) : signed.issuer(t);
        }
        return signed;
    }

    /** A draft that ends with a name (or a post and a name) and a date: taken out, as the layout prints them. */
    private static Signed signedAtEnd(List<DraftBlock> blocks) {
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1).kind() != DraftBlock.Kind.PARAGRAPH) return Signed.NONE;
        String date = date(unbold(blocks.get(blocks.size() - 1).text()).strip());
        if (date == null) return Signed.NONE;
        blocks.remove(blocks.size() - 1);
        Signed signed = Signed.NONE.on(date);
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == DraftBlock.Kind.PARAGRAPH
                && NAME.matcher(unbold(blocks.get(blocks.size() - 1).text()).strip()).matches()
                && Numbering.levelOf(unbold(blocks.get(blocks.size() - 1).text())) == 0) {
            signed = signed.issuer(unbold(blocks.remove(blocks.size() - 1).text()).strip());
        }
        return signed;
    }

    /** {@code 2024年1月18日} as {@code 2024-01-18}; null when it is not a date. */
    private static String date(String text) {
        Matcher d = DATE.matcher(text);
        if (!d.matches()) return null;
        return String.format("%s-%02d-%02d", d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
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
