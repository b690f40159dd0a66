package org.baogao.docx;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Word output tells the user, in one place until the project's message catalogue takes
 * them. Each names the file and says what to do.
 */
final class DocxMessages {

    private DocxMessages() {}

    static String templateNotWord(Path file, String cause) {
        return file + ": not a usable Word template (" + cause + "); open it in Word or WPS and save it again as"
                + " .docx (Word 2007 or later), or remove it to use baogao's own layout";
    }

    static String templateUnreadable(Path file, String cause) {
        return file + ": the Word template cannot be read: " + cause;
    }

    static String templateTooLarge(Path file, long max) {
        return file + ": the Word template is larger than " + max / (1024 * 1024) + " MB; a template holds styles and"
                + " a page setup, not content: save an empty document with them";
    }

    static String styleMissing(Path file, WordStyle style, List<String> missing) {
        String others = missing.size() > 1 ? " (it lacks " + missing.size() + " of baogao's styles: "
                + String.join("、", missing) + ")" : "";
        return file + ": the Word template has no " + (style.kind() == WordStyle.Kind.CHARACTER ? "character" : "paragraph")
                + " style named '" + style.styleName() + "', which this report needs" + others
                + "; start from a .docx that baogao wrote, which has every style, and change the styles there";
    }

    /** Why POI could not read a document, in words: the innermost cause, without Java class names. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        if (m == null || m.isBlank() || root instanceof NullPointerException || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException) {
            return "its contents are damaged";
        }
        m = m.replaceAll("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "").strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
