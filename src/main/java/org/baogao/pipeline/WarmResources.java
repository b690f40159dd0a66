package org.baogao.pipeline;

import org.baogao.content.FolderJail;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.baogao.config.ProjectConfig;
import org.baogao.fonts.FontRegistry;
import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;
import org.baogao.print.PrintSettings;

/**
 * What a builder keeps from one build to the next: the templates and the fonts while their files
 * are unchanged, the reader and renderer made of them, and the rendering threads with the fonts
 * each has parsed.
 */
final class WarmResources implements AutoCloseable {

    /** Idle rendering threads, and the fonts each has parsed, are let go after this long. */
    private static final long KEEP_ALIVE_SECONDS = 120;

    private final BuildOptions options;
    private ThreadPoolExecutor pool;
    private String layoutsKey;
    private Layouts layouts;
    private String fontsKey;
    private FontRegistry fonts;
    private PrintSettings print;
    private ReportReader reader;
    private ReportRenderer renderer;

    WarmResources(BuildOptions options) {
        this.options = options;
    }

    /** What one build renders with. */
    record Warm(Layouts layouts, FontRegistry fonts, ReportReader reader, ReportRenderer renderer) {}

    /**
     * Loads the templates and the fonts, or keeps those of the last build when their files are
     * unchanged; and the project's print settings, which every report's layout starts from.
     */
    Warm warmUp(TemplateKeys templates, String fontSet, ProjectConfig config, BuildListener listener) throws LayoutException {
        boolean changed = false;
        if (layouts == null || !templates.folderKey().equals(layoutsKey)) {
            layouts = new Layouts(options.templates());
            layoutsKey = templates.folderKey();
            reader = new ReportReader(layouts, options.drafts(), FolderJail.of(options.content()));
            changed = true;
        }
        if (fonts == null || !fontSet.equals(fontsKey)) {
            FontRegistry listed = options.pdf() ? FontListFile.read(options.out().resolve(FontListFile.FILE), fontSet)
                    : FontRegistry.of(List.of(), List.of());
            if (listed == null) {
                fonts = FontRegistry.discover(options.fonts());
                // said once, when the fonts are scanned, not by every build that reads the list
                fonts.skipped().forEach(listener::notice);
            } else {
                fonts = listed;
            }
            // CFF faces are converted here, before the reports, each said in one line the first time
            if (options.pdf()) fonts = fonts.prepared(listener::notice);
            fontsKey = fontSet;
            changed = true;
            // the threads' parsed fonts may be of files that changed: start afresh
            if (pool != null) {
                pool.shutdown();
                pool = null;
            }
        }
        if (changed || renderer == null || !config.print().equals(print)) {
            print = config.print();
            renderer = ReportRenderer.of(layouts, fonts, options, print);
        }
        return new Warm(layouts, fonts, reader, renderer);
    }

    /** The rendering threads: as many as the options say and, for PDFs, the memory allows; kept while busy. */
    ExecutorService pool() {
        if (pool == null) {
            int threads = RenderMemory.jobs(options.jobs(), options.pdf(), Runtime.getRuntime().maxMemory());
            pool = new ThreadPoolExecutor(threads, threads, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        // deep Markdown nesting recurses in the parser; give it room rather than a crash
                        Thread t = new Thread(null, r, "baogao-render", 16L * 1024 * 1024);
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }

    /** Lets the rendering threads go. */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
        pool = null;
    }
}
