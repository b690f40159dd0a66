package org.baogao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.baogao.text.Messages;

/**
 * What a Word document holds that a report's Markdown does not take: pictures, footnotes and
 * endnotes, text boxes, comments. Counted with the paragraph each is in, so that the writer
 * can add them by hand where they belong rather than find them missing on paper.
 */
final class WordLeftOut {

    private final Map<String, List<String>> found = new LinkedHashMap<>();

    void look(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : p.getRuns()) text.append(DocxDraftReader.text(run));
        String where = excerpt(text.toString());
        for (XWPFRun run : p.getRuns()) {
            for (int i = 0; i < run.getEmbeddedPictures().size(); i++) add("import.left.picture", where);
            var r = run.getCTR();
            for (int i = 0; i < r.sizeOfFootnoteReferenceArray(); i++) add("import.left.footnote", where);
            for (int i = 0; i < r.sizeOfEndnoteReferenceArray(); i++) add("import.left.endnote", where);
        }
        // a text box's paragraphs live inside a drawing, not in the body's paragraphs
        try (var cursor = p.getCTP().newCursor()) {
            cursor.selectPath("declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:txbxContent");
            int boxes = cursor.getSelectionCount();
            for (int i = 0; i < boxes; i++) add("import.left.text-box", where);
        }
    }

    void comments(int n) {
        for (int i = 0; i < n; i++) add("import.left.comment", null);
    }

    /** @param what the catalogue key that counts it ({@code import.left.picture}) */
    private void add(String what, String where) {
        List<String> places = found.computeIfAbsent(what, k -> new ArrayList<>());
        places.add(where);
    }

    /** {@code 2 pictures (in "本人先后走访了…", "二、问题产生的原因")} */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        found.forEach((what, places) -> {
            String n = Messages.get(what, places.size());
            List<String> shown = places.stream().filter(w -> w != null).distinct().limit(3).toList();
            String comma = Messages.get("list.separator");
            out.add(shown.isEmpty() ? n : Messages.get("import.left.in", n, String.join(comma, shown)
                    + (places.stream().filter(w -> w != null).distinct().count() > 3 ? comma + "…" : "")));
        });
        return out;
    }

    private static String excerpt(String text) {
        String t = text.strip();
        if (t.isEmpty()) return Messages.get("import.left.empty-paragraph");
        return Messages.get("import.left.excerpt",
                t.codePointCount(0, t.length()) > 12 ? t.substring(0, t.offsetByCodePoints(0, 12)) + "…" : t);
    }
}
