package org.baogao.volume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.baogao.files.WholeFile;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.baogao.config.ProjectConfig;
import org.baogao.config.VolumeSettings;
import org.baogao.content.FrontMatter;
import org.baogao.chinese.ChineseDate;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.fonts.FontStacks;
import org.baogao.pdf.MarginLayer;
import org.baogao.pdf.PdfRenderer;
import org.baogao.text.Causes;
import org.baogao.text.Messages;
import org.jsoup.Jsoup;

/**
 * Binds the reports of one meeting into one volume (汇编): a cover, a 目录, then every report in the
 * order of rank, each on a right-hand (odd) page, and bookmarks for the reports and their headings.
 *
 * <p>The reports' pages are not typeset again: each page of a report's PDF is taken into the
 * volume as it is, its content stream shared byte for byte. Only its margins, where the report
 * printed its own page number, are left out (see {@link MarginLayer}); the volume prints its number
 * in their place, in the same face and size, at the same baseline and side. So the cost of a volume
 * is about that of copying its reports' PDFs, plus the cover and 目录, which are rendered from the
 * templates {@code volume/cover.ftlh} and {@code volume/contents.ftlh}.
 */
public final class VolumeBinder {

    static final String COVER = "volume/cover.ftlh";
    static final String CONTENTS = "volume/contents.ftlh";

    private final Layouts layouts;
    private final PdfRenderer renderer;
    private final FontStacks fonts;
    private final ProjectConfig config;

    public VolumeBinder(Layouts layouts, PdfRenderer renderer, FontStacks fonts, ProjectConfig config) {
        this.layouts = layouts;
        this.renderer = renderer;
        this.fonts = fonts;
        this.config = config;
    }

    /** Parses the volume's templates, so that a broken one is reported before any report is rendered. */
    public static void check(Layouts layouts) throws LayoutException {
        layouts.check(COVER);
        layouts.check(CONTENTS);
    }

    /** The reports in the order the volume binds them. */
    public List<VolumeEntry> order(List<VolumeEntry> entries) {
        return entries.stream().sorted(RankOrder.of(config.volume())).toList();
    }

    /**
     * Binds the reports that share {@code value} of the volume's field, in the order of rank.
     *
     * @param label what the archive calls the field, for the templates: 会议
     * @param into  the file to write it to, whole or not at all
     */
    public Volume bind(String value, String label, List<VolumeEntry> entries, Path into) throws VolumeException {
        return bind(value, label, entries, Map.of(), "", null, into);
    }

    /**
     * The volume bound before, to take pages from.
     *
     * @param pdf the volume's file as published
     * @param was where its 目录 and its reports are in it
     */
    public record Kept(Path pdf, BoundVolume was) {}

