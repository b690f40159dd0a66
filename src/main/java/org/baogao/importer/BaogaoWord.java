package org.baogao.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.baogao.docx.DocxRenderer;
import org.baogao.docx.WordStyle;

/**
 * What a .docx that baogao wrote says of itself, so that importing it gives back the report: the
 * part of the document each paragraph is, by baogao's own style names (版头标识, 公文标题,
 * 题下署名, 结束语, 落款), and the front matter its properties hold. A colleague's draft has
 * none of these styles, and its properties (the Windows user as author, the licensee as company)
 * say nothing of the report: they are read only from a document baogao wrote.
 */
final class BaogaoWord {

    private static final Map<String, DraftBlock.Part> PARTS = Map.of(
            WordStyle.MARKING.styleName(), DraftBlock.Part.MARKING,
            WordStyle.TITLE.styleName(), DraftBlock.Part.TITLE,
            WordStyle.BYLINE.styleName(), DraftBlock.Part.BYLINE,
            WordStyle.CLOSING.styleName(), DraftBlock.Part.CLOSING,
            WordStyle.SIGNATURE.styleName(), DraftBlock.Part.SIGNATURE);

    private BaogaoWord() {}

    /** The part a paragraph in the style named {@code style} is; {@link DraftBlock.Part#BODY} for any other style. */
    static DraftBlock.Part part(String style) {
        return PARTS.getOrDefault(style, DraftBlock.Part.BODY);
    }

    /** The unit, meeting and tags a baogao document's properties hold; none for any other document. */
    static DocumentFields properties(XWPFDocument doc) {
        POIXMLProperties props = doc.getProperties();
        if (props == null || !DocxRenderer.APPLICATION.equals(props.getExtendedProperties().getApplication())) {
            return DocumentFields.NONE;
        }
        var core = props.getCoreProperties();
        String keywords = core.getKeywords();
        List<String> tags = keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.split(DocxRenderer.KEYWORD_SEPARATOR)).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new DocumentFields(blank(props.getExtendedProperties().getCompany()), blank(core.getSubject()), tags);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
