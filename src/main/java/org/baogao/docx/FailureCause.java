package org.baogao.docx;

import org.baogao.text.Messages;

/**
 * Why POI could not read or write a document, in words for the writer: the innermost cause's
 * message without Java class names; a programming error inside POI (a null, a bad cast, a bad
 * argument) on a damaged file says only that the file is damaged. For the Word templates here and
 * for the drafts {@code import} reads.
 */
public final class FailureCause {

    private FailureCause() {}

    public static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        if (m == null || m.isBlank() || root instanceof NullPointerException || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException || root instanceof IllegalArgumentException) {
            return Messages.get("docx.damaged");
        }
        m = m.replaceAll("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "").strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
