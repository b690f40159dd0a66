package org.baogao.lint;

import java.util.regex.Pattern;

import org.baogao.text.Messages;

/**
 * The three level-1 sections every 对照检查材料 has, under the many names they go by: the
 * problems found (存在的主要问题, 查摆突出问题情况…), their causes (原因剖析, 剖析根源情况…) and the
 * remedies (整改措施, 努力方向和整改措施…).
 */
enum SectionKind {
    PROBLEMS("lint.section.kind.problems", Pattern.compile("问题|不足|差距|查摆")),
    CAUSES("lint.section.kind.causes", Pattern.compile("原因|根源|剖析")),
    REMEDIES("lint.section.kind.remedies", Pattern.compile("整改|措施|努力方向|改进"));

    private final String meaningKey;
    private final Pattern words;

    SectionKind(String meaningKey, Pattern words) {
        this.meaningKey = meaningKey;
        this.words = words;
    }

    /** What the section is about, in the user's language. */
    String meaning() {
        return Messages.get(meaningKey);
    }

    /**
     * The kind a section title names, or null. Causes and remedies are asked first: 产生问题的原因剖析
     * and 整改存在的问题 name problems only in passing.
     */
    static SectionKind of(String title) {
        if (CAUSES.words.matcher(title).find()) return CAUSES;
        if (REMEDIES.words.matcher(title).find()) return REMEDIES;
        if (PROBLEMS.words.matcher(title).find()) return PROBLEMS;
        return null;
    }
}
