package org.baogao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.baogao.docx.FailureCause;
import org.baogao.text.Messages;

/**
 * A Word (.docx) draft into blocks: each paragraph with its bold runs as {@code **…**}, each table
 * as a Markdown table, and Word's automatic list numbers ({@code 一、} {@code （一）} made by a
 * numbering definition, not typed) written out as the text they show.
 *
 * <p>A .docx is a zip archive, which a hostile one can make expand a thousandfold; POI's
 * {@link ZipSecureFile} limits are set tight before anything is opened, and the document is read
 * from bytes in memory, so that the input file is never opened for writing.
 */
final class DocxDraftReader {

    /** A report's XML is a few hundred kilobytes; anything near this is not a report. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TEXT_CHARS = 8L * 1024 * 1024;

    private DocxDraftReader() {}

    static Draft read(Path file, byte[] bytes) throws ImportException {
        guardAgainstZipBombs();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<DraftBlock> blocks = new ArrayList<>();
            ListNumbers numbers = new ListNumbers();
            WordLeftOut left = new WordLeftOut();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, numbers, blocks);
                    left.look(p);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) cell.getParagraphs().forEach(left::look);
                    }
                    String table = table(t);
                    if (!table.isEmpty()) blocks.add(new DraftBlock(table, DraftBlock.Kind.VERBATIM, 0, false));
                } else if (element instanceof XWPFSDT sdt) {
                    for (String line : sdt.getContent().getText().split("\n")) {
                        if (!line.isBlank()) blocks.add(new DraftBlock(line.strip(), DraftBlock.Kind.PARAGRAPH, 0, false));
                    }
                }
            }
            left.comments(doc.getComments() == null ? 0 : doc.getComments().length);
            return new Draft(file, Messages.get("import.format.docx"), blocks, left.describe(), BaogaoWord.properties(doc));
        } catch (IOException | RuntimeException e) {
            // POI reports a zip bomb, a damaged archive or a non-Word zip as IOException or IllegalStateException
            throw new ImportException(Messages.get("import.bad-docx", file, FailureCause.of(e)), e);
        }
    }

    private static void guardAgainstZipBombs() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private static void paragraph(XWPFParagraph p, ListNumbers numbers, List<DraftBlock> blocks) {
        StringBuilder text = new StringBuilder();
        String marker = numbers.marker(p);
        if (marker != null) text.append(marker);
        appendRuns(p.getIRuns(), text);
        String s = text.toString().replace('\u000B', '\n');
        String style = p.getStyle() == null ? "" : styleName(p);
        DraftBlock.Part part = BaogaoWord.part(style);
        boolean heading = part == DraftBlock.Part.BODY
                && (style.startsWith("heading") || style.startsWith("title") || style.contains("标题"));
        // a soft line break (Shift+Enter) inside a paragraph is a visual break, not a new paragraph
        s = s.replace("\n", "").replace('\t', ' ').strip();
        if (!s.replace("*", "").isBlank()) blocks.add(new DraftBlock(s, DraftBlock.Kind.PARAGRAPH, 0, heading, part));
    }

    private static String styleName(XWPFParagraph p) {
        var styles = p.getDocument().getStyles();
        var style = styles == null ? null : styles.getStyle(p.getStyle());
        String name = style == null ? p.getStyle() : style.getName();
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    /** The runs' text, with {@code **} around each stretch of bold that has visible text. */
    private static void appendRuns(List<IRunElement> runs, StringBuilder out) {
        StringBuilder bold = null;
        for (IRunElement element : runs) {
            if (element instanceof XWPFRun run) {
                String t = text(run);
                if (t == null || t.isEmpty()) continue;
                if (run.isBold()) {
                    if (bold == null) bold = new StringBuilder();
                    bold.append(t);
                } else {
                    closeBold(bold, out);
                    bold = null;
                    out.append(t);
                }
            } else if (element instanceof XWPFSDT sdt) {
                closeBold(bold, out);
                bold = null;
                out.append(sdt.getContent().getText());
            }
        }
        closeBold(bold, out);
    }

    /** POI writes a footnote's reference into the run's text as "[footnoteRef:1]"; it is not the writer's text. */
    private static final java.util.regex.Pattern NOTE_REFERENCE = java.util.regex.Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]");

    static String text(XWPFRun run) {
        String t = run.text();
        return t == null || t.indexOf('[') < 0 ? t : NOTE_REFERENCE.matcher(t).replaceAll("");
    }

    /** Bold markers hug the text: {@code ** 一、**} would not be bold in Markdown. */
    private static void closeBold(StringBuilder bold, StringBuilder out) {
        if (bold == null) return;
        String b = bold.toString();
        String core = b.strip();
        if (core.isEmpty()) {
            out.append(b);
            return;
        }
        int lead = b.indexOf(core);
        out.append(b, 0, lead).append("**").append(core).append("**").append(b.substring(lead + core.length()));
    }

    private static String table(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    StringBuilder para = new StringBuilder();
                    appendRuns(p.getIRuns(), para);
                    String s = para.toString().replace("\n", "").strip();
                    if (s.isEmpty()) continue;
                    if (text.length() > 0) text.append(' ');
                    text.append(s);
                }
                cells.add(text.toString().replace("|", "\\|"));
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        if (rows.isEmpty() || columns == 0) return "";
        StringBuilder md = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            md.append('|');
            for (int c = 0; c < columns; c++) md.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
            md.append('\n');
            if (r == 0) md.append("|").append(" --- |".repeat(columns)).append('\n');
        }
        return md.toString().stripTrailing();
    }
}
