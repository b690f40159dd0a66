package org.baogao.site;

import java.util.List;

import org.baogao.content.FrontMatter;
import org.baogao.hash.Sha256;
import org.baogao.layout.ReportLink;
import org.baogao.layout.SimilarPanel;
import org.baogao.layout.TermLink;
import org.baogao.layout.TermLinks;
import org.baogao.layout.WebContext;
import org.baogao.print.OutputFormat;
import org.baogao.print.PrintSettings;

/**
 * What a page shows, written into a key field by field, each under its name: a key made of a
 * record's {@code toString()} would change when a component is renamed, and silently keep pages
 * when one is added that its text does not show.
 */
public final class KeyFields {

    private KeyFields() {}

    /** The front matter, every field a page or a listing can show. */
    public static Sha256 add(Sha256 key, FrontMatter m) {
        key.add("title").add(m.title()).add("type").add(m.type()).add("author").add(m.author())
                .add("post").add(m.post()).add("unit").add(m.unit()).add("meeting").add(m.meeting())
                .add("date").add(String.valueOf(m.date())).add("draft").add(String.valueOf(m.draft()))
                .add("marking").add(m.marking()).add("signature").add(m.signature().name())
                .add("closing").add(m.closing()).add("order").add(String.valueOf(m.order()))
                .add("year").add(String.valueOf(m.year()));
        strings(key.add("tags"), m.tags());
        return add(key.add("print"), m.print());
    }

    public static Sha256 add(Sha256 key, PrintSettings p) {
        key.add("page-numbers").add(p.pageNumbers() == null ? null : p.pageNumbers().name())
                .add("cover").add(String.valueOf(p.cover()));
        key.add("bold-levels");
        if (p.boldLevels() == null) key.add("unset");
        else {
            key.add(p.boldLevels().size());
            for (int level : p.boldLevels()) key.add(level);
        }
        key.add("outputs");
        if (p.outputs() == null) return key.add("unset");
        key.add(p.outputs().size());
        for (OutputFormat f : p.outputs()) key.add(f.name());
        return key;
    }

    /** A report page's place in the archive. */
    public static Sha256 add(Sha256 key, WebContext w) {
        key.add("archive").add(w.archiveName()).add("type-label").add(w.typeLabel());
        TermLinks t = w.terms();
        link(key.add("year"), t.year());
        link(key.add("type"), t.type());
        link(key.add("author"), t.author());
        link(key.add("post"), t.post());
        link(key.add("unit"), t.unit());
        link(key.add("meeting"), t.meeting());
        key.add("tags").add(t.tags().size());
        for (TermLink tag : t.tags()) link(key, tag);
        report(key.add("previous"), w.previous());
        report(key.add("next"), w.next());
        key.add("pages").add(w.pages()).add("pdf-bytes").add(w.pdfBytes()).add("docx").add(w.docx())
                .add("stale-since").add(w.staleSince());
        return add(key.add("similar"), w.similar());
    }

    /**
     * What a page's similarity panel shows, and where its body is marked: a page is written again
     * when another report changes what it shares, although its own source did not change.
     */
    public static Sha256 add(Sha256 key, SimilarPanel p) {
        if (p == null) return key.add("none");
        key.add("chars").add(p.chars()).add("shared").add(p.shared()).add("same-author").add(p.sameAuthor())
                .add("others").add(p.others()).add("warn-share").add(Double.toString(p.warnShare()))
                .add("more").add(p.more());
        key.add("sources").add(p.sources().size());
        for (SimilarPanel.Source s : p.sources()) {
            key.add(s.title()).add(s.href()).add(s.author()).add(s.dateText()).add(String.valueOf(s.sameAuthor()))
                    .add(s.shared()).add(s.passages());
        }
        key.add("marks").add(p.marks().size());
        for (SimilarPanel.Mark m : p.marks()) key.add(m.start()).add(m.end()).add(m.kind().name()).add(m.reports());
        return key;
    }

    private static void link(Sha256 key, TermLink l) {
        if (l == null) key.add("none");
        else key.add(l.text()).add(l.href());
    }

    private static void report(Sha256 key, ReportLink r) {
        if (r == null) key.add("none");
        else key.add(r.title()).add(r.href()).add(r.author()).add(r.dateText());
    }

    private static void strings(Sha256 key, List<String> values) {
        key.add(values.size());
        for (String v : values) key.add(v);
    }
}
