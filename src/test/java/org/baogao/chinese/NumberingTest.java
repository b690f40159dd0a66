package org.baogao.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void theFourLevelsInTheFormsAuthorsType() {
        assertThat(Numbering.parse("十二、作风方面").orElseThrow()).isEqualTo(new Numbering.Marker(1, 12, "十二、"));
        assertThat(Numbering.parse("(二十一)学习").orElseThrow()).isEqualTo(new Numbering.Marker(2, 21, "(二十一)"));
        assertThat(Numbering.parse("3、读原著").orElseThrow()).isEqualTo(new Numbering.Marker(3, 3, "3、"));
        assertThat(Numbering.parse("（１０）精读").orElseThrow()).isEqualTo(new Numbering.Marker(4, 10, "（１０）"));
        assertThat(Numbering.levelOf("1.5亿元投资")).as("a decimal is not a number heading").isZero();
        assertThat(Numbering.levelOf("一是学习不够")).isZero();
    }

    @Test
    void theStandardFormOfEachLevel() {
        assertThat(Numbering.parse("一.问题").orElseThrow().canonical()).isEqualTo("一、");
        assertThat(Numbering.parse("(十)问题").orElseThrow().canonical()).isEqualTo("（十）");
        assertThat(Numbering.parse("2、问题").orElseThrow().isCanonical()).isFalse();
        assertThat(Numbering.parse("2.问题").orElseThrow().isCanonical()).isTrue();
        assertThat(Numbering.format(2, 99)).isEqualTo("（九十九）");
        assertThat(Numbering.han(101)).isEqualTo("一百零一");
        assertThat(Numbering.han(20)).isEqualTo("二十");
    }

    @Test
    void theHeadingSentenceEndsWhereTheStructurePassSplitsIt() {
        String p = "（一）在“学”上用力。虽然学了，但不深。";
        assertThat(p.substring(0, Numbering.headingSentenceEnd(p))).isEqualTo("（一）在“学”上用力。");
        assertThat(Numbering.headingSentenceEnd("（一）思想方面原因")).isEqualTo(-1);
        assertThat(Numbering.headingSentenceEnd("（一）思想方面。")).isEqualTo(-1);
    }
}
