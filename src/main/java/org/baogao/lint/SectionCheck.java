package org.baogao.lint;

import java.util.List;

import org.baogao.content.Skeleton;
import org.baogao.text.Messages;

/**
 * The sections a report's type asks for (the level-1 headings of its skeleton) are there, and no
 * level-1 or level-2 heading stands without text under it.
 */
final class SectionCheck implements Check {

    private final Skeletons skeletons;

    SectionCheck(Skeletons skeletons) {
        this.skeletons = skeletons;
    }

    @Override
    public void check(LintDocument doc, Findings out) {
        List<StructureReader.Block> blocks = StructureReader.read(doc);
        empty(blocks, out);
        if (doc.report() == null) return;
        Skeleton skeleton = skeletons.of(doc.report().meta().type());
        if (skeleton == null) return;
        List<String> titles = blocks.stream().filter(b -> b.level() == 1).map(StructureReader.Block::title).toList();
        for (String wanted : skeleton.sections()) {
            SectionKind kind = SectionKind.of(wanted);
            boolean found = kind != null ? titles.stream().anyMatch(t -> SectionKind.of(t) == kind)
                    : titles.stream().anyMatch(t -> t.contains(wanted));
            if (found) continue;
            String all = String.join("、", skeleton.sections());
            out.addAtLine(Rule.SECTION_MISSING, 1, kind == null
                    ? Messages.get("lint.section.missing", wanted, skeleton.type(), all, skeleton.shown())
                    : Messages.get("lint.section.missing-kind", kind.meaning(), wanted, skeleton.type(), all,
                            skeleton.shown()));
        }
    }

    private static void empty(List<StructureReader.Block> blocks, Findings out) {
        for (int i = 0; i < blocks.size(); i++) {
            StructureReader.Block b = blocks.get(i);
            // a numbered sentence (（1）严格落实……。) is an item, not a title that needs text under it;
            // levels 3 and 4 often number such items
            if (!b.isHeading() || b.hasText() || b.level() > 2 || b.title().matches(".*[。！？；]$")) continue;
            StructureReader.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next != null && (!next.isHeading() || next.level() > b.level())) continue;
            String name = b.marker() == null ? b.title() : b.marker().text() + b.title();
            out.add(Rule.SECTION_EMPTY, b.offset(),
                    Messages.get(next == null ? "lint.section.empty-at-end" : "lint.section.empty", name));
        }
    }
}
