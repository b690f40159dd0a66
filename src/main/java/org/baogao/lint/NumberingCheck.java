package org.baogao.lint;

import java.util.List;

import org.baogao.chinese.Numbering;
import org.baogao.text.Messages;

/**
 * The four levels of numbering: each level counts 1, 2, 3… under its parent without gaps or
 * repeats, no level skips the one above it, each number is written as the standard writes it, and
 * each numbered heading starts its own paragraph.
 */
final class NumberingCheck implements Check {

    private static final String[] LEVEL_NAMES = {"", "一、", "（一）", "1.", "（1）"};

    @Override
    public void check(LintDocument doc, Findings out) {
        List<StructureReader.Block> blocks = StructureReader.read(doc);
        int top = blocks.stream().filter(b -> b.marker() != null).mapToInt(StructureReader.Block::level).min().orElse(0);
        int[] last = new int[5];
        boolean[] open = new boolean[5];
        for (StructureReader.Block b : blocks) {
            if (!b.isHeading()) continue;
            int level = b.level();
            if (b.marker() != null) {
                sequence(b, last[level], out);
                skipped(b, open, top, out);
                punctuation(b, out);
                last[level] = b.printed();
            }
            if (b.joined()) joined(b, doc, out);
            open[level] = true;
            for (int k = level + 1; k <= 4; k++) {
                last[k] = 0;
                open[k] = false;
            }
        }
    }

    private static void sequence(StructureReader.Block b, int previous, Findings out) {
        int n = b.printed();
        int level = b.level();
        if (n <= 0 || n == previous + 1) return;
        String written = b.marker().text();
        String expected = Numbering.format(level, previous + 1);
        String message;
        if (previous == 0) {
            message = Messages.get("lint.numbering.first", written, expected);
        } else if (n == previous) {
            message = Messages.get("lint.numbering.repeat", written, expected);
        } else if (n > previous) {
            message = Messages.get(n - previous > 2 ? "lint.numbering.gaps" : "lint.numbering.gap", written,
                    Numbering.format(level, previous), expected);
        } else {
            message = Messages.get("lint.numbering.back", written, Numbering.format(level, previous), expected);
        }
        out.add(Rule.NUMBERING_SEQUENCE, b.offset(), message);
    }

    private static void skipped(StructureReader.Block b, boolean[] open, int top, Findings out) {
        int level = b.level();
        if (level <= top) return;
        int parent = 0;
        for (int k = level - 1; k >= 1; k--) {
            if (open[k]) {
                parent = k;
                break;
            }
        }
        if (parent == level - 1) return;
        String message = parent == 0
                ? Messages.get("lint.numbering.level-first", b.marker().text(), level, LEVEL_NAMES[top], level - 1,
                        LEVEL_NAMES[level - 1])
                : Messages.get("lint.numbering.level-under", b.marker().text(), level, LEVEL_NAMES[parent], level - 1,
                        LEVEL_NAMES[level - 1]);
        out.add(Rule.NUMBERING_LEVEL, b.offset(), message);
    }

    private static void punctuation(StructureReader.Block b, Findings out) {
        Numbering.Marker m = b.marker();
        if (b.listItem() || m.isCanonical()) return;
        out.add(Rule.NUMBERING_PUNCTUATION, b.offset(), Messages.get("lint.numbering.punctuation", m.canonical(), m.text()),
                List.of(new Edit(b.offset(), b.offset() + m.length(), m.canonical())));
    }

    private static void joined(StructureReader.Block b, LintDocument doc, Findings out) {
        int lineStart = doc.lineStart(doc.line(b.offset()));
        out.add(Rule.NUMBERING_JOINED, b.offset(), Messages.get("lint.numbering.joined", b.marker().text()),
                List.of(new Edit(lineStart, lineStart, "\n")));
    }
}
