package org.baogao.volume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.Loader;
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
     */
    public Volume bind(String value, String label, List<VolumeEntry> entries) throws VolumeException {
        List<VolumeEntry> ordered = order(entries);
        List<PDDocument> opened = new ArrayList<>();
        try {
            List<PDDocument> reports = new ArrayList<>();
            for (VolumeEntry e : ordered) {
                try {
                    PDDocument d = Loader.loadPDF(e.pdf().toFile());
                    opened.add(d);
                    reports.add(d);
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
                int pages = reports.get(i).getNumberOfPages();
                FrontMatter m = ordered.get(i).meta();
                lines.add(new VolumeModel.Entry(m.title(), author(m), next, pages));
                next += pages;
            }
            VolumeModel model = model(value, label, ordered, lines);
            PDDocument volume = render(COVER, model, opened);
            PDRectangle size = volume.getPage(0).getMediaBox();
            padToEven(volume, size);
            PDDocument contents = render(CONTENTS, model, opened);
            for (PDPage p : contents.getPages()) take(volume, p);
            padToEven(volume, size);
            int front = volume.getNumberOfPages();

            PDFont numbers = renderer.pageNumberFont(volume);
            boolean running = config.volume().numbering() == VolumeSettings.Numbering.RUNNING;
            PDDocumentOutline outline = new PDDocumentOutline();
            List<Volume.Bound> bound = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                while (volume.getNumberOfPages() - front + 1 < starts[i]) volume.addPage(blank(size));
                PDDocument report = reports.get(i);
                Map<COSDictionary, PDPage> taken = new IdentityHashMap<>();
                PDPage first = null;
                for (int k = 0; k < report.getNumberOfPages(); k++) {
                    PDPage src = report.getPage(k);
                    PDPage page = running ? renumbered(volume, src, starts[i] + k, numbers) : take(volume, src);
                    taken.put(src.getCOSObject(), page);
                    if (first == null) first = page;
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(ordered.get(i).meta().title());
                item.setDestination(fit(first));
                PDDocumentOutline own = report.getDocumentCatalog().getDocumentOutline();
                if (own != null) copyOutline(own, item, taken);
                outline.addLast(item);
                bound.add(new Volume.Bound(ordered.get(i).path(), ordered.get(i).meta().title(), starts[i],
                        front + starts[i], report.getNumberOfPages()));
            }
            outline.openNode();
            volume.getDocumentCatalog().setDocumentOutline(outline);
            volume.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            // without object streams: the compressing writer numbers objects by the keys they had in
            // their own documents, and the reports' keys collide
            volume.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return new Volume(volume.getNumberOfPages(), out.toByteArray(), bound);
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
