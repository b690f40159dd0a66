package org.baogao.logs;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.XRLog;

/**
 * The libraries' own logging, switched off once, before any of them is loaded: no library log
 * line ever reaches the user. FontBox warns about every font it scans that it cannot name
 * (about 70 lines on a machine with the URW base-35 fonts), PDFBox and OpenHTMLtoPDF about every
 * missing glyph and CSS quirk, and Log4j without a backend about itself; what matters reaches us
 * as exceptions and the renderer's diagnostics instead. Every command calls {@link #silence()}
 * first, and so does the tests' setup.
 */
public final class LibraryLogs {

    // java.util.logging keeps loggers weakly: without these references the level is forgotten
    private static final List<Logger> KEEP;

    static {
        // commons-logging 1.3 (PDFBox, FontBox) sends its logging to the Log4j API as soon as POI
        // puts it on the class path; this keeps it on java.util.logging, switched off below
        setIfUnset("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        // POI logs through the Log4j API; without a backend Log4j complains on stderr at the first
        // document. Its simple logger, switched off, says nothing.
        setIfUnset("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfUnset("log4j2.simplelogLevel", "OFF");
        setIfUnset("log4j2.statusLoggerLevel", "OFF");
        KEEP = List.of(
                Logger.getLogger("org.apache.pdfbox"),
                Logger.getLogger("org.apache.fontbox"),
                Logger.getLogger("com.openhtmltopdf"));
        for (Logger l : KEEP) l.setLevel(Level.OFF);
        XRLog.setLoggingEnabled(false);
    }

    private LibraryLogs() {}

    /** Switches the libraries' logging off; the first call does the work, later ones nothing. */
    public static void silence() {
        // the static initialiser did the work
    }

    private static void setIfUnset(String property, String value) {
        if (System.getProperty(property) == null) System.setProperty(property, value);
    }
}
