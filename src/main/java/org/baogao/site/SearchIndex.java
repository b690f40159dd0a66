package org.baogao.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index: a script that assigns {@code window.baogaoSearchIndex}, loaded with
 * {@code <script src>} because pages opened from {@code file://} may not fetch files.
 *
 * <p>Each report is a row of its metadata, in plain text, and its body's text in the codes of an
 * {@link Alphabet} ranked over the whole archive. The browser recodes the query, searches the
 * recoded bodies directly and decodes only what it shows. Full text is kept because a Chinese
 * query has no word boundaries: any substring, even of two characters, must be found.
 *
 * <p>Row fields, in order: title, page, PDF (or null), pages, date ({@code YYYY-MM-DD} or ""),
 * date as printed, type, type's label, author, post, unit, meeting, tags.
 */
public final class SearchIndex {

    public static final int VERSION = 1;

    private SearchIndex() {}

    public static byte[] of(List<ArchiveEntry> entries) {
        List<String> texts = new ArrayList<>();
        for (ArchiveEntry e : entries) {
            texts.add(e.text());
            // the browser recodes the metadata it searches, so its characters must be in the alphabet too
            texts.add(String.join("\n", fields(e)));
        }
        texts.add(" \n");
        Alphabet alphabet = Alphabet.of(texts);
        StringBuilder js = new StringBuilder(entries.stream().mapToInt(e -> e.text().length() * 2 + 400).sum() + 65536);
        // the byte-order mark makes browsers read the file as UTF-8 whatever a server says its charset is
        js.append('\uFEFF');
        js.append("/* The search index of a baogao archive, written by 'baogao build'; do not edit. */\n");
        js.append("window.baogaoSearchIndex = {\"version\": ").append(VERSION).append(",\n");
        js.append("\"chars\": ").append(JsonText.quote(alphabet.chars())).append(",\n");
        js.append("\"codes\": \"").append(alphabet.codes()).append("\",\n");
        js.append("\"reports\": [");
        for (int i = 0; i < entries.size(); i++) {
            js.append(i == 0 ? "\n" : ",\n").append(row(entries.get(i)));
        }
        js.append("],\n\"texts\": [");
        for (int i = 0; i < entries.size(); i++) {
            js.append(i == 0 ? "\n\"" : ",\n\"").append(alphabet.encode(entries.get(i).text())).append('"');
        }
        js.append("]};\n");
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> fields(ArchiveEntry e) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {e.meta().title(), e.typeLabel(), e.meta().post(), e.meta().author(),
                e.meta().unit(), e.meta().meeting(), e.dateText()}) {
            if (s != null) out.add(s);
        }
        out.addAll(e.meta().tags());
        return out;
    }

    private static String row(ArchiveEntry e) {
        StringBuilder tags = new StringBuilder("[");
        for (String t : e.meta().tags()) tags.append(tags.length() > 1 ? "," : "").append(JsonText.quote(t));
        tags.append(']');
        return "[" + String.join(",",
                JsonText.quote(e.meta().title()), JsonText.quote(e.href()), JsonText.quote(e.pdf()),
                String.valueOf(e.pages()),
                JsonText.quote(e.meta().date() == null ? "" : e.meta().date().toString()),
                JsonText.quote(e.dateText() == null ? "" : e.dateText()),
                JsonText.quote(e.meta().type()), JsonText.quote(e.typeLabel()),
                JsonText.quote(e.meta().author()), JsonText.quote(e.meta().post()),
                JsonText.quote(e.meta().unit()), JsonText.quote(e.meta().meeting()), tags,
                // the year it reviews, which the year filter chooses by, as the listings do
                JsonText.quote(e.year() == null ? "" : e.year())) + "]";
    }
}
