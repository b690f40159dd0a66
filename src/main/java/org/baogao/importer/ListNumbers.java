package org.baogao.importer;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.baogao.chinese.Numbering;

/**
 * The numbers Word shows for paragraphs of an automatic list: {@code %1、} with a Chinese
 * counter is {@code 一、}. Counters run per list and level; a higher level resets the lower ones.
 */
final class ListNumbers {
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    String marker(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null || p.getNumLevelText() == null) return null;
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] counts = counters.computeIfAbsent(numId, k -> new int[9]);
        if (counts[level] == 0) counts[level] = start(p, numId, level) - 1;
        counts[level]++;
        for (int k = level + 1; k < 9; k++) counts[k] = 0;
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        String text = p.getNumLevelText();
        for (int k = 0; k <= level; k++) {
            int n = Math.max(1, counts[k]);
            text = text.replace("%" + (k + 1), format.startsWith("chinese") || format.startsWith("ideograph")
                    || format.startsWith("japanese") ? Numbering.han(n) : String.valueOf(n));
        }
        return text.contains("%") ? null : text;
    }

    /** Where a list level starts counting: the paragraph's override, else the list definition's start. */
    private static int start(XWPFParagraph p, BigInteger numId, int level) {
        if (p.getNumStartOverride() != null) return p.getNumStartOverride().intValue();
        try {
            var numbering = p.getDocument().getNumbering();
            var num = numbering == null ? null : numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) return 1;
            var abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abs == null) return 1;
            for (var lvl : abs.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                    return lvl.getStart().getVal().intValue();
                }
            }
        } catch (RuntimeException e) {
            // a list definition POI cannot read counts from 1, as Word does without one
        }
        return 1;
    }
}
