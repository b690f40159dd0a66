package org.baogao.pdf;

import java.text.BreakIterator;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where the renderer may end a line: where the JDK's line breaker allows it, and also before a
 * slash inside a run such as a web address (never inside {@code ://}), so that a long address
 * breaks between its parts. Linear in the text: the renderer's own URL-aware breaker searched
 * the rest of the text for a slash at every break, and a line of Chinese, with a break after every
 * character, took time growing with its square (100,000 characters 5 s, 5 MB over 300 s).
 *
 * <p>It is also where a page that takes too long to lay out is stopped: the renderer asks for a
 * break at every few characters, so the time limit is checked here.
 */
final class LineBreaks implements FSTextBreaker {

    /** Characters at a segment's edges that a slash break does not split off. */
    private static final String EDGES = ".,:;!?- \n\r\t/";

    private final KeptBreaks kept;
    private final TimeLimit limit;
    private String text = "";
    /** The JDK breaker's boundaries of {@link #text}, and how many of them this has gone past. */
    private KeptBreaks.Boundaries boundaries;
    private int passed;
    /** The break last returned. */
    private int at;
    /** The JDK breaker's break at or after {@link #at}, and the part of its segment slashes may split. */
    private int end;
    private int inner;

    LineBreaks(TimeLimit limit) {
        this(limit, new KeptBreaks());
    }

    /** @param kept the boundaries found so far, shared by the breakers of one document */
    LineBreaks(TimeLimit limit, KeptBreaks kept) {
        this.limit = limit;
        this.kept = kept;
    }

    @Override
    public void setText(String newText) {
        text = newText;
        boundaries = kept.of(newText);
        passed = 0;
        at = 0;
        end = 0;
        inner = 0;
    }

    @Override
    public int next() {
        limit.check(text);
        if (at >= end) {
            int next = boundaries.get(passed++);
            // the JDK breaks after "https:"; an address keeps its "://"
            while (next != BreakIterator.DONE && next > 0 && text.charAt(next - 1) == ':' && text.startsWith("//", next)) {
                next = boundaries.get(passed++);
            }
            if (next == BreakIterator.DONE) return BreakIterator.DONE;
            end = next;
            inner = end;
            while (inner > at && EDGES.indexOf(text.charAt(inner - 1)) >= 0) inner--;
            while (at < inner && EDGES.indexOf(text.charAt(at)) >= 0) at++;
        }
        for (int i = at + 1; i < inner; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if (c == '/' && before != '/' && before != ':') {
                at = i;
                return at;
            }
        }
        at = end;
        return at;
    }
}
