package org.baogao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.baogao.similar.Normaliser;

/**
 * Copied passages of known length and place, planted into a generated corpus to measure the
 * similarity check against: each target report gets one passage taken from a paragraph of a
 * source report, inserted after one of its sentences. Half of them come from the same author's
 * report of another year (照搬往年), half from another author's (互相抄袭); half are copied as
 * they were, half with their punctuation changed (，→、 。→； 、→，), full-width digits and a line
 * break inside, which the check must see through. Sources are never targets, so that a source's
 * passage stays where it was taken from.
 *
 * <p>The generator's own sentences come from a few phrase banks, so that most of its text is, by
 * the check's rule, formulas that many reports carry, and a copy of them is mostly formula too.
 * With {@code fresh} passages, each plant is first written into its source, after one of its
 * sentences, as text of the source's own (its words drawn at random from the banks, as a report's
 * particular facts are), and then copied into the target: copying of what is not a formula.
 */
public final class Plants {

    /** The manifest's name beside the content folder. */
    public static final String FILE = "plants.tsv";

    /** A report as the generator wrote it: its front matter, its body, who wrote it for which year. */
    record Written(String path, String head, String body, String author, int year) {
        Written withBody(String newBody) {
            return new Written(path, head, newBody, author, year);
        }
    }

    /**
     * One planted passage, in offsets into the normalised bodies (as {@code baogao similar} counts).
     *
     * @param target             the report it was planted into
     * @param source             the report it was copied from
     * @param sameAuthor         whether both are the same author's
     * @param punctuationChanged whether it was copied with other punctuation, digits and a line break
     */
    public record Plant(String target, String source, boolean sameAuthor, boolean punctuationChanged,
            int start, int end, int sourceStart, int sourceEnd) {

        public int length() {
            return end - start;
        }

        String row() {
            return String.join("\t", target, source, Boolean.toString(sameAuthor), Boolean.toString(punctuationChanged),
                    Integer.toString(start), Integer.toString(end), Integer.toString(sourceStart), Integer.toString(sourceEnd));
        }

        static Plant parse(String row) {
            String[] f = row.split("\t");
            return new Plant(f[0], f[1], Boolean.parseBoolean(f[2]), Boolean.parseBoolean(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]));
        }
    }

    private static final String HEADER = "target\tsource\tsame_author\tpunctuation_changed\tstart\tend\tsource_start\tsource_end";

    private final Random random;
    private final boolean fresh;

    Plants(long seed, boolean fresh) {
        this.random = new Random(seed);
        this.fresh = fresh;
    }

    /** Plants {@code count} passages (at most one a report, in half the reports), replacing the targets' bodies. */
    List<Plant> plant(List<Written> reports, int count) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) order.add(i);
        Collections.shuffle(order, random);
        int targets = Math.min(count, reports.size() / 2);
        // a fresh passage is written into its source: each source gives one, so that offsets stay true
        List<Integer> sources = new ArrayList<>(order.subList(targets, order.size()));
        List<Plant> out = new ArrayList<>();
        for (int t : order.subList(0, targets)) {
            Written target = reports.get(t);
            Written source = null;
            if (random.nextBoolean()) {
                List<Integer> same = sources.stream().filter(i -> reports.get(i).author().equals(target.author())
                        && reports.get(i).year() != target.year()).toList();
                if (!same.isEmpty()) source = reports.get(same.get(random.nextInt(same.size())));
            }
            if (source == null) {
                List<Integer> others = sources.stream().filter(i -> !reports.get(i).author().equals(target.author())).toList();
                if (others.isEmpty()) break;
                source = reports.get(others.get(random.nextInt(others.size())));
            }
            if (fresh) sources.remove(Integer.valueOf(reports.indexOf(source)));
            boolean changed = random.nextBoolean();
            int length = switch (random.nextInt(3)) {
                case 0 -> 20 + random.nextInt(21);
                case 1 -> 40 + random.nextInt(81);
                default -> 120 + random.nextInt(281);
            };
            Plant p = fresh ? plantFresh(reports, t, reports.indexOf(source), length, changed)
                    : plantOne(reports, t, source, length, changed);
            if (p != null) out.add(p);
        }
        return out;
    }

    private Plant plantOne(List<Written> reports, int t, Written source, int length, boolean changed) {
        // a paragraph of the source's body, not a heading, long enough
        List<int[]> paragraphs = new ArrayList<>();
        String body = source.body();
        for (int at = 0; at < body.length(); ) {
            int end = body.indexOf("\n\n", at);
            if (end < 0) end = body.length();
            String para = body.substring(at, end);
            int chars = Normaliser.normalise(para).length();
            if (!para.startsWith("#") && chars >= 20) paragraphs.add(new int[] {at, end, chars});
            at = end + 2;
        }
        if (paragraphs.isEmpty()) return null;
        int longest = paragraphs.stream().mapToInt(p -> p[2]).max().orElse(0);
        length = Math.min(length, longest);
        int fits = length;
        List<int[]> candidates = paragraphs.stream().filter(p -> p[2] >= fits).toList();
        int[] para = candidates.get(random.nextInt(candidates.size()));
        String paragraph = body.substring(para[0], para[1]);
        int[] offsets = Normaliser.sourceOffsets(paragraph);
        int s0 = random.nextInt(para[2] - length + 1);
        int from = offsets[s0];
        int last = offsets[s0 + length - 1];
        String copied = paragraph.substring(from, last + Character.charCount(paragraph.codePointAt(last)));
        if (changed) copied = changePunctuation(copied);
        int sourceStart = Normaliser.normalise(body.substring(0, para[0] + from)).length();

        // after a sentence of the target's body, outside headings
        Written target = reports.get(t);
        String tb = target.body();
        List<Integer> ends = new ArrayList<>();
        for (int i = tb.indexOf('。'); i >= 0; i = tb.indexOf('。', i + 1)) {
            int lineStart = tb.lastIndexOf('\n', i) + 1;
            if (!tb.startsWith("#", lineStart)) ends.add(i + 1);
        }
        if (ends.isEmpty()) return null;
        int insertAt = ends.get(random.nextInt(ends.size()));
        String newBody = tb.substring(0, insertAt) + copied + "。" + tb.substring(insertAt);
        reports.set(t, target.withBody(newBody));
        int start = Normaliser.normalise(tb.substring(0, insertAt)).length();
        return new Plant(target.path(), source.path(), source.author().equals(target.author()), changed,
                start, start + length, sourceStart, sourceStart + length);
    }

    private Plant plantFresh(List<Written> reports, int t, int s, int length, boolean changed) {
        String passage = freshText(length);
        Written source = reports.get(s);
        int sourceAt = sentenceEnd(source.body());
        if (sourceAt < 0) return null;
        String sb = source.body();
        reports.set(s, source.withBody(sb.substring(0, sourceAt) + passage + "。" + sb.substring(sourceAt)));
        int sourceStart = Normaliser.normalise(sb.substring(0, sourceAt)).length();
        Written target = reports.get(t);
        String tb = target.body();
        int insertAt = sentenceEnd(tb);
        if (insertAt < 0) return null;
        String copied = changed ? changePunctuation(passage) : passage;
        reports.set(t, target.withBody(tb.substring(0, insertAt) + copied + "。" + tb.substring(insertAt)));
        int start = Normaliser.normalise(tb.substring(0, insertAt)).length();
        return new Plant(target.path(), source.path(), source.author().equals(target.author()), changed,
                start, start + length, sourceStart, sourceStart + length);
    }

    /** Just after a random sentence of a body, outside headings; -1 when it has none. */
    private int sentenceEnd(String body) {
        List<Integer> ends = new ArrayList<>();
        for (int i = body.indexOf('。'); i >= 0; i = body.indexOf('。', i + 1)) {
            int lineStart = body.lastIndexOf('\n', i) + 1;
            if (!body.startsWith("#", lineStart)) ends.add(i + 1);
        }
        return ends.isEmpty() ? -1 : ends.get(random.nextInt(ends.size()));
    }

    /**
     * {@code length} normalised characters of a report's own: words of the banks in a random order,
     * with numbers, names and places, a comma every few words; it starts and ends on a letter.
     */
    private String freshText(int length) {
        String[][] banks = {Corpus.OBJECTS, Corpus.AREAS, Corpus.DOING, Corpus.SHORTFALL, Corpus.POSTS};
        StringBuilder s = new StringBuilder();
        int chars = 0;
        int sinceComma = 0;
        while (chars < length) {
            String word = switch (random.nextInt(8)) {
                case 0 -> Corpus.SURNAMES[random.nextInt(Corpus.SURNAMES.length)] + Corpus.GIVEN[random.nextInt(Corpus.GIVEN.length)];
                case 1 -> Corpus.PLACE[random.nextInt(Corpus.PLACE.length)] + Corpus.PLACE[random.nextInt(Corpus.PLACE.length)] + "村";
                case 2 -> Integer.toString(2 + random.nextInt(400));
                default -> {
                    String[] bank = banks[random.nextInt(banks.length)];
                    yield bank[random.nextInt(bank.length)].replace("、", "");
                }
            };
            if (chars + word.length() > length) word = word.substring(0, length - chars);
            if (sinceComma >= 3 && random.nextInt(3) == 0) {
                s.append('，');
                sinceComma = 0;
            }
            s.append(word);
            chars += word.length();
            sinceComma++;
        }
        return s.toString();
    }

    /** Other punctuation, full-width digits and a line break: none of it changes the normalised text. */
    private String changePunctuation(String s) {
        StringBuilder out = new StringBuilder(s.length() + 1);
        int lineBreak = s.length() / 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == lineBreak) out.append('\n');
            out.append(switch (c) {
                case '，' -> '、';
                case '。' -> '；';
                case '、' -> '，';
                default -> c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c;
            });
        }
        return out.toString();
    }

    /** Writes the manifest: a header and a row per plant. */
    public static void write(Path file, List<Plant> plants) throws IOException {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (Plant p : plants) s.append(p.row()).append('\n');
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    public static List<Plant> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Plant> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) out.add(Plant.parse(line));
        return out;
    }
}
