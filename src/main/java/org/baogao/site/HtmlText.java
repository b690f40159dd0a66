package org.baogao.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an HTML fragment as a reader sees it, with where each of its characters is in the
 * HTML: tags, comments and the insides of scripts and styles are not text; an entity is its one
 * character. What {@link SharedMarks} needs to put marks around text without breaking a tag.
 */
final class HtmlText {

    private final String html;
    private final String visible;
    /** For each character of {@link #visible}, where it starts and ends in the HTML. */
    private final int[] starts;
    private final int[] ends;
    /** The tags, comments and scripts, as start and end offsets in the HTML, in order. */
    private final int[] tags;

    private HtmlText(String html, String visible, int[] starts, int[] ends, int[] tags) {
        this.html = html;
        this.visible = visible;
        this.starts = starts;
        this.ends = ends;
        this.tags = tags;
    }

    static HtmlText of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int[] starts = new int[html.length()];
        int[] ends = new int[html.length()];
        int[] tags = new int[16];
        int tagCount = 0;
        int n = 0;
        for (int i = 0; i < html.length(); ) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                if (tagCount + 2 > tags.length) tags = Arrays.copyOf(tags, tags.length * 2);
                tags[tagCount++] = i;
                tags[tagCount++] = end;
                i = end;
                continue;
            }
            if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    for (int k = 0; k < decoded.length(); k++) {
                        starts[n] = i;
                        ends[n++] = semi + 1;
                        text.append(decoded.charAt(k));
                    }
                    i = semi + 1;
                    continue;
                }
            }
            starts[n] = i;
            ends[n++] = i + 1;
            text.append(c);
            i++;
        }
        return new HtmlText(html, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(tags, tagCount));
    }

    /** The text. */
    String visible() {
        return visible;
    }

    /** Where the text's character {@code i} starts in the HTML. */
    int start(int i) {
        return starts[i];
    }

    /** Where the text's character {@code i} ends in the HTML. */
    int end(int i) {
        return ends[i];
    }

    /** The stretches of text between {@code from} and {@code to} in the HTML that hold more than white space, tags left out. */
    List<int[]> textBetween(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int at = from;
        for (int t = 0; t < tags.length && at < to; t += 2) {
            if (tags[t + 1] <= at) continue;
            if (tags[t] >= to) break;
            piece(out, at, tags[t]);
            at = tags[t + 1];
        }
        piece(out, at, to);
        return out;
    }

    private void piece(List<int[]> out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(html.charAt(i))) {
                out.add(new int[] {from, to});
                return;
            }
        }
    }

    /** Where the tag, comment or script starting at {@code i} ends. */
    private static int tagEnd(String html, int i) {
        if (html.startsWith("<!--", i)) {
            int end = html.indexOf("-->", i + 4);
            return end < 0 ? html.length() : end + 3;
        }
        int end = i + 1;
        char quote = 0;
        for (; end < html.length(); end++) {
            char c = html.charAt(end);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        end = Math.min(end + 1, html.length());
        // a script's or style's insides are not text either
        for (String raw : new String[] {"script", "style"}) {
            if (html.regionMatches(true, i + 1, raw, 0, raw.length())) {
                int close = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + raw, end);
                if (close < 0) return html.length();
                int closeEnd = html.indexOf('>', close);
                return closeEnd < 0 ? html.length() : closeEnd + 1;
            }
        }
        return end;
    }

    /** The character an entity stands for, or null when it is not one known here (then its text stays text). */
    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00a0";
            default: break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) return Character.toString(Integer.parseInt(name.substring(2), 16));
            if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
