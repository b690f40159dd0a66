package org.baogao.site;

import java.util.HexFormat;
import java.util.regex.Pattern;

import org.baogao.config.TaxonomyField;
import org.baogao.hash.Sha256;

/**
 * Where the archive's own pages are, relative to the site root. They live below {@code browse/} so
 * that they cannot collide with the reports' pages, which mirror the content folder.
 */
public final class SitePaths {

    public static final String BROWSE = "browse";
    public static final String HOME = "index.html";
    public static final String ALL = BROWSE + "/index.html";
    public static final String SEARCH = "search.html";
    public static final String SEARCH_INDEX = "search-index.js";

    /** Names that are safe as file names everywhere, including case-insensitive Windows shares. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    private SitePaths() {}

    /** The page listing every value of a taxonomy. */
    public static String overview(TaxonomyField field) {
        return BROWSE + "/" + field.key() + "/index.html";
    }

    /** The page listing the reports with one value of a taxonomy. */
    public static String term(TaxonomyField field, String value) {
        return BROWSE + "/" + field.key() + "/" + slug(value) + ".html";
    }

    /** The bound volume (汇编) of the reports with one value of a taxonomy, beside its listing page. */
    public static String volume(TaxonomyField field, String value) {
        return BROWSE + "/" + field.key() + "/" + slug(value) + ".pdf";
    }

    /**
     * A file name for a value. Years and type names are used as they are; Chinese names become a
     * short hash, because archives are copied with zip tools and shares that mangle non-ASCII names.
     * The hash keeps the name stable from one build to the next, so bookmarks keep working.
     */
    static String slug(String value) {
        if (PLAIN.matcher(value).matches() && !value.equals("index")) return value;
        return "t" + HexFormat.of().formatHex(Sha256.digest(value), 0, 6);
    }

    /**
     * A path as a relative URL: the characters that would end it ({@code #}, {@code ?}), escape
     * ({@code %}), split it (space) or that a browser drops or turns into others (tab, line ends
     * and other control characters, backslash) are percent-encoded; Chinese is left as it is, which browsers
     * accept and people can read.
     */
    public static String href(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            switch (c) {
                case '%' -> out.append("%25");
                case '#' -> out.append("%23");
                case '?' -> out.append("%3F");
                case ' ' -> out.append("%20");
                // a browser reads a backslash as a slash
                case '\\' -> out.append("%5C");
                // a tab or line end in a file name: an HTML parser drops them from a URL
                default -> {
                    if (c < 0x20 || c == 0x7F) out.append(String.format("%%%02X", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** The relative path from a page to the site root: {@code browse/unit/x.html} → {@code ../../}. */
    public static String rootOf(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }
}
