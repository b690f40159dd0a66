package org.baogao.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.baogao.layout.SimilarPanel;
import org.baogao.similar.Normaliser;

/**
 * Marks the shared passages in a report's body HTML: each {@link SimilarPanel.Mark} (offsets into
 * the normalised Markdown body, as the check counts them) becomes {@code <mark>} elements around
 * the same characters of the HTML's text, from the first shared letter to the last with the
 * punctuation between, never around a tag (a passage that runs across a paragraph or a bold word is
 * marked piece by piece). The HTML is otherwise left byte for byte as it was.
 *
 * <p>The HTML's text is the Markdown's without its marks, but not always letter for letter: a
 * link's address is in the Markdown and not in the text. The two normalised texts are aligned by
 * walking both and, where they differ, skipping ahead on either side to where {@link #RESYNC}
 * letters agree again; a letter of the Markdown that has no counterpart is not marked.
 */
public final class SharedMarks {

    /** Letters that must agree for the two texts to be taken as in step again. */
    private static final int RESYNC = 8;
    /** How far ahead, in letters on both sides together, a difference is looked past. */
    private static final int SEARCH = 600;

    private SharedMarks() {}

    /**
     * The body's HTML with the marks in.
     *
     * @param html     the body's HTML fragment, as the Markdown renderer made it
     * @param markdown the body's Markdown, which the marks' offsets count in, normalised
     */
    public static String mark(String html, String markdown, List<SimilarPanel.Mark> marks) {
        if (marks.isEmpty()) return html;
        HtmlText text = HtmlText.of(html);
        Normaliser.Normalised visible = Normaliser.withOffsets(text.visible());
        int[] offsets = visible.offsets();
        int[] toHtml = align(Normaliser.normalise(markdown), visible.text());
        List<Insert> inserts = new ArrayList<>();
        for (SimilarPanel.Mark mark : marks) {
            int from = -1;
            int last = -1;
            for (int i = mark.start(); i < Math.min(mark.end(), toHtml.length); i++) {
                int j = toHtml[i];
                if (j < 0) continue;
                if (from >= 0 && j != last + 1) {
                    wrap(text, offsets, from, last + 1, mark, inserts);
                    from = -1;
                }
                if (from < 0) from = j;
                last = j;
            }
            if (from >= 0) wrap(text, offsets, from, last + 1, mark, inserts);
        }
        inserts.sort(Comparator.comparingInt(Insert::at).thenComparingInt(Insert::order));
        StringBuilder out = new StringBuilder(html.length() + inserts.size() * 48);
        int at = 0;
        for (Insert i : inserts) {
            out.append(html, at, i.at()).append(i.text());
            at = i.at();
        }
        return out.append(html, at, html.length()).toString();
    }

    /** Text to put into the HTML at {@code at}; ends ({@code order} 0) before starts (1) at one place. */
    private record Insert(int at, int order, String text) {}

    /** Marks the normalised HTML letters {@code from}–{@code to}: each stretch of text between tags on its own. */
    private static void wrap(HtmlText text, int[] offsets, int from, int to, SimilarPanel.Mark mark, List<Insert> inserts) {
        int start = text.start(offsets[from]);
        int lastVisible = offsets[to - 1];
        int end = text.end(lastVisible + Character.charCount(text.visible().codePointAt(lastVisible)) - 1);
        String open = "<mark class=\"shared " + mark.kind().css() + "\" data-reports=\"" + mark.reports() + "\">";
        for (int[] piece : text.textBetween(start, end)) {
            inserts.add(new Insert(piece[0], 1, open));
            inserts.add(new Insert(piece[1], 0, "</mark>"));
        }
    }

    /**
     * For each letter of {@code m}, the letter of {@code h} it is, or −1: in order, equal letters,
     * past the places where the two differ.
     */
    static int[] align(String m, String h) {
        int[] out = new int[m.length()];
        java.util.Arrays.fill(out, -1);
        int i = 0;
        int j = 0;
        while (i < m.length() && j < h.length()) {
            if (m.charAt(i) == h.charAt(j)) {
                out[i++] = j++;
                continue;
            }
            int[] next = resync(m, i, h, j);
            if (next == null) break;
            i = next[0];
            j = next[1];
        }
        return out;
    }

    /** The nearest place past {@code i}, {@code j} where the texts agree for {@link #RESYNC} letters (or to their ends), or null. */
    private static int[] resync(String m, int i, String h, int j) {
        for (int d = 1; d <= SEARCH; d++) {
            for (int a = 0; a <= d; a++) {
                int mi = i + a;
                int hj = j + d - a;
                if (mi >= m.length() || hj >= h.length()) continue;
                int n = Math.min(RESYNC, Math.min(m.length() - mi, h.length() - hj));
                if (m.regionMatches(mi, h, hj, n)) return new int[] {mi, hj};
            }
        }
        return null;
    }
}
