package org.baogao.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.baogao.print.PrintSettings;
import org.baogao.text.Causes;
import org.baogao.text.Messages;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Where a report's Word document starts: baogao's own page and styles, or a unit's template
 * ({@code templates/<type>.docx}), whose styles, page setup, headers and footers are kept while
 * baogao fills in the content. A template is matched by style names ({@link WordStyle}), not
 * ids, as Word keeps the names a secretary sees.
 */
public final class WordTemplate {

    /** A template is a few dozen kilobytes; this keeps a mistaken file from being read whole. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final WordTemplate BUILT_IN = new WordTemplate(null, null, Map.of());

    private final Path file;
    private final byte[] bytes;
    private final Map<WordStyle, String> ids;

    private WordTemplate(Path file, byte[] bytes, Map<WordStyle, String> ids) {
        this.file = file;
        this.bytes = bytes;
        this.ids = ids;
    }

    public static WordTemplate builtIn() {
        return BUILT_IN;
    }

    /**
     * Reads and checks a unit's template.
     *
     * @throws DocxException when it is not a Word document or is damaged, naming the file
     */
    public static WordTemplate load(Path file) throws DocxException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocxException(Messages.get("docx.template.too-large", file, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocxException(Messages.get("docx.template.unreadable", file, Causes.of(e)), e);
        }
        try (XWPFDocument doc = parse(bytes)) {
            Map<WordStyle, String> ids = new EnumMap<>(WordStyle.class);
            if (doc.getStyles() != null) {
                for (WordStyle s : WordStyle.values()) {
                    String id = idOf(doc, s);
                    if (id != null) ids.put(s, id);
                }
            }
            return new WordTemplate(file, bytes, Map.copyOf(ids));
        } catch (IOException | RuntimeException e) {
            throw new DocxException(Messages.get("docx.template.not-word", file, FailureCause.of(e)), e);
        }
    }

    private static String idOf(XWPFDocument doc, WordStyle s) {
        XWPFStyle style = doc.getStyles().getStyleWithName(s.styleName());
        if (style == null) return null;
        CTStyle ct = style.getCTStyle();
        STStyleType.Enum want = s.kind() == WordStyle.Kind.CHARACTER ? STStyleType.CHARACTER : STStyleType.PARAGRAPH;
        STStyleType.Enum type = ct.getType() == null ? STStyleType.PARAGRAPH : ct.getType();
        return type == want ? style.getStyleId() : null;
    }

    private static XWPFDocument parse(byte[] bytes) throws IOException {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The template's file, or null for the built-in one. */
    public Path file() {
        return file;
    }

    public boolean isBuiltIn() {
        return file == null;
    }

    /** The template's bytes, for the build cache's key; empty for the built-in one. */
    public byte[] bytes() {
        return bytes == null ? new byte[0] : bytes.clone();
    }

    /**
     * A document to fill: for the built-in template a new one with its styles and page; for a
     * unit's, the template with its body emptied and its last section (page, headers, footers) kept.
     */
    XWPFDocument open(PrintSettings print) throws IOException {
        if (file == null) {
            XWPFDocument doc = new XWPFDocument();
            StyleSheet.write(doc, print);
            PageSetup.write(doc, print);
            FontTable.add(doc);
            return doc;
        }
        XWPFDocument doc = parse(bytes);
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) doc.removeBodyElement(i);
        // what POI does not list as body elements (content controls, bookmarks between paragraphs)
        for (var child : doc.getDocument().getBody().selectPath("./*")) {
            if (child instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr) continue;
            try (var c = child.newCursor()) {
                c.removeXml();
            }
        }
        return doc;
    }

    /**
     * The id of a style in this template.
     *
     * @throws DocxException when a unit's template lacks it, naming the file and the style
     */
    String id(WordStyle style) throws DocxException {
        if (file == null) return style.builtInId();
        String id = ids.get(style);
        if (id == null) throw new DocxException(styleMissing(style));
        return id;
    }

    private String styleMissing(WordStyle style) {
        List<String> missing = missing();
        String others = missing.size() > 1
                ? Messages.get("docx.style.missing.others", missing.size(), String.join("、", missing)) : "";
        return Messages.get("docx.style.missing", file, style.kind() == WordStyle.Kind.CHARACTER ? 1 : 0,
                style.styleName(), others);
    }

    /** Every style this template lacks, by name. */
    List<String> missing() {
        return java.util.Arrays.stream(WordStyle.values()).filter(s -> file != null && !ids.containsKey(s))
                .map(WordStyle::styleName).toList();
    }
}
