package org.baogao.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.baogao.fonts.FontCache;
import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontRole;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

/**
 * Typesets one print page (HTML laid out by a template with the print stylesheet) into a PDF with
 * embedded, subset fonts. Safe to use from several threads: each thread parses its fonts once.
 */
public final class PdfRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XmlFactories.name();
    }

    /**
     * Layouts of a page after which lines get no new hanging or squeezed mark (see {@link LineEnds}):
     * each layout plans every paragraph as far as its advances are known, so most pages need one or two.
     */
    static final int IMPROVING_ROUNDS = 5;
    /** Layouts of a page at most, before every run of half-width punctuation and every hanging mark is given up. */
    static final int LAYOUT_ROUNDS = 8;

    /**
     * How long one report may take to lay out. A report of a hundred pages takes seconds; one that
     * takes minutes is a mistake the limits of the Markdown stage did not catch, and is stopped.
     */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    private final FontRegistry fonts;
    private final boolean pdfA;
    private final Predicate<Path> readable;
    private final Duration timeLimit;

    /**
     * @param pdfA write PDF/A-2b for archiving; it also keeps PDFBox from scanning the system's fonts
     *             and from falling back to a non-embedded Times
     */
    public PdfRenderer(FontRegistry fonts, boolean pdfA) {
        this(fonts, pdfA, file -> false);
    }

    /**
     * @param readable whether a page may load a file (an image, a stylesheet): the caller's jail of
     *                 the content and templates folders, which follows links before it judges.
     *                 Nothing else is read, and nothing is fetched.
     */
    public PdfRenderer(FontRegistry fonts, boolean pdfA, Predicate<Path> readable) {
        this(fonts, pdfA, readable, TIME_LIMIT);
    }

    /** @param timeLimit how long laying out one page may take before it is stopped */
    public PdfRenderer(FontRegistry fonts, boolean pdfA, Predicate<Path> readable, Duration timeLimit) {
        this.fonts = fonts;
        this.pdfA = pdfA;
        this.readable = readable;
        this.timeLimit = timeLimit;
    }

    /** What the renderer said about the document: page count, and warnings worth passing on. */
    public record Result(int pages, List<String> warnings) {}

    public Result render(org.jsoup.nodes.Document page, OutputStream out) throws IOException {
        return render(page, null, out);
    }

    /**
     * @param base the folder that relative references in the page resolve against, or null
     * @throws TextOffPageException when text would lie beyond the text block
     * @throws LayoutTimeoutException when laying the page out takes longer than its time limit
     */
    public Result render(org.jsoup.nodes.Document page, Path base, OutputStream out) throws IOException {
        TimeLimit limit = new TimeLimit(timeLimit);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        List<String> warnings = new ArrayList<>();
        FontCache cache = FontCache.current();
        FontNeeds needs = new FontNeeds(fonts, cache, page);
        PageFaces faces = new PageFaces(cache, needs);
        // the texts' line breaks, found once for all the page's layouts and LineEnds' reading of them
        KeptBreaks breaks = new KeptBreaks();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .withW3cDocument(dom, base == null ? "about:blank" : base.toAbsolutePath().toUri().toString())
                    .withProducer("baogao")
                    .useUnicodeLineBreaker(new LineBreaks(limit, breaks))
                    // content streams uncompressed (all this option does), so that MarginLayer can
                    // split each page before compressing it, without inflating it again
                    .testMode(true)
                    .withDiagnosticConsumer(d -> {
                        if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                            warn(warnings, Messages.get("pdf.renderer-says", d.getFormattedMessage()));
                        }
                    })
                    // a report or template may name anything; the renderer reads only project files
                    .useExternalResourceAccessControl((uri, type) -> allowed(uri, warnings),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            Map<FontFace, LazyFont> regular = new HashMap<>();
            Map<FontFace, LazyFont> synthetic = new HashMap<>();
            fonts.registrations().forEach((family, face) -> {
                LazyFont font = regular.computeIfAbsent(face, f -> new LazyFont(doc, cache, faces, f, needs.needs(f)));
                builder.useFont(font, family, 400, FontStyle.NORMAL, true);
                // bold text in a font without a bold face: a copy of the face, thickened afterwards
                LazyFont bold = face.bold() ? font : synthetic.computeIfAbsent(face, f -> new LazyFont(doc, cache, faces, f, needs.needs(f)));
                builder.useFont(bold, family, 700, FontStyle.NORMAL, true);
            });
            if (pdfA) {
                builder.usePdfAConformance(PdfAConformance.PDFA_2_B).useColorProfile(SRGB);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                // each width measured once a document, not again in every layout (see KeptWidths)
                renderer.getSharedContext().setTextRenderer(new KeptWidths());
                layOut(renderer, dom, limit, breaks);
                TextBlockCheck.check(renderer.getRootBox());
                renderer.createPDFWithoutClosing();
                MarginLayer.separate(doc);
                SyntheticBold.apply(doc, synthetic.values().stream().map(LazyFont::used).filter(f -> f != null).toList());
                doc.getDocumentCatalog().setLanguage("zh-CN");
                doc.save(out);
                return new Result(doc.getNumberOfPages(), warnings);
            }
        }
    }

    /**
     * Lays the page out, and again while {@link LineEnds}, {@link GridSnap} or {@link SignatureKeep} changes it: runs of half-width punctuation
     * the renderer broke across lines put back as text (see {@link BrokenRuns}), closing marks hung
     * at line ends and squeezed inside lines. Hangs and squeezes are made in the first
     * {@link #IMPROVING_ROUNDS} rounds only; a page still wrong after {@link #LAYOUT_ROUNDS} loses
     * every run (squeezes are runs) and every hang, and is laid out once more as plain text, so that
     * it ends.
     */
    private static void layOut(PdfBoxRenderer renderer, org.w3c.dom.Document dom, TimeLimit limit, KeptBreaks breaks) {
        LineEnds ends = new LineEnds(limit, breaks, renderer.getSharedContext());
        GridSnap grid = new GridSnap(renderer.getSharedContext().getDotsPerPixel());
        SignatureKeep signature = new SignatureKeep();
        for (int round = 1; ; round++) {
            if (round > 1) limit.check("");
            renderer.layout();
            if (round > LAYOUT_ROUNDS) return;
            if (!ends.adjust(renderer.getRootBox(), round <= IMPROVING_ROUNDS).any()
                    && !grid.adjust(renderer.getRootBox())
                    && !signature.adjust(renderer.getRootBox())) {
                return;
            }
            if (round == LAYOUT_ROUNDS) LineText.unwrap(LineText.spans(dom, "run", "hang"));
        }
    }

    /**
     * The font of the page numbers, embedded in {@code doc} as a subset: the Song face the print
     * stylesheet draws them in, or the body's face when there is no Song. For a document that
     * prints page numbers of its own on pages made by this renderer, as a bound volume does. The
     * face is cut down to what the numbers are written with ({@link FontRegistry#PAGE_NUMBER_CHARACTERS}), as a
     * page's faces are: FontBox parsed the whole face (tens of thousands of glyphs) for them.
     */
    public PDFont pageNumberFont(PDDocument doc) throws IOException {
        FontFace face = fonts.face(FontRole.SONG).or(() -> fonts.face(FontRole.BODY))
                .orElseThrow(() -> new IOException(Messages.get("pdf.no-page-number-font", Invocation.command())));
        return PDType0Font.load(doc, FontCache.current().cutDown(face,
                FontRegistry.PAGE_NUMBER_CHARACTERS.codePoints().boxed().toList()), true);
    }

    /** Only {@code file:} URIs inside the readable folders; a refusal becomes a warning. */
    private boolean allowed(String uri, List<String> warnings) {
        try {
            URI u = URI.create(uri);
            // a link is judged by where it leads, as '../' is
            if ("file".equalsIgnoreCase(u.getScheme()) && readable.test(Path.of(u))) return true;
        } catch (RuntimeException e) {
            // not a URI we understand: refused below
        }
        warn(warnings, Messages.get("pdf.refused", uri));
        return false;
    }

    /** The renderer asks for a resource again for each box that uses it: one warning says it. */
    private static void warn(List<String> warnings, String warning) {
        if (!warnings.contains(warning)) warnings.add(warning);
    }

    /** Embeds a face only when the renderer asks for it, cut down to the page's characters from the thread's parsed copy. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final FontCache cache;
        private final PageFaces faces;
        private final FontFace face;
        private final boolean drawn;
        private PDFont font;

        /** @param drawn whether the page can draw with the face; if not, a stand-in without glyphs is embedded */
        LazyFont(PDDocument doc, FontCache cache, PageFaces faces, FontFace face, boolean drawn) {
            super(null);
            this.doc = doc;
            this.cache = cache;
            this.faces = faces;
            this.face = face;
            this.drawn = drawn;
        }

        /** The embedded font, or null when the document never used it. */
        PDFont used() {
            return font;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, drawn ? faces.font(face) : cache.standIn(face), true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(Messages.get("pdf.cannot-embed", face.file(), Causes.of(e)), e);
                }
            }
            return font;
        }
    }
}
