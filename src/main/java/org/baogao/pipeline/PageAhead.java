package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.baogao.config.ProjectConfig;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.content.SourceReader;
import org.baogao.layout.WebContext;
import org.baogao.site.Catalogue;

/**
 * A report's page rendered ahead of the build that will publish it, through the build's own read,
 * check and render phases: placed among the reports the last build published, showing that build's
 * PDF and Word document of it. What a preview server shows at once while the PDF, the listings and the search index
 * are made.
 *
 * @param published the reports the last build published
 * @param rows      what the last build's cache says of each report, by its file below the content folder
 */
record PageAhead(ReadPhase read, CheckPhase check, ReportRenderer renderer, ProjectConfig config,
        List<Report> published, Map<String, CachedReport> rows) {

    /**
     * The page of one saved report file; null when there is nothing to show ahead: the report
     * cannot be read, is a draft that is not published, or would be refused.
     */
    PagePreview render(Path file, String relative) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        if (bytes.length > SourceReader.MAX_BYTES) return null;
        // the build that follows finds it read
        Reading r = read.read(file, relative, bytes);
        if (r.settled() != null) return null;
        Report report = r.report();
        CheckPhase.Checked checked = check.check(report);
        if (checked.refused()) return null;
        List<Report> placed = new ArrayList<>(published.size() + 1);
        for (Report o : published) if (!o.path().equals(report.path())) placed.add(o);
        placed.add(report);
        WebContext place = new Catalogue(config, placed).place(report);
        CachedReport row = rows.get(relative);
        if (row != null && !row.draft() && row.path().equals(report.path())) {
            place = place.withPdf(row.pages(), row.pdfBytes()).withDocx(row.docxName().isEmpty() ? null : row.docxName());
        }
        String page = report.files().page();
        byte[][] html = new byte[1][];
        ReportOutcome o;
        try {
            o = renderer.page(report, place, (path, b) -> {
                if (path.equals(page)) html[0] = b;
            });
        } catch (BrokenTemplateException e) {
            // the build that follows fails and says why on every page
            return null;
        }
        if (o.failed() || html[0] == null) return null;
        List<Problem> problems = new ArrayList<>(o.problems());
        problems.addAll(checked.problems());
        return new PagePreview("/" + page, html[0], problems);
    }
}
