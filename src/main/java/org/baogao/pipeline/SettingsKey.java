package org.baogao.pipeline;

import java.util.Optional;

import org.baogao.hash.Sha256;
import org.baogao.text.Messages;

/**
 * The key of what every report depends on, part by part: the engine, the settings file, the
 * glossary, the options that change the output and the fonts. The build cache keeps the parts,
 * so that a build which must render every report again can say which of them changed: a
 * thousand reports rendered again for no reason the user can see looks like a bug.
 *
 * @param engine   {@link EngineVersion#KEY}
 * @param config   the hash of the settings file, or {@code none}
 * @param glossary the glossary's words and what each stands for
 * @param pdf      whether PDFs are made ({@code --no-pdf} not given)
 * @param options  the other options that change the output, as {@code pdfa=… drafts=…}
 * @param fonts    {@link FontSetKey}, or {@code no fonts} for a build without PDFs
 */
record SettingsKey(String engine, String config, String glossary, boolean pdf, String options, String fonts) {

    /** The parts of a cache written before they were kept: nothing to say which changed. */
    static final SettingsKey UNKNOWN = new SettingsKey("", "", "", false, "", "");

    /** What may have changed, in the order they are looked at: the first one that differs is named. */
    enum Part {
        ENGINE, CONFIG, GLOSSARY, OPTIONS, FONTS;

        /** Why every report is rendered again, in the user's words: the settings file named as this build found it. */
        String says(java.nio.file.Path configFile) {
            return switch (this) {
                case ENGINE -> Messages.get("build.again.engine");
                case CONFIG -> java.nio.file.Files.isRegularFile(configFile) ? Messages.get("build.again.config", configFile)
                        : Messages.get("build.again.no-config", configFile);
                case GLOSSARY -> Messages.get("build.again.glossary");
                case OPTIONS -> Messages.get("build.again.options");
                case FONTS -> Messages.get("build.again.fonts");
            };
        }
    }

    String key() {
        return Sha256.of(engine, config, glossary, "pdf=" + pdf, options, fonts);
    }

    /**
     * The first part that is not as in {@code before}, which makes every report render again; none
     * when they are the same or {@code before}'s are unknown. Not {@code --no-pdf} given or left
     * out, nor the fonts then: a build with PDFs after one without, or the other way round, keeps
     * the PDFs made with the same settings (by their keys with PDFs), so it does not render everything.
     */
    Optional<Part> changedSince(SettingsKey before) {
        if (before.equals(UNKNOWN)) return Optional.empty();
        if (!engine.equals(before.engine)) return Optional.of(Part.ENGINE);
        if (!config.equals(before.config)) return Optional.of(Part.CONFIG);
        if (!glossary.equals(before.glossary)) return Optional.of(Part.GLOSSARY);
        if (!options.equals(before.options)) return Optional.of(Part.OPTIONS);
        if (pdf && before.pdf && !fonts.equals(before.fonts)) return Optional.of(Part.FONTS);
        return Optional.empty();
    }
}
