package org.baogao.markdown;

import java.util.List;

import org.baogao.markdown.internal.CjkEmphasisExtension;
import org.baogao.markdown.internal.CjkSoftBreakExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown body to HTML with the Chinese structure recognised. Immutable and safe to share between
 * threads: flexmark's parser and renderer keep no state between documents.
 */
public final class MarkdownRenderer {

    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), CjkSoftBreakExtension.create(),
                    CjkEmphasisExtension.create()))
            // GitHub-style tables: a header row is required, columns need not be counted exactly
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;

    /** A renderer that sanitises the HTML authors write in their Markdown. */
    public MarkdownRenderer() {
        this(RawHtml.SANITIZE);
    }

    public MarkdownRenderer(RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        this.renderer = HtmlRenderer.builder(new MutableDataSet(OPTIONS)
                .set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE)).build();
    }

    public RenderedBody render(String markdown) {
        String html = renderer.render(parser.parse(LineParagraphs.apply(markdown)));
        Document doc = rawHtml == RawHtml.SANITIZE ? Sanitizer.clean(html) : Jsoup.parseBodyFragment(html);
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        Element body = doc.body();
        ChineseTypography.apply(body);
        List<Heading> outline = ChineseStructure.apply(body);
        ChineseTypography.compressPunctuation(body);
        ChineseTypography.keepLastLines(body);
        // the text from the tree at hand: parsing the HTML again for it cost a tenth of an HTML-only build
        return new RenderedBody(body.html(), outline, body.text());
    }
}
