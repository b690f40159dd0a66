package org.baogao.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.baogao.chinese.Numbering;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The report's structure as the Chinese structure pass will see it: the top-level blocks of the
 * body, each either a numbered (or Markdown) heading at one of the four levels, or text. A numbered
 * line that is not the first line of its paragraph is reported as well, marked {@code joined}: the
 * author meant it as a heading, but it prints inside the paragraph before it.
 */
final class StructureReader {

    /**
     * One block of the body.
     *
     * @param level   1–4 for a heading, 0 for text
     * @param marker  the number as written; null for text and for a Markdown heading without one
     * @param printed the number as it prints (a Markdown list renumbers its items); 0 when none
     * @param offset  where the number (or the block) starts in the document text
     * @param title   the heading without its number, or the text's first characters
     * @param hasText whether body text runs on after the heading sentence, in the same block
     * @param joined  a numbered line inside a paragraph
     * @param listItem a Markdown list item, whose marker the renderer rewrites
     */
    record Block(int level, Numbering.Marker marker, int printed, int offset, String title, boolean hasText,
            boolean joined, boolean listItem) {

        boolean isHeading() {
            return level > 0;
        }
    }

    private StructureReader() {}

    static List<Block> read(LintDocument doc) {
        List<Block> out = new ArrayList<>();
        int base = doc.bodyOffset();
        for (Node node : doc.body().getChildren()) {
            if (node instanceof Heading h) {
                heading(h, base, out);
            } else if (node instanceof Paragraph p) {
                paragraph(p, base, out);
            } else if (node instanceof OrderedList list) {
                int number = list.getStartNumber();
                for (Node item : list.getChildren()) {
                    if (!(item instanceof ListItem li)) continue;
                    String text = plain(li);
                    int offset = base + li.getOpeningMarker().getStartOffset();
                    Numbering.Marker m = new Numbering.Marker(3, number, number + ".");
                    out.add(new Block(3, m, number, offset, text.strip(), !text.isBlank(), false, true));
                    number++;
                }
            } else if (!node.getChars().isBlank()) {
                out.add(text(base + node.getStartOffset(), node));
            }
        }
        return out;
    }

    private static void heading(Heading h, int base, List<Block> out) {
        BasedSequence chars = h.getText();
        String raw = chars.toString();
        int lead = markupPrefix(raw);
        String text = plain(h).strip();
        Optional<Numbering.Marker> m = Numbering.parse(text);
        if (m.isPresent()) {
            Numbering.Marker marker = m.get();
            out.add(new Block(marker.level(), marker, marker.number(), base + chars.getStartOffset() + lead,
                    text.substring(marker.length()).strip(), false, false, false));
        } else {
            int level = Math.max(1, Math.min(4, h.getLevel() - 1));
            out.add(new Block(level, null, 0, base + h.getStartOffset(), text, false, false, false));
        }
    }

    private static void paragraph(Paragraph p, int base, List<Block> out) {
        List<BasedSequence> lines = p.getContentLines();
        String whole = plain(p).strip();
        boolean first = true;
        for (BasedSequence line : lines) {
            String raw = line.toString();
            int lead = markupPrefix(raw);
            String rest = raw.substring(lead);
            Optional<Numbering.Marker> m = Numbering.parse(rest);
            int offset = base + line.getStartOffset() + lead;
            if (m.isPresent()) {
                Numbering.Marker marker = m.get();
                // the first line's heading runs into the whole paragraph; a joined line's only into itself
                String own = first ? whole : rest.replace("*", "").replace("_", "").strip();
                boolean hasText = Numbering.headingSentenceEnd(own) >= 0;
                String title = own.substring(Math.min(own.length(), marker.length())).strip();
                int end = Numbering.headingSentenceEnd(title);
                out.add(new Block(marker.level(), marker, marker.number(), offset,
                        end < 0 ? title : title.substring(0, end), hasText, !first, false));
            } else if (first) {
                out.add(text(base + p.getStartOffset(), p));
            } else if (!out.isEmpty() && out.get(out.size() - 1).joined()) {
                // text lines after a joined heading belong to it
                Block last = out.remove(out.size() - 1);
                out.add(new Block(last.level(), last.marker(), last.printed(), last.offset(), last.title(), true,
                        true, false));
            }
            first = false;
        }
    }

    private static Block text(int offset, Node node) {
        String t = plain(node).strip();
        return new Block(0, null, 0, offset, t.length() > 20 ? t.substring(0, 20) : t, true, false, false);
    }

    /** The text a reader sees: no emphasis markers, no link targets. */
    static String plain(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /** How many characters of emphasis markup and spaces open a line: {@code **一、} → 2. */
    static int markupPrefix(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == '_' || line.charAt(i) == ' ')) i++;
        return i;
    }
}
