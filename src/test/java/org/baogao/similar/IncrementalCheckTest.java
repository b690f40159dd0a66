package org.baogao.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.baogao.config.SimilarSettings;
import org.junit.jupiter.api.Test;

/**
 * A check that keeps the last check's results for the documents that cannot have changed
 * ({@link SearchAgain}) finds exactly what a check made whole finds, after each kind of edit an
 * archive sees: a text changed, a passage becoming a formula or ceasing to be one, a hash becoming
 * a seed, a report added, removed, moved, its author or meeting changed, the settings changed, most
 * reports changed. And it does search less: a small edit keeps most documents' results.
 */
class IncrementalCheckTest {

    private final Random random = new Random(1717);

    /** Han characters at random: a sentence no other has by chance. */
    private String sentence(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        return s.append('。').toString();
    }

    /** A report as a list of sentences, with who wrote it for what. */
    private static final class Doc {
        String path;
        String author;
        String edition;
        int year;
        final List<String> body = new ArrayList<>();

        Doc(String path, String author, String edition, int year) {
            this.path = path;
            this.author = author;
            this.edition = edition;
            this.year = year;
        }

        Document document() {
            return new Document(path, author, edition, year, Normaliser.normalise(String.join("", body)));
        }
    }

    private final List<Doc> archive = new ArrayList<>();
    /** The fingerprints of every text seen, by its key (the text itself), as a build's cache keeps them. */
    private final Map<String, Fingerprints> prints = new HashMap<>();
    private LastCheck last;
    private int printsMinChars;

    /**
     * In ten reports; five more hold every seed of it, but not one phrase gram (three pieces of it
     * a character shorter than the shortest passage): its seeds are in more reports than the limit
     * and are no seeds, so the pairs of reports that hold it find it only by the seeds of the ten
     * characters each pair has after it. In an eleventh report it becomes a formula, and those
     * pairs' passages too short, without any hash's seed standing changing.
     */
    private final String ten = sentence(30).substring(0, 30);
    private final String lone = sentence(30);

    private void fortyReports() {
        List<String> tails = new ArrayList<>();
        for (int i = 0; i < 5; i++) tails.add(sentence(10));
        List<String> copied = new ArrayList<>();
        for (int i = 0; i < 30; i++) copied.add(sentence(25 + random.nextInt(20)));
        for (int i = 0; i < 40; i++) {
            Doc d = new Doc("r" + i + ".md", "作者" + i % 13, (2020 + i % 4) + "年度民主生活会", 2020 + i % 4);
            for (int k = 0; k < 6; k++) d.body.add(sentence(20 + random.nextInt(40)));
            d.body.add(1 + random.nextInt(5), copied.get(i % 30));
            if (i % 7 == 0) d.body.add(copied.get((i + 11) % 30));
            if (i < 10) d.body.add(2, ten + tails.get(i / 2));
            if (i >= 10 && i < 15) d.body.add(1, ten.substring(0, 19) + "甲" + ten.substring(9, 28) + "乙" + ten.substring(11));
            if (i % 9 == 1) d.body.add(copied.get(3));
            archive.add(d);
        }
        archive.get(39).body.add(lone);
    }

    private Doc doc(String path) {
        return archive.stream().filter(d -> d.path.equals(path)).findFirst().orElseThrow();
    }

    private static final class Run {
        List<ReportSimilarity> results = new ArrayList<>();
        LastCheck found;
        SearchAgain.Way[] ways;
        SearchAgain plan;
    }

