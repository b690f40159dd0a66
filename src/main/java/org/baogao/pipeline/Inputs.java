package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.baogao.content.ContentScanner;
import org.baogao.hash.Sha256;

/**
 * The first thing a build does: the key of every input, before anything is read for its meaning.
 * The settings key covers the engine's version, {@code baogao.yml}, the font set and the options
 * that change the output; the templates' keys each type and the site pages; each report file is
 * hashed (its bytes kept for reading when they were read to hash them).
 *
 * @param settings     the parts of the settings key ({@code settingsKey} is their key)
 * @param sourceHashes each report file's hash, in the files' order
 */
record Inputs(Path content, TemplateKeys templates, SettingsKey settings, String settingsKey, String pdfSettingsKey, String fontSet,
        List<Path> files, Map<Path, SourceFiles.Snapshot> snapshots, Map<Path, String> sourceHashes) {

    /**
     * @param previous  the last build's cache: what its renderings used is what the template keys cover
     * @param published the published archive's cache, the same unless the build is a clean one: an
     *                  HTML-only build keeps the PDFs whose keys it still gives
     */
    static Inputs of(BuildOptions options, SourceFiles sources, ExecutorService pool, BuildCache previous, BuildCache published)
            throws IOException {
        Path configFile = options.configFile();
        String configKey = Files.isRegularFile(configFile) ? Sha256.of(Files.readAllBytes(configFile)) : "none";
        // an HTML-only build keeps what the renderings of the PDFs it keeps used in the record, even a
        // clean one: its keys are those PDFs' keys, and what it records is what the next build keys by
        TemplateKeys templates = TemplateKeys.of(options.templates(),
                (options.pdf() ? previous : published).templatesUsed);
        // pages for the screen use no fonts: an HTML-only build neither scans nor keys them
        String fontSet = options.pdf() ? FontSetKey.of(options.fonts()) : "no fonts";
        SettingsKey settings = settings(options, configKey, fontSet, options.pdf());
        String settingsKey = settings.key();
        // an HTML-only build keeps the PDFs still up to date: it needs the key they would have now,
        // which names the fonts (their names and dates: milliseconds, not a font parsed)
        String pdfSettingsKey = options.pdf() ? settingsKey : settings(options, configKey, FontSetKey.of(options.fonts()), true).key();
        List<Path> files = ContentScanner.scan(options.content());
        Map<Path, SourceFiles.Snapshot> snapshots = sources.hash(files, pool);
        Map<Path, String> sourceHashes = new LinkedHashMap<>();
        for (Path f : files) sourceHashes.put(f, snapshots.get(f).hash());
        return new Inputs(options.content(), templates, settings, settingsKey, pdfSettingsKey, fontSet, files, snapshots,
                sourceHashes);
    }

    /**
     * Also what decides whether a report is published: a report refused for a masked word, or
     * published with a placeholder allowed, is judged again when these change.
     */
    private static SettingsKey settings(BuildOptions options, String configKey, String fontSet, boolean pdf) {
        return new SettingsKey(EngineVersion.KEY, configKey, glossaryKey(options.glossary()), pdf,
                "pdfa=" + options.pdfA() + " drafts=" + options.drafts() + " docx=" + options.docx()
                        + " placeholders=" + options.allowPlaceholders(),
                fontSet);
    }

    /** The glossary's words and what each stands for, in a stable order. */
    private static String glossaryKey(org.baogao.lint.Glossary glossary) {
        Sha256 h = new Sha256().add("glossary");
        new java.util.TreeMap<>(glossary.words()).forEach((masked, word) -> h.add(masked).add(word));
        return h.hex();
    }

    /**
     * The same inputs with the templates' keys covering also what this build's renderings used:
     * the keys the cache is to keep.
     */
    Inputs withUse(Map<String, java.util.Set<String>> used) {
        return new Inputs(content, templates.with(used), settings, settingsKey, pdfSettingsKey, fontSet, files, snapshots,
                sourceHashes);
    }

    /** The file below the content folder, as the build cache names it: {@code 2023/li-ming.md}. */
    String relative(Path file) {
        return ContentScanner.relative(content, file);
    }

    /** The key of everything a report's PDF depends on: its source, its type's templates, the settings. */
    String printKey(String sourceHash, String type) {
        return Sha256.of(settingsKey, sourceHash, templates.typeKey(type));
    }

    /** The key the report's PDF would have in a build with PDFs: in an HTML-only build, the one a kept PDF must have. */
    String pdfPrintKey(String sourceHash, String type) {
        return Sha256.of(pdfSettingsKey, sourceHash, templates.typeKey(type));
    }

    /**
     * The key of everything a report's Word document depends on: what its PDF does ({@code printKey})
     * and the Word template of its type, which the PDF does not.
     */
    String docxKey(String printKey, String type) {
        return Sha256.of(printKey, templates.wordKey(type));
    }
}
