package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.baogao.config.ConfigException;
import org.baogao.config.ConfigReader;
import org.baogao.config.ProjectConfig;
import org.baogao.content.Report;
import org.baogao.fonts.FontsMissingException;
import org.baogao.layout.LayoutException;
import org.baogao.publish.OutputFolder;
import org.baogao.site.ArchiveWriter;
import org.baogao.site.Catalogue;
import org.baogao.text.Causes;
import org.baogao.volume.Volumes;

/**
 * Builds the whole archive, then swaps it in, redoing only what changed since the last build.
 * A build is a sequence of named phases, as Hugo's is:
 *
 * <ol>
 * <li>{@link Inputs}: the key of every input; when {@link NothingChanged nothing changed}, the
 *     build ends there and the archive is left as it is;
 * <li>{@link ReadPhase read}: every report read, so that each one's page can link to its
 *     neighbours; the PDFs that must be made are {@link CheckPhase checked} and rendered as soon
 *     as their report is read;
 * <li>{@link SimilarPhase similar}: what each report shares with the others (查重), which its page shows;
 * <li>{@link CheckPhase check} and {@link RenderPhase render}: each report's page placed among
 *     the others (and its PDF where reading did not make it), or the last build's, carried over;
 * <li>{@link ArchivePhase assemble archive}: the home and listing pages and the search index;
 * <li>{@link CachePhase write cache}: what was made from which inputs;
 * <li>{@link PublishPhase publish}: the staged archive becomes the site in one rename.
 * </ol>
 *
 * <p>One broken report does not stop the others; a failure of the build itself (settings,
 * templates, fonts, disk) leaves the published archive untouched. A report whose source, type
 * templates, settings and fonts are unchanged keeps its PDF; if its place in the archive is
 * unchanged too it keeps its page, and both are carried into the new archive as hard links.
 *
 * <p>A builder can be kept and asked to build again, as a preview server does: its threads keep
 * their parsed fonts, and the templates and the font set stay loaded while their files are
 * unchanged. Close it to let its threads go.
 */
public final class Builder implements AutoCloseable {

    private final BuildOptions options;
    private final boolean warm;
    private final SourceFiles sources;
    private final ReadingMemo memo = new ReadingMemo();
    private final WarmResources resources;
    private final CheckPhase check;
    private final PublishPhase publish;
    /** What the last published build made; what a page rendered ahead of the next build is placed among. */
    private volatile PageAhead last;

    public Builder(BuildOptions options) {
        this(options, false);
    }

    private Builder(BuildOptions options, boolean warm) {
        this.options = options;
        this.warm = warm;
        this.sources = new SourceFiles(warm);
        this.resources = new WarmResources(options);
        this.check = new CheckPhase(options);
        this.publish = new PublishPhase(warm);
    }

    /**
     * A builder to be kept and asked again and again, as a preview server does: besides the
     * templates, fonts and parsed reports it keeps, it hashes again only the files whose status
     * changed, renders pages ahead of a build ({@link #preview}), and deletes a replaced archive
     * in the background rather than before returning.
     */
    public static Builder warm(BuildOptions options) {
        return new Builder(options, true);
    }

