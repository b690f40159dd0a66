package org.baogao.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.markdown.LimitExceededException;

/** Runs every rule over report files. One linter may check many files, one at a time. */
public final class Linter {

    private static final Comparator<Finding> BY_PLACE = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);

    private final SourceReader reader = new SourceReader();
    private final FrontMatterCheck frontMatter;
    private final List<Check> checks = new ArrayList<>();
    private final Skeletons skeletons;

    public Linter(LintSettings settings) {
        skeletons = new Skeletons(settings.templates());
        frontMatter = new FrontMatterCheck(settings.types(), skeletons);
        checks.add(new PlaceholderCheck());
        checks.add(new MaskedWordCheck(settings.glossary()));
        checks.add(new NumberingCheck());
        checks.add(new SectionCheck(skeletons));
        checks.add(new PunctuationCheck());
        if (settings.glyphs() != null) checks.add(new PrintableCheck(settings.glyphs()));
    }

    public LintResult lint(Path file) {
        Source source;
        try {
            source = reader.read(file, file.getFileName().toString());
        } catch (ReportException e) {
            return new LintResult(file, List.of(new Finding(Rule.UNREADABLE, file, 1, 1, e.problem().message(), List.of())));
        }
        return lint(source);
    }

    public LintResult lint(Source source) {
        LintDocument doc = new LintDocument(source);
        Findings out = new Findings(doc);
        try {
            frontMatter.check(doc, out);
            for (Check c : checks) c.check(doc, out);
        } catch (LimitExceededException e) {
            // too deep or too long to parse: that is the finding, and no other check can look
            int line = doc.line(doc.bodyOffset()) + e.line() - 1;
            return new LintResult(source.file(), List.of(new Finding(Rule.UNREADABLE, source.file(), line, 1, e.getMessage(), List.of())));
        }
        List<Finding> sorted = new ArrayList<>(out.list());
        sorted.sort(BY_PLACE);
        return new LintResult(source.file(), sorted);
    }

    /** Skeletons that could not be read, by type, with what is wrong: reported once per run. */
    public List<String> brokenSkeletons() {
        return skeletons.broken().values().stream().map(e -> e.problem().toString()).sorted().toList();
    }
}
