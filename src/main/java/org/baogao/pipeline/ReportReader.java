package org.baogao.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.baogao.content.FolderJail;
import org.baogao.content.FrontMatterParser;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.ReportException;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.layout.Layouts;
import org.baogao.project.TemplateSet;
import org.baogao.site.SitePaths;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * Reads one report file into a report: its text, front matter and body, of a type the templates
 * know, in a folder that is not the archive's own. Never throws: what cannot be read becomes the
 * report's failed outcome. Cheap, so that all reports are known before any is rendered.
 */
final class ReportReader {

    /** Top-level folders of the site that hold the archive's own pages, not reports. */
    static final Set<String> RESERVED = Set.of(SitePaths.BROWSE, "assets");

    private final SourceReader reader = new SourceReader();
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final Layouts layouts;
    private final boolean drafts;

    private final FolderJail content;

    /**
     * @param drafts whether drafts are published too
     * @param content the content folder's jail: a report that is a link out of it is refused
     */
    ReportReader(Layouts layouts, boolean drafts, FolderJail content) {
        this.layouts = layouts;
        this.drafts = drafts;
        this.content = content;
    }

    /**
     * Reads a report from bytes already read from {@code file} (null: read them now), so that the
     * report is made of exactly the bytes its build hashed.
     */
    Reading read(Path file, String relative, byte[] bytes) {
        long start = System.nanoTime();
        try {
            Path outside = content.outside(file);
            if (outside != null) {
                throw new ReportException(Problem.error(file, 0, Messages.get("source.link-outside", outside)));
            }
            Report report = read(bytes == null ? reader.read(file, relative) : reader.decode(file, relative, bytes));
            if (report.meta().draft() && !drafts) {
                return new Reading(report, new ReportOutcome(file, ReportOutcome.Status.DRAFT, report, 0, 0,
                        millis(start), report.warnings(), null));
            }
            return new Reading(report, null);
        } catch (ReportException e) {
            return new Reading(null, new ReportOutcome(file, ReportOutcome.Status.FAILED, null, 0, 0, millis(start),
                    List.of(e.problem()), null));
        } catch (RuntimeException | StackOverflowError e) {
            return new Reading(null, new ReportOutcome(file, ReportOutcome.Status.FAILED, null, 0, 0, millis(start),
                    List.of(Problem.error(file, 0, Messages.get("source.not-read", Causes.of(e)))), null));
        }
    }

    private Report read(Source source) throws ReportException {
        Path file = source.file();
        Report report = frontMatter.parse(source);
        String type = report.meta().type();
        if (!layouts.hasType(type)) {
            // the lint's message, and where a new type's template goes
            throw new ReportException(Problem.error(file, typeLine(source),
                    Messages.get("lint.front-matter.unknown-type", type, String.join(", ", layouts.types()))
                            + Messages.get("source.unknown-type-template", newTemplate(type))));
        }
        String top = report.path().split("/", 2)[0];
        if (RESERVED.contains(top)) {
            throw new ReportException(Problem.error(file, 0, Messages.get("source.reserved", top)));
        }
        return report;
    }

    /** Where a template that makes {@code type} exist goes: the project's folder, not inside the jar. */
    private Path newTemplate(String type) {
        Path first = layouts.templates().folders().get(0);
        return (TemplateSet.isBuiltIn(first) ? Path.of("templates") : first).resolve(type + Layouts.EXTENSION);
    }

    private static int typeLine(Source source) {
        String[] lines = source.text().split("\n", 64);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("type:")) return i + 1;
        }
        return 1;
    }

    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
