package org.baogao.lint;

import java.util.ArrayList;
import java.util.List;

import org.baogao.content.Problem;
import org.baogao.content.Report;

/**
 * The build's lint stage: the error-level rules that do not need the fonts or the templates
 * (the build checks those itself), run on every report before it is rendered. A report with an
 * error is not published; placeholders and masked words pass as warnings when the build allows
 * them, for previews of drafts.
 */
public final class PublishCheck {

    private final List<Check> checks;
    private final boolean allowPlaceholders;

    public PublishCheck(Glossary glossary, boolean allowPlaceholders) {
        this.checks = List.of(new PlaceholderCheck(), new MaskedWordCheck(glossary), new NumberingCheck());
        this.allowPlaceholders = allowPlaceholders;
    }

    /** The errors that stop the report, and the placeholders let through as warnings. */
    public List<Problem> check(Report report) {
        return check(new LintDocument(report));
    }

    /** As {@link #check(Report)}, on the document of a report the build has read. */
    public List<Problem> check(LintDocument doc) {
        Findings out = new Findings(doc);
        for (Check c : checks) c.check(doc, out);
        List<Problem> problems = new ArrayList<>();
        for (Finding f : out.list()) {
            if (!f.isError()) continue;
            problems.add(f.toProblem(allowPlaceholders && f.rule().isPlaceholder()));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }
}
