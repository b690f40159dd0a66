package org.baogao.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.lint.LintDocument;
import org.baogao.lint.PublishCheck;
import org.baogao.markdown.ParsedBody;

/**
 * The check phase: the checks that refuse a report before anything of it is rendered (placeholders
 * left in, masked words) and the warnings they give. See {@link PublishCheck}.
 */
final class CheckPhase {

    private final PublishCheck check;

    CheckPhase(BuildOptions options) {
        this.check = new PublishCheck(options.glossary(), options.allowPlaceholders());
    }

    /**
     * What the checks found in a report: nothing, warnings, or an error that refuses it; and the
     * body's Markdown tree when they parsed it, which its rendering then takes.
     */
    record Checked(List<Problem> problems, Optional<ParsedBody> body) {
        Checked {
            problems = List.copyOf(problems);
        }

        Checked(List<Problem> problems) {
            this(problems, Optional.empty());
        }

        boolean refused() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    Checked check(Report report) {
        try {
            LintDocument doc = new LintDocument(report);
            return new Checked(check.check(doc), doc.parsedBody());
        } catch (RuntimeException | StackOverflowError e) {
            return new Checked(List.of(ReportRenderer.renderingProblem(report, e)));
        }
    }

    /** The outcome of a refused report: its warnings from reading, then what the checks found. */
    static ReportOutcome refusal(Report report, Checked checked, long millis) {
        List<Problem> problems = new ArrayList<>(report.warnings());
        problems.addAll(checked.problems());
        return new ReportOutcome(report.source().file(), ReportOutcome.Status.FAILED, report, 0, 0, millis, problems, null);
    }
}