    /**
     * Runs the phases of one build.
     *
     * @throws BuildException when nothing can be built (bad settings, no fonts, no templates, no
     *                        content folder), or with {@code --fail-fast} at the first report that fails
     */
    public BuildResult build(BuildRequest request) throws BuildException {
        long start = System.nanoTime();
        long builtAt = java.time.Instant.now().getEpochSecond();
        Inputs inputs;
        BuildCache previous;
        BuildCache published;
        try {
            // first, before settings or templates can stop the build: an archive a kill left aside is put back
            Path restored = OutputFolder.recover(options.out());
            if (restored != null) request.listener().restored(options.out(), restored);
            // what the archive holds, even when the build is not to reuse it: the last good versions
            published = BuildCache.read(options.out());
            previous = request.clean() ? BuildCache.EMPTY : published;
            inputs = Inputs.of(options, sources, resources.pool(), previous, published);
        } catch (IOException e) {
            throw new BuildException(Causes.of(e), e);
        }
        refuseEmptying(inputs, published, request);
        BuildResult unchanged = NothingChanged.result(previous, inputs, options.out(), request.listener(), start);
        // a warm builder that has not yet read the reports reads them once, for the pages it renders ahead
        if (unchanged != null && (!warm || last != null)) return unchanged;
        // a thousand reports rendered again for no reason the user can see looks like a fault: say which
        if (unchanged == null) {
            inputs.settings().changedSince(previous.settings)
                    .ifPresent(part -> request.listener().renderingAll(part.says(options.configFile())));
        }

        ProjectConfig config;
        WarmResources.Warm loaded;
        ArchiveWriter archive;
        try {
            config = options.config() != null ? ConfigReader.read(options.config())
                    : ConfigReader.readIfPresent(options.configFile());
            loaded = resources.warmUp(inputs.templates(), inputs.fontSet(), config, request.listener());
            archive = new ArchiveWriter(loaded.layouts(), config);
            archive.check();
            loaded.layouts().checkTypes();
            if (!warm) VolumePhase.check(loaded, options, config);
            if (options.pdf()) loaded.fonts().requireChinese();
        } catch (ConfigException | LayoutException | FontsMissingException e) {
            throw new BuildException(Causes.of(e), e);
        }
        ReadPhase read = new ReadPhase(loaded.reader(), memo);
        RenderPhase render = new RenderPhase(loaded.renderer(), check, options.pdf(), builtAt);
        Progress progress = new Progress(request.listener(), inputs.files().size());
        try (OutputFolder out = OutputFolder.open(options.out())) {
            LastGood lastGood = new LastGood(loaded.reader(), published, out, request.failed());
            List<Read> reads = read.run(inputs, previous, options.pdf() ? render : null, lastGood, out, resources.pool(),
                    request.failFast(), request.listener());
            List<Report> publishing = reads.stream().filter(Read::publishable).map(r -> r.reading().report()).toList();
            SimilarPhase similar = new SimilarPhase(config.similar(), options.jobs(), resources.pool(), request.clean() ? null : options.out(),
                    options.content());
            Catalogue catalogue = new Catalogue(config, publishing, similar.run(publishing));
            List<Done> done = render.run(reads, inputs, previous, catalogue, lastGood, progress, out, resources.pool(),
                    request.failFast());
            if (RenderPhase.placesChanged(publishing, done)) render.placeAgain(catalogue, done, config, similar, out);
            similar.write(out);

            List<Done> inArchive = done.stream().filter(Done::published).toList();
            // the keys as the cache keeps them: made again from what rendering the reports used
            Inputs keyed = inputs.withUse(loaded.layouts().drainUse());
            Volumes.Result volumes = warm ? VolumePhase.NONE
                    // an HTML-only build keeps the published volumes still up to date, even a clean one, as it keeps PDFs
                    : new VolumePhase(loaded, options, config).run(keyed, options.pdf() ? previous : published, done, out,
                            resources.pool());
            ArchivePhase.ArchiveState state = new ArchivePhase(archive, config).run(inputs, previous, inArchive, volumes,
                    similar.last(), out, resources.pool());
            Map<String, CachedReport> rows = CachePhase.write(done, keyed.withUse(loaded.layouts().drainUse()), state,
                    volumes.files(), loaded.fonts(), options.pdf(), out);
            publish.publish(out);

            memo.retain(inputs.files());
            last = new PageAhead(read, check, loaded.renderer(), config,
                    inArchive.stream().map(d -> d.outcome().report()).toList(), rows);
            List<org.baogao.content.Problem> notes = new java.util.ArrayList<>(similar.notes());
            notes.addAll(volumes.problems());
            return new BuildResult(done.stream().map(Done::outcome).toList(), (System.nanoTime() - start) / 1_000_000, true,
                    notes);
        } catch (LayoutException | IOException e) {
            throw new BuildException(Causes.of(e), e);
        }
    }

    /**
     * Refuses to publish an empty archive over one that holds reports, unless asked to: a content
     * folder with no report in it is far more often a mistyped {@code --content} than the wish
     * to unpublish every report.
     */
    private void refuseEmptying(Inputs inputs, BuildCache published, BuildRequest request) throws BuildException {
        if (!inputs.files().isEmpty() || request.allowEmpty()) return;
        long reports = published.reports.values().stream().filter(r -> !r.draft()).count();
        if (reports > 0) {
            throw new BuildException(org.baogao.text.Messages.get("build.empty-content", options.content(), options.out(), reports),
                    null);
        }
    }

    /**
     * Renders the page of one saved report file ahead of the build that will follow, as the last
     * build would have placed it among the others, showing that build's PDF of it (see
     * {@link PageAhead}). Null when there is nothing to show ahead: no build has published yet, or
     * the report cannot be read, is a draft that is not published, or would be refused.
     */
    public PagePreview preview(Path file) {
        PageAhead p = last;
        return p == null ? null : p.render(file, org.baogao.content.ContentScanner.relative(options.content(), file));
    }

    /** Lets the rendering threads go. */
    @Override
    public void close() {
        resources.close();
        publish.close();
    }
}
