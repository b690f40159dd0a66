package org.baogao.markdown.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Renders a soft line break as nothing when it joins Chinese text, and as a space between Latin
 * words. Writers wrap long Chinese lines in their editors; a space there would print as a gap
 * between two characters.
 */
public final class CjkSoftBreakExtension implements HtmlRenderer.HtmlRendererExtension {

    public static CjkSoftBreakExtension create() {
        return new CjkSoftBreakExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                BasedSequence base = node.getChars().getBaseSequence();
                int before = node.getStartOffset() - 1;
                while (before >= 0 && (base.charAt(before) == ' ' || base.charAt(before) == '\t')) before--;
                int after = node.getEndOffset();
                while (after < base.length() && (base.charAt(after) == ' ' || base.charAt(after) == '\t')) after++;
                boolean cjk = before >= 0 && isWide(base.charAt(before))
                        || after < base.length() && isWide(base.charAt(after));
                html.raw(cjk ? "" : " ");
            }));
        }
    }

    /** Han, kana, full-width forms and CJK punctuation: text set without spaces between words. */
    public static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x3000 && c <= 0x303F || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—'
                || Character.isSurrogate(c);
    }

}
