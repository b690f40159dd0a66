package org.baogao.volume;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baogao.config.VolumeSettings;
import org.baogao.content.Problem;
import org.baogao.publish.OutputFolder;
import org.baogao.site.SitePaths;
import org.baogao.text.Causes;
import org.baogao.text.Messages;
import org.baogao.site.Terms;
import org.baogao.site.VolumeLink;
import org.baogao.site.VolumeShelf;

/**
 * The archive's bound volumes: one per value of the volume field ({@code meeting}) among the
 * published reports, written beside that value's listing page. A volume is bound again only when
 * what it binds changed: its reports' PDFs (their sources, templates and settings), which reports
 * it binds, or its own templates and settings, all in its key; otherwise it is carried over from
 * the published archive. A report that failed is not bound, and the build says so.
 */
public final class Volumes {

    /** A volume longer than this is not bound: no one prints it, and it would hold the build up. */
    public static final int MAX_PAGES = 5000;

    /**
     * A published report, as the volumes see it.
     *
     * @param entry  what a volume binds of it
     * @param source its source file, for messages
     * @param pdfKey the key of its PDF's inputs: when it changes, its volume is bound again
     * @param pages  its PDF's pages
     */
    public record Member(VolumeEntry entry, Path source, String pdfKey, int pages) {}

    /**
     * A report that failed, with what it would have been bound under.
     *
     * @param source its source file
     * @param meta   its front matter, as far as it was read
     */
    public record Left(Path source, org.baogao.content.FrontMatter meta) {}

    /**
     * What the volumes came to.
     *
     * @param shelf    each value's volume, for the pages that link to it
     * @param files    each volume's file below the site, with its key and where its reports are in it
     * @param problems reports left out, volumes that could not be bound
     */
    public record Result(VolumeShelf shelf, Map<String, BoundVolume> files, List<Problem> problems) {}

    /** What is done with a volume whose key changed. */
    public enum Binding {
        /** Bound again: a build with PDFs. */
        BIND_CHANGED,
        /**
         * Left out, as an HTML-only build leaves out the PDF of a changed report; an unchanged one
         * stays published, as the unchanged reports' PDFs do.
         */
        KEEP_UNCHANGED
    }

    private final VolumeBinder binder;
    private final VolumeSettings settings;
    private final String label;

    /** @param label what the archive calls the volume field, 会议 */
    public Volumes(VolumeBinder binder, VolumeSettings settings, String label) {
        this.binder = binder;
        this.settings = settings;
        this.label = label;
    }

    /**
     * Binds or carries over every volume.
     *
     * @param salt   the key of what every volume depends on: settings, fonts, version, the volume templates
     * @param before each volume as the last build wrote it: its key, and where its reports are in it,
     *               so that a volume bound again takes the unchanged reports' pages from the published one
     */
    public Result write(List<Member> members, List<Left> left, OutputFolder out, Map<String, BoundVolume> before, String salt,
            Binding binding, ExecutorService pool) throws IOException {
        Map<String, List<Member>> byValue = new TreeMap<>();
        for (Member m : members) {
            for (String v : Terms.values(settings.field(), m.entry().meta())) byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(m);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, BoundVolume> files = new LinkedHashMap<>();
        Map<String, VolumeLink> links = new LinkedHashMap<>();
        List<String> bound = new ArrayList<>();
        List<Callable<Volume>> tasks = new ArrayList<>();
        for (Map.Entry<String, List<Member>> e : byValue.entrySet()) {
            String value = e.getKey();
            List<Member> in = e.getValue().stream().sorted(Comparator.comparing(m -> m.entry().path())).toList();
            String file = SitePaths.volume(settings.field(), value);
            int pages = in.stream().mapToInt(Member::pages).sum();
            if (pages > MAX_PAGES) {
                problems.add(Problem.warning(out.target().resolve(file), 0, Messages.get("volume.too-big", value, pages, MAX_PAGES)));
                continue;
            }
            String key = key(salt, value, in);
            BoundVolume was = before.get(file);
            if (was != null && key.equals(was.key()) && out.carry(file)) {
                // a cache of before has no page count: the page tree is read
                int count = was.pages() >= 0 ? was.pages() : pagesOf(out.resolve(file));
                files.put(file, was.pages() >= 0 ? was : new BoundVolume(key, count, "", "", 0, 0, 0, List.of()));
                links.put(value, new VolumeLink(SitePaths.href(file), count, java.nio.file.Files.size(out.resolve(file))));
                continue;
            }
            if (binding == Binding.KEEP_UNCHANGED) continue;
            files.put(file, BoundVolume.keyOnly(key));
            bound.add(value);
            List<VolumeEntry> entries = in.stream().map(Member::entry).toList();
            Map<String, String> pdfKeys = new java.util.HashMap<>();
            for (Member m : in) pdfKeys.put(m.entry().path(), m.pdfKey());
            VolumeBinder.Kept kept = was == null ? null : new VolumeBinder.Kept(out.target().resolve(file), was);
            tasks.add(() -> {
                return binder.bind(value, label, entries, pdfKeys, salt, kept, out.resolve(file));
            });
        }
        List<AloneAfterOutOfMemory.Outcome<Volume>> done;
        try {
            done = AloneAfterOutOfMemory.run(pool, tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("build.interrupted"), e);
        }
        for (int i = 0; i < done.size(); i++) {
            String value = bound.get(i);
            String file = SitePaths.volume(settings.field(), value);
            Volume v = done.get(i).value();
            if (v != null) {
                BoundVolume l = v.layout();
                files.put(file, new BoundVolume(files.get(file).key(), l.pages(), l.salt(), l.contentsKey(), l.contentsFrom(),
                        l.contents(), l.front(), l.parts()));
                links.put(value, new VolumeLink(SitePaths.href(file), v.pages(), v.size()));
                continue;
            }
            Throwable failure = done.get(i).failure();
            if (failure instanceof IOException io) throw io;
            files.put(file, BoundVolume.failed());
            problems.add(Problem.error(out.target().resolve(file), 0, Messages.get("volume.failed", value, Causes.of(failure))));
        }
        for (Left l : left) {
            if (l.meta() == null) continue;
            for (String v : Terms.values(settings.field(), l.meta())) {
                if (!links.containsKey(v)) continue;
                problems.add(Problem.warning(l.source(), 0, Messages.get("volume.left-out", v, SitePaths.volume(settings.field(), v))));
            }
        }
        return new Result(new VolumeShelf(settings.field(), links), files, problems);
    }

    /** The key of a volume: what every volume depends on, its value, and each report it binds with the key of its PDF. */
    private static String key(String salt, String value, List<Member> in) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((salt + "\n" + value).getBytes(StandardCharsets.UTF_8));
            for (Member m : in) d.update(("\n" + m.entry().path() + "\t" + m.pdfKey()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The pages of a volume carried over: its page tree is read, not its pages. */
    private static int pagesOf(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }
}
