package org.baogao.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.baogao.content.Source;

/**
 * Applies the safe fixes of the findings to a text, as many rounds as it takes (pairing quotes can
 * reveal punctuation next to them), and counts what it did. Edits that overlap another in the same
 * round wait for the next one.
 */
public final class Fixer {

    private static final int MAX_ROUNDS = 5;

    private final Linter linter;

    public Fixer(Linter linter) {
        this.linter = linter;
    }

    /**
     * The fixed text and what was fixed.
     *
     * @param text    the text after every round
     * @param applied how many findings were fixed, by rule
     * @param after   what the linter still finds in the fixed text
     */
    public record Fixed(String text, Map<Rule, Integer> applied, LintResult after) {

        public int total() {
            return applied.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Fixed fix(Source source) {
        Map<Rule, Integer> applied = new EnumMap<>(Rule.class);
        Source current = source;
        LintResult result = linter.lint(current);
        for (int round = 0; round < MAX_ROUNDS && result.fixable() > 0; round++) {
            String text = apply(current.text(), result.findings(), applied);
            if (text.equals(current.text())) break;
            current = new Source(source.file(), source.relative(), text, source.encoding());
            result = linter.lint(current);
        }
        return new Fixed(current.text(), applied, result);
    }

    /** Applies the fixes that do not overlap each other; counts them in {@code applied}. */
    static String apply(String text, List<Finding> findings, Map<Rule, Integer> applied) {
        List<Edit> accepted = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.fixable()) continue;
            boolean clash = f.fix().stream().anyMatch(e -> e.end() > text.length()
                    || accepted.stream().anyMatch(e::overlaps));
            if (clash) continue;
            accepted.addAll(f.fix());
            applied.merge(f.rule(), 1, Integer::sum);
        }
        accepted.sort(Comparator.comparingInt(Edit::start).reversed().thenComparing(Edit::end, Comparator.reverseOrder()));
        StringBuilder s = new StringBuilder(text);
        for (Edit e : accepted) s.replace(e.start(), e.end(), e.replacement());
        return s.toString();
    }
}