    /** The check as a build makes it: with the last results, the cached fingerprints, and its plan looked at. */
    private Run incremental(SimilarSettings settings) {
        // as a build's: fingerprints made for another shortest passage are not read
        if (settings.minChars() != printsMinChars) prints.clear();
        printsMinChars = settings.minChars();
        List<Document> docs = archive.stream().map(Doc::document).toList();
        String[] keys = docs.stream().map(Document::text).toArray(String[]::new);
        Fingerprints[] known = new Fingerprints[docs.size()];
        for (int i = 0; i < known.length; i++) known[i] = prints.get(keys[i]);
        Run run = new Run();
        // the plan as the check will make it, looked at on copies
        run.plan = SearchAgain.plan(last, docs, keys, known.clone(), settings, prints::get);
        if (run.plan != null) {
            Fingerprints[] copy = known.clone();
            ArchiveIndex index = new ArchiveIndex(docs, copy, settings, (count, task) -> IntStream.range(0, count).forEach(task))
                    .build(run.plan.watch());
            run.ways = run.plan.ways(index);
        }
        run.found = Similarity.check(docs, keys, known, settings, last, prints::get, 2, run.results::add);
        for (int i = 0; i < known.length; i++) prints.put(keys[i], known[i]);
        // what the next check starts from is what was written and read back
        last = LastCheckFile.read(LastCheckFile.bytes(run.found));
        assertThat(last).isEqualTo(run.found);
        return run;
    }

    private List<ReportSimilarity> whole(SimilarSettings settings) {
        return Similarity.check(archive.stream().map(Doc::document).toList(), settings);
    }

