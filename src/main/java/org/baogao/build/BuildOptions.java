package org.baogao.build;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build needs to know, with the defaults a newcomer expects.
 *
 * @param content   the reports' folder
 * @param templates the layouts' folder
 * @param out       the archive to write; replaced only when the build finishes
 * @param fonts     extra font folders, searched before the system's
 * @param drafts    publish reports marked {@code draft: true} too
 * @param pdf       write PDFs (off: HTML only, for quick previews)
 * @param pdfA      write PDF/A-2b
 * @param jobs      reports rendered at once
 */
public record BuildOptions(
        Path content, Path templates, Path out, List<Path> fonts,
        boolean drafts, boolean pdf, boolean pdfA, int jobs) {

    public BuildOptions {
        fonts = List.copyOf(fonts);
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
    }

    public static BuildOptions defaults(Path projectRoot) {
        return new BuildOptions(projectRoot.resolve("content"), projectRoot.resolve("templates"),
                projectRoot.resolve("site"), List.of(projectRoot.resolve("fonts")),
                false, true, true, Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(content, templates, newOut, fonts, drafts, pdf, pdfA, jobs);
    }

    public BuildOptions withContent(Path newContent) {
        return new BuildOptions(newContent, templates, out, fonts, drafts, pdf, pdfA, jobs);
    }

    public BuildOptions withTemplates(Path newTemplates) {
        return new BuildOptions(content, newTemplates, out, fonts, drafts, pdf, pdfA, jobs);
    }
}
