package org.baogao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.baogao.config.ConfigReader;
import org.baogao.config.ProjectConfig;
import org.baogao.content.ContentScanner;
import org.baogao.similar.Document;
import org.baogao.similar.Passage;
import org.baogao.similar.ReportSimilarity;
import org.baogao.similar.ReportTexts;
import org.baogao.config.SimilarSettings;
import org.baogao.similar.Similarity;
import org.baogao.similar.SourceMatch;

/**
 * Measures the similarity check on a corpus with planted passages:
 * {@code java -cp target/baogao.jar org.baogao.bench.SimilarAccuracy DIR} reads {@code DIR/content}
 * and {@code DIR/plants.tsv} (from {@code GenerateCorpus N DIR --plant P}) and prints, by characters:
 *
 * <ul>
 * <li>recall: of the planted passages' characters, those the check reports as shared with the
 *     report they were copied from, in all and by kind (same author or not, punctuation changed or not);
 * <li>precision: of the characters the check reports as shared, those that were planted (in the
 *     target or in the source) or that are truly shared, the same character at the reported place
 *     of the source's normalised text, read again from the files.
 * </ul>
 */
public final class SimilarAccuracy {

    private SimilarAccuracy() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SimilarAccuracy PROJECT_DIR   (PROJECT_DIR/content and PROJECT_DIR/" + Plants.FILE + ")");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        Path content = project.resolve("content").toAbsolutePath().normalize();
        SimilarSettings settings = ConfigReader.readIfPresent(ProjectConfig.besideContent(content)).similar();
        List<Plants.Plant> plants = Plants.read(project.resolve(Plants.FILE));
        ReportTexts.Result read = ReportTexts.read(ContentScanner.scan(content), content, Runtime.getRuntime().availableProcessors());
        List<Document> docs = read.reports().stream().map(ReportTexts.Read::document).toList();
        Map<String, String> texts = new HashMap<>();
        for (Document d : docs) texts.put(d.report(), d.text());
        List<ReportSimilarity> results = Similarity.check(docs, settings);
        Map<String, ReportSimilarity> byReport = new HashMap<>();
        for (ReportSimilarity r : results) byReport.put(r.report(), r);

        // recall, by kind: [same author][punctuation changed] → {found, planted}
        long[][][] recall = new long[2][2][2];
        Map<String, List<int[]>> plantedSpans = new HashMap<>();
        for (Plants.Plant p : plants) {
            plantedSpans.computeIfAbsent(p.target(), k -> new ArrayList<>()).add(new int[] {p.start(), p.end()});
            plantedSpans.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(new int[] {p.sourceStart(), p.sourceEnd()});
            boolean[] found = new boolean[p.length()];
            ReportSimilarity r = byReport.get(p.target());
            if (r != null) {
                for (SourceMatch s : r.sources()) {
                    if (!s.report().equals(p.source())) continue;
                    for (Passage q : s.passages()) {
                        for (int i = Math.max(q.start(), p.start()); i < Math.min(q.end(), p.end()); i++) found[i - p.start()] = true;
                    }
                }
            }
            long[] cell = recall[p.sameAuthor() ? 1 : 0][p.punctuationChanged() ? 1 : 0];
            for (boolean f : found) if (f) cell[0]++;
            cell[1] += p.length();
        }

        long reported = 0;
        long planted = 0;
        long trulyShared = 0;
        for (ReportSimilarity r : results) {
            String text = texts.get(r.report());
            // each reported character once, whichever sources it is shared with
            byte[] verdict = new byte[text.length()];
            List<int[]> mine = plantedSpans.getOrDefault(r.report(), List.of());
            for (SourceMatch s : r.sources()) {
                String source = texts.get(s.report());
                for (Passage q : s.passages()) {
                    for (int i = q.start(); i < q.end(); i++) {
                        if (verdict[i] == 0) verdict[i] = 1;
                        int j = q.sourceStart() + (i - q.start());
                        if (j < q.sourceEnd() && j < source.length() && source.charAt(j) == text.charAt(i)) verdict[i] = (byte) Math.max(verdict[i], 2);
                        if (inside(mine, i)) verdict[i] = 3;
                    }
                }
            }
            for (byte v : verdict) {
                if (v == 0) continue;
                reported++;
                if (v == 3) planted++;
                else if (v == 2) trulyShared++;
            }
        }
        long found = 0;
        long all = 0;
        for (long[][] a : recall) for (long[] c : a) {
            found += c[0];
            all += c[1];
        }
        System.out.printf(Locale.ROOT, "%d reports, %d planted passages, %d planted characters; settings %s%n",
                docs.size(), plants.size(), all, settings);
        System.out.printf(Locale.ROOT, "recall     %6.2f %%  (%d of %d planted characters found, with the right source)%n",
                100.0 * found / Math.max(1, all), found, all);
        String[] authors = {"other author (互相抄袭)", "same author (照搬往年)"};
        String[] punct = {"as written", "punctuation changed"};
        for (int a = 0; a < 2; a++) for (int c = 0; c < 2; c++) {
            long[] cell = recall[a][c];
            System.out.printf(Locale.ROOT, "  %-24s %-20s %6.2f %%  (%d of %d)%n", authors[a], punct[c],
                    100.0 * cell[0] / Math.max(1, cell[1]), cell[0], cell[1]);
        }
        System.out.printf(Locale.ROOT, "precision  %6.2f %%  (%d of %d reported characters: %d planted, %d truly shared besides)%n",
                100.0 * (planted + trulyShared) / Math.max(1, reported), planted + trulyShared, reported, planted, trulyShared);
    }

    private static boolean inside(List<int[]> spans, int i) {
        for (int[] s : spans) if (i >= s[0] && i < s[1]) return true;
        return false;
    }
}
