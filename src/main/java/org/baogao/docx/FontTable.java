package org.baogao.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.baogao.fonts.FontRole;
import org.baogao.text.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The document's font table ({@code word/fontTable.xml}): each role's office font with the face
 * Word substitutes where that font is not installed ({@code w:altName}: 仿宋_GB2312 → 仿宋), and
 * the GB2312 character set, so that Word looks for a Chinese face rather than its default.
 *
 * <p>POI does not write this part and its light schema jar lacks the classes for it; it is built
 * as a plain DOM of the WordprocessingML namespace.
 */
final class FontTable {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** GB2312, in Word's character-set numbers. */
    private static final String CHARSET_GB2312 = "86";

    private FontTable() {}

    static void add(XWPFDocument doc) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName());
            if (doc.getPackage().containPart(name)) return;
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            try (OutputStream out = part.getOutputStream()) {
                TransformerFactory tf = TransformerFactory.newInstance();
                tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                var t = tf.newTransformer();
                t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                t.setOutputProperty(OutputKeys.STANDALONE, "yes");
                t.transform(new DOMSource(table()), new StreamResult(out));
            }
        } catch (InvalidFormatException | ParserConfigurationException | TransformerException e) {
            throw new IOException(Messages.get("docx.font-table-failed", FailureCause.of(e)), e);
        }
    }

    private static Document table() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().newDocument();
        d.setXmlStandalone(true);
        Element fonts = d.createElementNS(W, "w:fonts");
        d.appendChild(fonts);
        // one entry per name: the title's fallback 宋体 is also the page numbers' font, with its own fallback
        Map<String, String> alternatives = new LinkedHashMap<>();
        for (FontRole role : FontRole.values()) alternatives.putIfAbsent(role.wordName(), role.wordFallback());
        for (FontRole role : FontRole.values()) alternatives.putIfAbsent(role.wordFallback(), null);
        alternatives.forEach((font, alt) -> {
            Element e = d.createElementNS(W, "w:font");
            e.setAttributeNS(W, "w:name", font);
            if (alt != null && !alt.equals(font)) e.appendChild(val(d, "w:altName", alt));
            e.appendChild(val(d, "w:charset", CHARSET_GB2312));
            e.appendChild(val(d, "w:family", "auto"));
            e.appendChild(val(d, "w:pitch", "variable"));
            fonts.appendChild(e);
        });
        return d;
    }

    private static Element val(Document d, String name, String value) {
        Element e = d.createElementNS(W, name);
        e.setAttributeNS(W, "w:val", value);
        return e;
    }
}
