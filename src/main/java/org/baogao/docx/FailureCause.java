package org.baogao.docx;

import org.baogao.text.Messages;

/** Why POI could not read or write a document, in words: the innermost cause, without Java class names. */
final class FailureCause {

    private FailureCause() {}

    static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        if (m == null || m.isBlank() || root instanceof NullPointerException || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException) {
            return Messages.get("docx.damaged");
        }
        m = m.replaceAll("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "").strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
