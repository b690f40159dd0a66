package org.baogao.lint;

import java.util.List;

import org.baogao.text.Messages;

/** Masked words from the glossary ({@code dangshi}); the fix writes the word they stand for. */
final class MaskedWordCheck implements Check {

    private final Glossary glossary;

    MaskedWordCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public void check(LintDocument doc, Findings out) {
        for (Glossary.Match m : glossary.find(doc.text())) {
            out.add(Rule.MASKED_WORD, m.start(), Messages.get("lint.masked-word", m.masked(), m.word()),
                    List.of(new Edit(m.start(), m.end(), m.word())));
        }
    }
}