    /**
     * Binds the reports as {@link #bind(String, String, List)} does, taking from the volume bound
     * before ({@code kept}, may be null) the pages of each report whose PDF has the same key and
     * whose first page keeps its number, and the 目录 when what it shows is the same: those pages
     * are the ones this binding would make of them, and the reports' PDFs need not be opened.
     *
     * @param pdfKeys each report's PDF key, by its path
     * @param salt    the key of what every volume depends on: nothing is taken from a volume bound under another
     * @param into    the file to write it to, whole or not at all: straight from the document, since a
     *                volume of 125 reports is some 25 MB, and two bound at once held in memory twice over
     *                (the buffer and its copy) ran the build out of memory
     */
    public Volume bind(String value, String label, List<VolumeEntry> entries, Map<String, String> pdfKeys, String salt,
            Kept kept, Path into) throws VolumeException {
        List<VolumeEntry> ordered = order(entries);
        List<PDDocument> opened = new ArrayList<>();
        try {
            PDDocument before = kept == null ? null : open(kept, salt, opened);
            Map<String, BoundVolume.Part> keptParts = new HashMap<>();
            if (before != null) for (BoundVolume.Part p : kept.was().parts()) keptParts.put(p.path(), p);
            // a report's pages come from the volume before when its PDF is the one bound there, else from its PDF
            List<BoundVolume.Part> from = new ArrayList<>();
            List<PDDocument> reports = new ArrayList<>();
            List<Integer> pageCounts = new ArrayList<>();
            for (VolumeEntry e : ordered) {
                BoundVolume.Part p = keptParts.get(e.path());
                if (p != null && p.pdfKey().equals(pdfKeys.get(e.path()))) {
                    from.add(p);
                    reports.add(null);
                    pageCounts.add(p.pages());
                    continue;
                }
                try {
                    PDDocument d = Loader.loadPDF(e.pdf().toFile());
                    opened.add(d);
                    from.add(null);
                    reports.add(d);
                    pageCounts.add(d.getNumberOfPages());
                } catch (IOException ex) {
                    throw new VolumeException(Messages.get("volume.unreadable-pdf", e.pdf(), e.path(), Causes.of(ex)), ex);
                }
            }
            // page numbers from the first report's first page; each report starts on an odd one
            List<VolumeModel.Entry> lines = new ArrayList<>();
            int[] starts = new int[ordered.size()];
            int next = 1;
            for (int i = 0; i < ordered.size(); i++) {
                if (next % 2 == 0) next++;
                starts[i] = next;
                int pages = pageCounts.get(i);
                FrontMatter m = ordered.get(i).meta();
                lines.add(new VolumeModel.Entry(m.title(), author(m), next, pages));
                next += pages;
            }
            VolumeModel model = model(value, label, ordered, lines);
            String contentsKey = contentsKey(model);
            PDDocument volume = render(COVER, model, opened);
            PDRectangle size = volume.getPage(0).getMediaBox();
            padToEven(volume, size);
            int contentsFrom = volume.getNumberOfPages();
            boolean contentsTaken = before != null && contentsKey.equals(kept.was().contentsKey());
            if (contentsTaken) {
                for (int k = 0; k < kept.was().contents(); k++) take(volume, before.getPage(kept.was().contentsFrom() + k));
            } else {
                PDDocument contents = render(CONTENTS, model, opened);
                for (PDPage p : contents.getPages()) take(volume, p);
            }
            int contentsPages = volume.getNumberOfPages() - contentsFrom;
            padToEven(volume, size);
            int front = volume.getNumberOfPages();

            PDFont numbers = null;
            boolean running = config.volume().numbering() == VolumeSettings.Numbering.RUNNING;
            Map<COSDictionary, PDOutlineItem> keptItems = before == null ? Map.of() : itemsByFirstPage(before);
            PDDocumentOutline outline = new PDDocumentOutline();
            List<Volume.Bound> bound = new ArrayList<>();
            List<BoundVolume.Part> parts = new ArrayList<>();
            int taken = 0;
            for (int i = 0; i < ordered.size(); i++) {
                while (volume.getNumberOfPages() - front + 1 < starts[i]) volume.addPage(blank(size));
                Map<COSDictionary, PDPage> pagesTaken = new IdentityHashMap<>();
                PDPage first = null;
                PDOutlineNode own;
                BoundVolume.Part was = from.get(i);
                // under per-report numbers a report's pages are its PDF's as they are, wherever it starts; under
                // running numbers they are numbered again from its PDF, so that the volume's number font holds
                // just the digits a binding afresh gives it, and the volume is byte for byte the one a clean build binds
                if (was != null && !running) {
                    int at = kept.was().front() + was.start() - 1;
                    for (int k = 0; k < was.pages(); k++) {
                        PDPage src = before.getPage(at + k);
                        PDPage page = take(volume, src);
                        pagesTaken.put(src.getCOSObject(), page);
                        if (first == null) first = page;
                    }
                    own = keptItems.get(before.getPage(at).getCOSObject());
                    taken++;
                } else {
                    PDDocument report = reports.get(i);
                    if (report == null) {
                        // its PDF unchanged, its pages to be numbered: opened now
                        report = Loader.loadPDF(ordered.get(i).pdf().toFile());
                        opened.add(report);
                    }
                    if (running && numbers == null) numbers = renderer.pageNumberFont(volume);
                    for (int k = 0; k < report.getNumberOfPages(); k++) {
                        PDPage src = report.getPage(k);
                        PDPage page = running ? renumbered(volume, src, starts[i] + k, numbers) : take(volume, src);
                        pagesTaken.put(src.getCOSObject(), page);
                        if (first == null) first = page;
                    }
                    own = report.getDocumentCatalog().getDocumentOutline();
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(ordered.get(i).meta().title());
                item.setDestination(fit(first));
                if (own != null) copyOutline(own, item, pagesTaken);
                outline.addLast(item);
                bound.add(new Volume.Bound(ordered.get(i).path(), ordered.get(i).meta().title(), starts[i],
                        front + starts[i], pageCounts.get(i)));
                parts.add(new BoundVolume.Part(ordered.get(i).path(), pdfKeys.getOrDefault(ordered.get(i).path(), ""), starts[i],
                        pageCounts.get(i)));
            }
            outline.openNode();
            volume.getDocumentCatalog().setDocumentOutline(outline);
            volume.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            // without object streams: the compressing writer numbers objects by the keys they had in
            // their own documents, and the reports' keys collide
            WholeFile.replace(into, out -> volume.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION));
            int pages = volume.getNumberOfPages();
            return new Volume(pages, Files.size(into), bound,
                    new BoundVolume("", pages, salt, contentsKey, contentsFrom, contentsPages, front, parts), contentsTaken, taken);
        } catch (IOException e) {
            throw new VolumeException(Messages.get("volume.not-written", value, Causes.of(e)), e);
        } finally {
            for (PDDocument d : opened) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // read only: nothing is lost
                }
            }
        }
    }

    /**
     * The volume bound before, opened, when pages may be taken from it: bound under the same salt,
     * and as long as the cache says (a file replaced by hand since is not taken from). Null otherwise.
     */
    private static PDDocument open(Kept kept, String salt, List<PDDocument> opened) {
        BoundVolume was = kept.was();
        if (was.pages() < 0 || salt.isEmpty() || !salt.equals(was.salt()) || !Files.isRegularFile(kept.pdf())) return null;
        try {
            PDDocument d = Loader.loadPDF(kept.pdf().toFile());
            opened.add(d);
            return d.getNumberOfPages() == was.pages() ? d : null;
        } catch (IOException e) {
            // unreadable now: every report's pages come from its PDF, as in a first binding
            return null;
        }
    }

    /** The bound volume's bookmarks of its reports, by the report's first page. */
    private static Map<COSDictionary, PDOutlineItem> itemsByFirstPage(PDDocument volume) throws IOException {
        Map<COSDictionary, PDOutlineItem> items = new IdentityHashMap<>();
        PDDocumentOutline outline = volume.getDocumentCatalog().getDocumentOutline();
        if (outline == null) return items;
        for (PDOutlineItem item : outline.children()) {
            if (item.getDestination() instanceof PDPageDestination d && d.getPage() != null) items.put(d.getPage().getCOSObject(), item);
        }
        return items;
    }

    /** The key of what the 目录 shows: its model, less the fonts, which the salt covers. */
    private static String contentsKey(VolumeModel m) {
        org.baogao.hash.Sha256 k = new org.baogao.hash.Sha256().add(m.title()).add(m.value()).add(m.label()).add(m.issuer())
                .add(String.valueOf(m.dateRange())).add(String.valueOf(m.marking())).add(m.numbering());
        for (VolumeModel.Entry e : m.entries()) k.add(e.title()).add(e.author()).add(e.firstPage()).add(e.pages());
        return k.hex();
    }

    private VolumeModel model(String value, String label, List<VolumeEntry> ordered, List<VolumeModel.Entry> lines) {
        List<String> units = ordered.stream().map(e -> e.meta().unit()).distinct().toList();
        String issuer = units.size() == 1 && units.get(0) != null ? units.get(0) : config.name();
        List<java.time.LocalDate> dates = ordered.stream().map(e -> e.meta().date()).filter(Objects::nonNull).sorted().toList();
        String range = dates.isEmpty() ? null : dateRange(dates.get(0), dates.get(dates.size() - 1));
        VolumeSettings v = config.volume();
        return new VolumeModel(value + "材料汇编", value, label, issuer, range, v.marking(), v.numbering().key(), lines, fonts);
    }

    /** {@code 2024年1月18日}, {@code 2024年1月16日至18日}, {@code 2024年1月16日至2月3日}, {@code 2023年12月28日至2024年1月5日}. */
    static String dateRange(java.time.LocalDate from, java.time.LocalDate to) {
        String start = ChineseDate.format(from);
        if (from.equals(to)) return start;
        String end;
        if (from.getYear() != to.getYear()) end = ChineseDate.format(to);
        else if (from.getMonthValue() != to.getMonthValue()) end = to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        else end = to.getDayOfMonth() + "日";
        return start + "至" + end;
    }

    /** Who signs a report, as the 目录 names them: post and name, or the organisation. */
    private static String author(FrontMatter m) {
        if (m.post() != null && m.author() != null) return m.post() + "　" + m.author();
        if (m.author() != null) return m.author();
        return m.unit() == null ? "" : m.unit();
    }

    /** A template of the volume, rendered to a PDF and opened; it stays open until the volume is saved. */
    private PDDocument render(String template, VolumeModel model, List<PDDocument> opened) throws VolumeException, IOException {
        String html;
        try {
            html = layouts.render(template, model);
        } catch (LayoutException e) {
            throw new VolumeException(e.getMessage(), e);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        renderer.render(Jsoup.parse(html), layouts.file(template).getParent(), buffer);
        PDDocument d = Loader.loadPDF(buffer.toByteArray());
        opened.add(d);
        return d;
    }

    private static void padToEven(PDDocument volume, PDRectangle size) {
        if (volume.getNumberOfPages() % 2 == 1) volume.addPage(blank(size));
    }

    /** A page left blank: no content, no number. */
    private static PDPage blank(PDRectangle size) {
        PDPage page = new PDPage(size);
        page.setResources(new PDResources());
        return page;
    }

    /**
     * Adds a page of another document to the volume as it is: its dictionary copied, its content and
     * resources shared (the other document stays open until the volume is saved).
     */
    private static PDPage take(PDDocument volume, PDPage src) {
        COSDictionary dict = new COSDictionary(src.getCOSObject());
        dict.removeItem(COSName.PARENT);
        // links point into the report's own document
        dict.removeItem(COSName.ANNOTS);
        PDPage page = new PDPage(dict);
        page.setMediaBox(src.getMediaBox());
        page.setResources(src.getResources());
        volume.addPage(page);
        return page;
    }

    /**
     * A report's page with the volume's page number instead of its own: its margins without their
     * text, its content area as it is, and {@code — number —} where the report printed its own.
     */
    private static PDPage renumbered(PDDocument volume, PDPage src, int number, PDFont font) throws IOException {
        Optional<MarginLayer.Parts> parts = MarginLayer.of(src);
        PDPage page = take(volume, src);
        if (parts.isEmpty()) return page;
        Optional<MarginLayer.TextExtent> own = MarginLayer.text(parts.get(), src.getResources());
        COSArray contents = new COSArray();
        PDStream margins = new PDStream(volume);
        try (OutputStream out = margins.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(MarginLayer.withoutText(parts.get()));
        }
        contents.add(margins);
        for (COSStream s : parts.get().contentArea()) contents.add(s);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
        if (own.isEmpty()) return page;
        page.setResources(ownResources(src.getResources()));
        MarginLayer.TextExtent e = own.get();
        String text = "— " + number + " —";
        float width = font.getStringWidth(text) / 1000f * e.size();
        float middle = page.getMediaBox().getWidth() / 2;
        float x = Math.abs(e.centre() - middle) < 1f ? middle - width / 2 : e.centre() > middle ? e.right() - width : e.left();
        try (PDPageContentStream cs = new PDPageContentStream(volume, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.setNonStrokingColor(0f);
            cs.beginText();
            cs.setFont(font, e.size());
            cs.newLineAtOffset(x, e.baseline());
            cs.showText(text);
            cs.endText();
        }
        return page;
    }

    /** A copy of a page's resources that the volume's number font can be added to without touching the report's. */
    private static PDResources ownResources(PDResources shared) {
        COSDictionary dict = new COSDictionary(shared.getCOSObject());
        COSBase fonts = dict.getDictionaryObject(COSName.FONT);
        if (fonts instanceof COSDictionary f) dict.setItem(COSName.FONT, new COSDictionary(f));
        return new PDResources(dict);
    }

    private static PDPageFitDestination fit(PDPage page) {
        PDPageFitDestination d = new PDPageFitDestination();
        d.setPage(page);
        return d;
    }

    /** The report's own bookmarks below its item, pointing at the volume's copies of its pages. */
    private static void copyOutline(PDOutlineNode from, PDOutlineItem to, Map<COSDictionary, PDPage> taken) throws IOException {
        for (PDOutlineItem src : from.children()) {
            PDOutlineItem copy = new PDOutlineItem();
            copy.setTitle(src.getTitle());
            PDDestination dest = src.getDestination();
            if (dest == null && src.getAction() instanceof PDActionGoTo go) dest = go.getDestination();
            if (dest instanceof PDPageDestination pd && pd.getPage() != null && taken.containsKey(pd.getPage().getCOSObject())) {
                PDPage page = taken.get(pd.getPage().getCOSObject());
                if (pd instanceof PDPageXYZDestination xyz) {
                    PDPageXYZDestination d = new PDPageXYZDestination();
                    d.setPage(page);
                    d.setLeft(xyz.getLeft());
                    d.setTop(xyz.getTop());
                    d.setZoom(xyz.getZoom());
                    copy.setDestination(d);
                } else {
                    copy.setDestination(fit(page));
                }
            }
            copyOutline(src, copy, taken);
            to.addLast(copy);
        }
    }
}