    private Run checkSameAsWhole(String edit, SimilarSettings settings) {
        Run run = incremental(settings);
        List<ReportSimilarity> whole = whole(settings);
        assertThat(run.results).as("after %s: the reports", edit).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(run.results.get(i)).as("after %s: the results of a check made whole", edit).isEqualTo(whole.get(i));
        }
        return run;
    }

    private static long count(SearchAgain.Way[] ways, SearchAgain.Way way) {
        return Arrays.stream(ways).filter(w -> w == way).count();
    }

    private static long count(boolean[] b) {
        return IntStream.range(0, b.length).filter(i -> b[i]).count();
    }

    @Test
    void eachEditGivesWhatAWholeCheckGivesWhileMostResultsAreKept() {
        SimilarSettings settings = SimilarSettings.DEFAULTS;
        fortyReports();
        Run first = checkSameAsWhole("the first check", settings);
        assertThat(first.plan).as("nothing known: the check is made whole").isNull();
        assertThat(first.results.stream().filter(r -> !r.sources().isEmpty()).count()).as("reports that share").isGreaterThan(25);
        assertThat(first.results.stream().filter(r -> r.sources().stream().anyMatch(s -> s.passages().stream()
                .anyMatch(p -> p.text().contains(Normaliser.normalise(ten)))))).as("TEN in ten of 40 reports is no formula yet").hasSize(10);

        Run nothing = checkSameAsWhole("nothing changed", settings);
        assertThat(count(nothing.ways, SearchAgain.Way.KEPT)).isEqualTo(40);

        doc("r5.md").body.set(4, sentence(33));
        doc("r5.md").body.add(doc("r12.md").body.get(3));
        Run text = checkSameAsWhole("a text changed", settings);
        assertThat(count(text.ways, SearchAgain.Way.WHOLE)).as("searched again whole").isLessThan(4);
        assertThat(count(text.ways, SearchAgain.Way.KEPT)).as("kept").isGreaterThan(20);

        doc("r20.md").body.add(ten);
        Run formula = checkSameAsWhole("a passage in one report more than the limit: a formula", settings);
        assertThat(count(formula.plan.watch().formulasChanged())).as("the reports whose formulas changed").isEqualTo(11);
        assertThat(count(formula.plan.watch().seedsChanged())).as("no seed changed its standing").isZero();
        assertThat(formula.results.stream().filter(r -> r.sources().stream().anyMatch(s -> s.passages().stream()
                .anyMatch(p -> p.text().contains(Normaliser.normalise(ten)))))).as("a formula counts no more").isEmpty();

        doc("r20.md").body.remove(ten);
        checkSameAsWhole("the formula back under the limit", settings);

        doc("r17.md").body.add(lone);
        Run seed = checkSameAsWhole("a sentence of one report copied into another: a new seed", settings);
        assertThat(count(seed.plan.watch().seedsChanged())).as("the reports holding the new seeds").isEqualTo(2);
        assertThat(seed.results.get(17).sources()).extracting(SourceMatch::report).contains("r39.md");

        List<String> r1 = doc("r1.md").body;
        doc("r25.md").body.add(2, r1.get(r1.size() - 1));
        Run more = checkSameAsWhole("a passage six reports share copied into a seventh", settings);
        assertThat(count(more.plan.watch().seedsChanged())).as("its seeds were seeds already").isZero();
        assertThat(more.results.get(25).sources()).extracting(SourceMatch::report).contains("r1.md", "r3.md", "r10.md", "r19.md", "r28.md", "r37.md");

        Doc added = new Doc("new.md", "新作者", "2023年度民主生活会", 2023);
        added.body.add(sentence(30));
        added.body.add(doc("r8.md").body.get(1));
        added.body.add(doc("r30.md").body.get(4));
        archive.add(7, added);
        Run add = checkSameAsWhole("a report added", settings);
        assertThat(count(add.ways, SearchAgain.Way.KEPT)).isGreaterThan(20);

        archive.remove(doc("r8.md"));
        checkSameAsWhole("a report removed", settings);

        doc("r14.md").path = "moved/r14.md";
        checkSameAsWhole("a report moved", settings);

        doc("r2.md").author = doc("r15.md").author;
        checkSameAsWhole("an author changed", settings);

        doc("r3.md").author = "作者3";
        doc("r3.md").edition = doc("r16.md").edition;
        doc("r16.md").author = "作者3";
        checkSameAsWhole("two reports become versions of one", settings);

        Run other = checkSameAsWhole("other settings", new SimilarSettings(14, 0.02, List.of(), 0.3));
        assertThat(other.plan).as("other settings: the check is made whole").isNull();
        checkSameAsWhole("a stop phrase", new SimilarSettings(14, 0.02, List.of(doc("r0.md").body.get(0)), 0.3));

        for (int i = 0; i < 30; i++) archive.get(i).body.add(sentence(25));
        Run most = checkSameAsWhole("most reports changed", new SimilarSettings(14, 0.02, List.of(doc("r0.md").body.get(0)), 0.3));
        assertThat(most.plan).as("most changed: the check is made whole").isNull();
    }

    @Test
    void aCacheOfAnotherFormatDamagedOrNotFittingItsDocumentsIsNotRead() {
        fortyReports();
        Run run = incremental(SimilarSettings.DEFAULTS);
        byte[] good = LastCheckFile.bytes(run.found);
        assertThat(LastCheckFile.read(good)).isEqualTo(run.found);

        byte[] changed = good.clone();
        changed[good.length / 2] ^= 1;
        assertThat(LastCheckFile.read(changed)).as("a byte changed").isNull();
        assertThat(LastCheckFile.read(Arrays.copyOf(good, good.length - 9))).as("cut short").isNull();
        assertThat(LastCheckFile.read(new byte[0])).isNull();

        // another version's file, whole and with its checksum right: its format is another
        byte[] body = Arrays.copyOf(good, good.length - 8);
        int at = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("last check 1");
        body[at + "last check ".length()] = '0';
        assertThat(LastCheckFile.read(withChecksum(body))).as("another format").isNull();

        // a passage beyond its document's text: not what a check writes
        List<int[]> pairs = new ArrayList<>(run.found.pairs());
        int d = IntStream.range(0, pairs.size()).filter(i -> pairs.get(i).length > 0).findFirst().orElseThrow();
        int[] p = pairs.get(d).clone();
        p[3] = run.found.documents().get(d).chars() + 1;
        pairs.set(d, p);
        LastCheck wrong = new LastCheck(run.found.minChars(), run.found.commonShare(), run.found.stop(), run.found.documents(), pairs);
        assertThat(LastCheckFile.read(LastCheckFile.bytes(wrong))).as("a passage outside its text").isNull();
    }

    private static byte[] withChecksum(byte[] body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        return java.nio.ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array();
    }
}
