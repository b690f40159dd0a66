package org.baogao.markdown;

import java.util.List;
import java.util.Optional;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.baogao.markdown.internal.CjkEmphasisExtension;
import org.baogao.markdown.internal.CjkSoftBreakExtension;
import org.baogao.text.Messages;

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
    private final Limits limits;

    /** A renderer that sanitises the HTML authors write in their Markdown. */
    public MarkdownRenderer() {
        this(RawHtml.SANITIZE, Limits.DEFAULTS);
    }

    public MarkdownRenderer(RawHtml rawHtml) {
        this(rawHtml, Limits.DEFAULTS);
    }

    public MarkdownRenderer(RawHtml rawHtml, Limits limits) {
        this.rawHtml = rawHtml;
        this.limits = limits;
        this.renderer = HtmlRenderer.builder(new MutableDataSet(OPTIONS)
                .set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE)).build();
    }

    /**
     * @throws LimitExceededException when the body nests too deeply, has too large a table or too long a paragraph
     */
    public RenderedBody render(String markdown) {
        return render(markdown, Optional.empty());
    }

    /**
     * Renders {@code markdown}, taking the tree of {@code parsed} when it is that of the text this
     * would parse (the body with its line breaks made paragraph breaks, which mostly changes
     * nothing): the checks have parsed the body before, and a parse is a tenth of a page's rendering.
     *
     * @throws LimitExceededException as {@link #render(String)}
     */
    public RenderedBody render(String markdown, Optional<ParsedBody> parsed) {
        LineParagraphs.Result prepared = LineParagraphs.prepare(markdown);
        // before parsing: the parser's time grows much faster than the nesting
        LimitScan.check(prepared.text(), prepared.originalLine(), limits);
        com.vladsch.flexmark.util.ast.Document ast = parsed.filter(p -> p.text().equals(prepared.text()))
                .map(ParsedBody::tree)
                .orElseGet(() -> parser.parse(prepared.text()));
        checkLimits(ast, prepared.originalLine());
        String html = renderer.render(ast);
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

    private void checkLimits(com.vladsch.flexmark.util.ast.Document ast, int[] originalLine) {
        // iterative: the point is not to overflow the stack on a hostile document
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(ast);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            int depth = depths.pop();
            if (depth > limits.maxNesting()) {
                throw new LimitExceededException(Messages.get("limit.nesting", depth, limits.maxNesting()),
                        line(node, originalLine));
            }
            if (node instanceof TableBlock table) {
                int cells = 0;
                for (Node cell : table.getDescendants()) {
                    // the |---| line is parsed as cells too; it prints nothing
                    if (cell instanceof TableCell && cell.getAncestorOfType(TableSeparator.class) == null) cells++;
                }
                if (cells > limits.maxTableCells()) {
                    throw new LimitExceededException(Messages.get("limit.table", cells, limits.maxTableCells()), line(node, originalLine));
                }
                continue;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                stack.push(child);
                depths.push(child instanceof Block ? depth + 1 : depth);
            }
        }
    }

    private static int line(Node node, int[] originalLine) {
        int l = node.getLineNumber();
        return (l >= 0 && l < originalLine.length ? originalLine[l] : l) + 1;
    }
}
