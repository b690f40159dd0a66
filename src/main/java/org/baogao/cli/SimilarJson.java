package org.baogao.cli;

import java.io.IOException;
import java.util.List;

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

    private SimilarJson() {}

    static void write(List<ReportSimilarity> results, Appendable out) throws IOException {
        out.append('[');
        for (int i = 0; i < results.size(); i++) {
            ReportSimilarity r = results.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("{\"report\": ").append(JsonText.quote(r.report()))
                    .append(", \"chars\": ").append(Integer.toString(r.chars()))
                    .append(", \"shared\": ").append(Integer.toString(r.shared()))
                    .append(", \"sources\": [");
            for (int j = 0; j < r.sources().size(); j++) {
                SourceMatch s = r.sources().get(j);
                out.append(j == 0 ? "\n  " : ",\n  ");
                out.append("{\"report\": ").append(JsonText.quote(s.report()))
                        .append(", \"same_author\": ").append(Boolean.toString(s.sameAuthor()))
                        .append(", \"shared\": ").append(Integer.toString(s.shared()))
                        .append(", \"passages\": [");
                for (int k = 0; k < s.passages().size(); k++) {
                    Passage p = s.passages().get(k);
                    out.append(k == 0 ? "\n    " : ",\n    ");
                    out.append("{\"start\": ").append(Integer.toString(p.start()))
                            .append(", \"end\": ").append(Integer.toString(p.end()))
                            .append(", \"source_start\": ").append(Integer.toString(p.sourceStart()))
                            .append(", \"source_end\": ").append(Integer.toString(p.sourceEnd()))
                            .append(", \"text\": ").append(JsonText.quote(p.text())).append('}');
                }
                out.append("]}");
            }
            out.append("]}");
        }
        out.append(results.isEmpty() ? "]\n" : "\n]\n");
    }
}
