package org.baogao.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.baogao.content.FrontMatter;
import org.baogao.content.Report;
import org.baogao.content.SignaturePlace;
import org.baogao.chinese.ChineseDate;
import org.baogao.layout.PageModel;
import org.baogao.layout.Signature;
import org.baogao.layout.TitleLines;
import org.baogao.print.PageNumbers;
import org.baogao.chinese.Numbering;

/**
 * One report of the benchmark's corpus as a Typst document laid out as baogao prints it (the page
 * itself is {@code bench/typst/page.typ}): the same title lines, the same headings and run-in
 * heading sentences, the same 落款. It knows only what {@link Corpus} writes (paragraphs and
 * {@code ##} headings) and refuses anything else, so that Typst is never timed on a document that
 * says less than baogao's.
 */
final class TypstReport {

    /** Characters that mean something in Typst markup; each is written escaped. */
    private static final String MARKUP = "\\#*_`$<>@[]~=-+/'\".:";

    /** Block syntax other than a paragraph: headings, quotes, lists, tables, HTML, code, pictures. */
    private static final Pattern OTHER_SYNTAX = Pattern.compile("[#>|<`!\\[]|[-*+] |\\d+[.)] ");

    /** Inline Markdown: emphasis, code, links, HTML, escapes, entities. */
    private static final Pattern INLINE_SYNTAX = Pattern.compile("[*_`<\\[\\\\&]");

    private TypstReport() {}

    /** The Typst source of {@code report}; {@code page} is the import path of the page layout. */
    static String of(Report report, String page) {
        FrontMatter meta = report.meta();
        if (meta.marking() != null || meta.closing() != null || meta.signature() != SignaturePlace.END
                || Boolean.TRUE.equals(meta.print().cover()) || meta.print().pageNumbers() == PageNumbers.CENTER) {
            throw new IllegalArgumentException(report.source().relative() + ": front matter the Typst page does not lay out "
                    + "(marking, closing, signature, cover, page-numbers)");
        }
        List<String> keep = Arrays.asList(meta.author(), meta.post(), meta.unit());
        List<String> title = TitleLines.balance(meta.title(), PageModel.TITLE_LINE_EM, keep);
        Signature signature = Signature.place(issuer(meta), meta.date() == null ? "" : ChineseDate.format(meta.date()));
        StringBuilder out = new StringBuilder("#import \"").append(page).append("\": *\n")
                .append("#show: report.with(\n  title: (");
        for (String line : title) out.append(string(line)).append(", ");
        out.append("),\n  issuer: ").append(string(signature.issuer()))
                .append(", issuer-pad: ").append(signature.issuerPad()).append("em")
                .append(",\n  date: ").append(string(signature.date()))
                .append(", date-pad: ").append(signature.datePad()).append("em")
                .append(",\n  bold-levels: (");
        for (int level : meta.print().boldLevels() == null ? List.<Integer>of() : meta.print().boldLevels()) {
            out.append(level).append(", ");
        }
        out.append("),\n)\n\n");
        int line = report.bodyLine();
        for (String block : report.body().split("\n\n")) {
            String text = block.strip();
            if (!text.isEmpty()) block(out, text, report, line);
            line += (int) block.chars().filter(c -> c == '\n').count() + 2;
        }
        return out.toString();
    }

    /** Who signs, as the built-in types' templates say: the post and the name, or the organisation. */
    private static String issuer(FrontMatter meta) {
        if ("group".equals(meta.type())) return meta.author() != null ? meta.author() : meta.unit() == null ? "" : meta.unit();
        return String.join("　", java.util.stream.Stream.of(meta.post(), meta.author())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private static void block(StringBuilder out, String text, Report report, int line) {
        Optional<Numbering.Marker> marker = Numbering.parse(text);
        boolean heading = text.startsWith("## ");
        if (text.indexOf('\n') >= 0 || INLINE_SYNTAX.matcher(text).find() || !heading && (OTHER_SYNTAX.matcher(text).lookingAt()
                || marker.isPresent() && marker.get().level() == 1)) {
            throw new IllegalArgumentException(report.source().relative() + ":" + line
                    + ": not in the benchmark corpus's Markdown (paragraphs of one line, ## headings)");
        }
        if (heading) {
            if (Numbering.levelOf(text.substring(3).strip()) != 1) {
                throw new IllegalArgumentException(report.source().relative() + ":" + line + ": a ## heading without 一、 is not in the benchmark corpus");
            }
            out.append("= ").append(markup(text.substring(3).strip())).append("\n\n");
            return;
        }
        if (marker.isPresent()) {
            int end = Numbering.headingSentenceEnd(text);
            String sentence = end < 0 ? text : text.substring(0, end);
            String rest = end < 0 ? "" : text.substring(end);
            out.append("#run-in(").append(marker.get().level()).append(")[").append(markup(sentence)).append(']')
                    .append(markup(rest)).append("\n\n");
            return;
        }
        out.append(markup(text)).append("\n\n");
    }

    /** Text as Typst markup that prints exactly it. */
    static String markup(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp < 128 && MARKUP.indexOf(cp) >= 0) s.append('\\');
            s.appendCodePoint(cp);
        });
        return s.toString();
    }

    /** A Typst string literal. */
    static String string(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
