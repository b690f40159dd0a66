package org.baogao.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.baogao.content.FolderJail;
import org.baogao.config.ProjectConfig;
import org.baogao.config.Taxonomy;
import org.baogao.config.VolumeSettings;
import org.baogao.content.Problem;
import org.baogao.content.Report;
import org.baogao.hash.Sha256;
import org.baogao.layout.LayoutException;
import org.baogao.pdf.PdfRenderer;
import org.baogao.publish.OutputFolder;
import org.baogao.site.VolumeShelf;
import org.baogao.volume.VolumeBinder;
import org.baogao.volume.VolumeEntry;
import org.baogao.volume.Volumes;

/**
 * The first part of assembling the archive: each meeting's bound volume, from the published
 * reports' PDFs, bound again only when what it binds changed (see {@link Volumes}), before the
 * archive's pages, which link to the volumes. An HTML-only build binds none: it keeps each
 * published volume whose key is unchanged, as it keeps the unchanged reports' PDFs. None with
 * {@code volume: false}, without the volume templates, nor in a preview (a warm builder), where
 * binding a meeting of a hundred reports on every save would hold back the page the author is
 * waiting for.
 */
final class VolumePhase {

    static final Volumes.Result NONE = new Volumes.Result(VolumeShelf.NONE, Map.of(), List.of());

    private final WarmResources.Warm resources;
    private final BuildOptions options;
    private final ProjectConfig config;

    VolumePhase(WarmResources.Warm resources, BuildOptions options, ProjectConfig config) {
        this.resources = resources;
        this.options = options;
        this.config = config;
    }

    /**
     * Parses the volume's templates before any report is rendered: a template that does not parse
     * is the build's failure, as a site template's is, and leaves the published volumes as they are.
     */
    static void check(WarmResources.Warm resources, BuildOptions options, ProjectConfig config) throws LayoutException {
        if (options.pdf() && config.volume().enabled()) VolumeBinder.check(resources.layouts());
    }

    /** @param inputs the build's inputs, their template keys covering what this build's reports' renderings used */
    Volumes.Result run(Inputs inputs, BuildCache previous, List<Done> done, OutputFolder out, ExecutorService pool)
            throws IOException {
        VolumeSettings settings = config.volume();
        if (!settings.enabled()) return NONE;
        VolumeBinder binder = new VolumeBinder(resources.layouts(),
                new PdfRenderer(resources.fonts(), options.pdfA(), FolderJail.of(options.templates())::contains), resources.fonts().stacks(), config);
        List<Volumes.Member> members = new ArrayList<>();
        List<Volumes.Left> left = new ArrayList<>();
        for (Done d : done) {
            Report r = d.outcome().report();
            if (d.published() && d.cached() != null && !d.cached().pdfName().isEmpty()) {
                // the PDF's key as the cache will keep it, made from what this build's renderings used;
                // in an HTML-only build the key of the PDF it kept, which a build with PDFs gives now
                String pdfKey = inputs.pdfPrintKey(d.cached().sourceHash(), d.cached().type());
                members.add(new Volumes.Member(new VolumeEntry(r.path(), r.meta(), out.resolve(r.path() + "/" + d.cached().pdfName())),
                        d.outcome().file(), pdfKey, d.outcome().pages()));
            } else if (d.outcome().failed() && r != null) {
                left.add(new Volumes.Left(d.outcome().file(), r.meta()));
            }
        }
        String label = config.taxonomies().stream().filter(t -> t.field() == settings.field()).map(Taxonomy::label)
                .findFirst().orElse(settings.field().defaultLabel());
        return new Volumes(binder, settings, label).write(members, left, out, previous.volumeFiles,
                Sha256.of(inputs.pdfSettingsKey(), inputs.templates().volumeKey()),
                options.pdf() ? Volumes.Binding.BIND_CHANGED : Volumes.Binding.KEEP_UNCHANGED, pool);
    }
}
