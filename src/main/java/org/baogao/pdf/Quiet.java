package org.baogao.pdf;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.XRLog;

/**
 * Silences the libraries' own logging: PDFBox and OpenHTMLtoPDF log every missing glyph and CSS
 * quirk, which drowns the build's messages. What matters reaches us as diagnostics instead.
 */
final class Quiet {

    // java.util.logging keeps loggers weakly: without these references the level is forgotten
    private static final List<Logger> KEEP = List.of(
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("com.openhtmltopdf"));

    static {
        for (Logger l : KEEP) l.setLevel(Level.OFF);
        XRLog.setLoggingEnabled(false);
    }

    private Quiet() {}

    static void init() {
        // the static initialiser did the work
    }
}
