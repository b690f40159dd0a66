package org.baogao.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.baogao.config.ProjectConfig;
import org.baogao.lint.Glossary;

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
 * @param config    the project's settings file, which must exist; null: {@link #configFile()} if it exists
 * @param glossary  the masked words that must not be published
 * @param allowPlaceholders publish reports with placeholders and masked words (previews of drafts)
 * @param docx      write every report's Word document, whatever the settings say ({@code --docx})
 */
public record BuildOptions(
        Path content, Path templates, Path out, List<Path> fonts,
        boolean drafts, boolean pdf, boolean pdfA, int jobs, Path config,
        Glossary glossary, boolean allowPlaceholders, boolean docx) {

    public BuildOptions {
        fonts = List.copyOf(fonts);
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (glossary == null) glossary = Glossary.defaultGlossary();
    }

    /**
     * Options that read the settings from {@code baogao.yml} beside the content folder, when there
     * is one, use the built-in glossary and refuse placeholders.
     */
    public BuildOptions(Path content, Path templates, Path out, List<Path> fonts,
            boolean drafts, boolean pdf, boolean pdfA, int jobs) {
        this(content, templates, out, fonts, drafts, pdf, pdfA, jobs, null, null, false, false);
    }

    /** Options whose Word documents are as the settings say. */
    public BuildOptions(Path content, Path templates, Path out, List<Path> fonts, boolean drafts, boolean pdf,
            boolean pdfA, int jobs, Path config, Glossary glossary, boolean allowPlaceholders) {
        this(content, templates, out, fonts, drafts, pdf, pdfA, jobs, config, glossary, allowPlaceholders, false);
    }

    public static BuildOptions defaults(Path projectRoot) {
        return new BuildOptions(projectRoot.resolve("content"), projectRoot.resolve("templates"),
                projectRoot.resolve("site"), List.of(projectRoot.resolve("fonts")),
                false, true, true, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The settings file: the one given, or {@code baogao.yml} in the project root, which is the
     * folder that holds the content folder.
     */
    public Path configFile() {
        return config != null ? config : ProjectConfig.besideContent(content);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(content, templates, newOut, fonts, drafts, pdf, pdfA, jobs, config, glossary, allowPlaceholders, docx);
    }

    public BuildOptions withConfig(Path newConfig) {
        return new BuildOptions(content, templates, out, fonts, drafts, pdf, pdfA, jobs, newConfig, glossary, allowPlaceholders, docx);
    }

    public BuildOptions withDrafts(boolean newDrafts) {
        return new BuildOptions(content, templates, out, fonts, newDrafts, pdf, pdfA, jobs, config, glossary, allowPlaceholders, docx);
    }

    public BuildOptions withPdf(boolean newPdf) {
        return new BuildOptions(content, templates, out, fonts, drafts, newPdf, pdfA, jobs, config, glossary, allowPlaceholders, docx);
    }

    public BuildOptions withPlaceholders(Glossary newGlossary, boolean allow) {
        return new BuildOptions(content, templates, out, fonts, drafts, pdf, pdfA, jobs, config, newGlossary, allow, docx);
    }

    public BuildOptions withDocx(boolean newDocx) {
        return new BuildOptions(content, templates, out, fonts, drafts, pdf, pdfA, jobs, config, glossary, allowPlaceholders, newDocx);
    }
}
