package org.baogao.cli;

import java.io.IOException;

import org.baogao.similar.Passage;
import org.baogao.similar.ReportSimilarity;
import org.baogao.similar.SourceMatch;
import org.baogao.site.JsonText;

/**
 * The results as JSON, for other tools: a list of reports, each
 * {@code {"report", "chars", "shared", "sources": [{"report", "same_author", "shared",
 * "passages": [{"start", "end", "source_start", "source_end", "text"}]}]}}, offsets into the
 * normalised bodies. Written as it goes: an archive's results can be large.
 */
final class SimilarJson {

    private final Appendable out;
    private int written;

    /** Opens the list on {@code out}. */
    SimilarJson(Appendable out) throws IOException {
        this.out = out;
        out.append('[');
    }

    /** Closes the list. */
    void close() throws IOException {
        out.append(written == 0 ? "]\n" : "\n]\n");
    }

    /** One report's entry as {@link #entry} wrote it. */
    void add(String entry) throws IOException {
        out.append(written++ == 0 ? "\n" : ",\n");
        out.append(entry);
    }

    /** One report's entry, without what separates it from the one before: so that entries can be written on several threads. */
    static String entry(ReportSimilarity r) {
        StringBuilder out = new StringBuilder(256 + 200 * r.sources().size());
        out.append("{\"report\": ").append(JsonText.quote(r.report()))
                .append(", \"chars\": ").append(r.chars())
                .append(", \"shared\": ").append(r.shared())
                .append(", \"sources\": [");
        for (int j = 0; j < r.sources().size(); j++) {
            SourceMatch s = r.sources().get(j);
            out.append(j == 0 ? "\n  " : ",\n  ");
            out.append("{\"report\": ").append(JsonText.quote(s.report()))
                    .append(", \"same_author\": ").append(s.sameAuthor())
                    .append(", \"shared\": ").append(s.shared())
                    .append(", \"passages\": [");
            for (int k = 0; k < s.passages().size(); k++) {
                Passage p = s.passages().get(k);
                out.append(k == 0 ? "\n    " : ",\n    ");
                out.append("{\"start\": ").append(p.start())
                        .append(", \"end\": ").append(p.end())
                        .append(", \"source_start\": ").append(p.sourceStart())
                        .append(", \"source_end\": ").append(p.sourceEnd())
                        .append(", \"text\": ").append(JsonText.quote(p.text())).append('}');
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }
}
