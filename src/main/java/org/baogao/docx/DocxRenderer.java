package org.baogao.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.baogao.layout.PageModel;
import org.baogao.text.Messages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A report's Word document (.docx): the print page that its type's layout made for the PDF, set
 * in the styles of {@link WordStyle} on the page of GB/T 9704 ({@link PageSetup}), or in a unit's
 * template. Safe to share between threads: each call builds its own document.
 */
public final class DocxRenderer {

    /** The application a document names as its maker (文件 → 信息): how {@code import} knows one of baogao's. */
    public static final String APPLICATION = "baogao";
    /** Between the tags in the keywords property. */
    public static final String KEYWORD_SEPARATOR = ";";

    private final WordTemplates templates;

    public DocxRenderer(WordTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param model     the report's page model in print mode: front matter, print settings, title lines
     * @param printPage the print page its layout rendered from that model
     * @return the .docx file's bytes
     * @throws DocxException when the report's template is unusable or lacks a style it needs
     */
    public byte[] render(PageModel model, Document printPage) throws DocxException {
        WordTemplate template = templates.forType(model.meta().type());
        Element article = printPage.selectFirst("article.document");
        if (article == null) article = printPage.body();
        try (XWPFDocument doc = template.open(model.print())) {
            new ContentWriter(doc, template, model).write(article);
            if (Boolean.TRUE.equals(model.print().cover())) PageSetup.cover(doc);
            properties(doc.getProperties(), model);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            String cause = FailureCause.of(e);
            throw new DocxException(template.isBuiltIn() ? Messages.get("docx.write-failed", cause)
                    : Messages.get("docx.template.write-failed", template.file(), cause), e);
        }
    }

    /**
     * What Word shows under 文件 → 信息 → 属性, and what an archive's search reads; {@code import}
     * reads the unit, meeting and tags back from it.
     */
    private static void properties(POIXMLProperties props, PageModel model) {
        var core = props.getCoreProperties();
        var meta = model.meta();
        core.setTitle(meta.title());
        if (meta.author() != null) core.setCreator(meta.author());
        if (meta.meeting() != null) core.setSubjectProperty(meta.meeting());
        if (!meta.tags().isEmpty()) core.setKeywords(String.join(KEYWORD_SEPARATOR + " ", meta.tags()));
        core.getUnderlyingProperties().setLanguageProperty("zh-CN");
        if (meta.unit() != null) props.getExtendedProperties().setCompany(meta.unit());
        props.getExtendedProperties().setApplication(APPLICATION);
    }
}
