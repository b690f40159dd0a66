package org.baogao.serve;

import java.util.List;

import org.baogao.content.Problem;
import org.baogao.text.Messages;

/**
 * What the preview shows besides the built pages: a failed report's errors in place of its page,
 * the problems of a built report in a box above it, and the script that reloads the page when it
 * is rebuilt. These go into the served responses only, never into the built files.
 */
final class ErrorPage {

    private static final String SCRIPT_TAG = "<script src=\"" + SiteRequests.SCRIPT + "\"></script>";
    private static final String BOX_STYLE = "style=\"margin:1em;padding:.5em 1em;border:2px solid #b00;"
            + "background:#fff4f4;color:#600;font:14px/1.5 monospace;white-space:pre-wrap\"";

    private ErrorPage() {}

    static String render(String page, List<Problem> problems, String siteError) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"").append(Messages.get("serve.page.lang"))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(Messages.get("serve.page.failed-title")))
                .append("</title></head><body>");
        s.append("<h1 style=\"font:bold 20px sans-serif;margin:1em\">").append(escape(Messages.get("serve.page.failed", page)))
                .append("</h1>");
        s.append(box(problems, siteError));
        s.append("<p style=\"margin:1em;font:14px sans-serif\">").append(escape(Messages.get("serve.page.save-to-reload")))
                .append("</p>");
        return s.append(SCRIPT_TAG).append("</body></html>").toString();
    }

    static String notFound(String path) {
        return "<!DOCTYPE html><html lang=\"" + Messages.get("serve.page.lang") + "\"><head><meta charset=\"utf-8\">"
                + "<title>404</title></head><body><p style=\"margin:1em;font:14px sans-serif\">"
                + escape(Messages.get("serve.page.not-found", path)) + " · <a href=\"/index.html\">"
                + escape(Messages.get("serve.page.home")) + "</a></p>" + SCRIPT_TAG + "</body></html>";
    }

    /** The built page, with the problems box after {@code <body>} and the reload script before {@code </body>}. */
    static String inject(String html, List<Problem> problems, String siteError) {
        String box = problems.isEmpty() && siteError == null ? "" : box(problems, siteError);
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        String out = open < 0 ? box + html : html.substring(0, open + 1) + box + html.substring(open + 1);
        int close = out.lastIndexOf("</body>");
        return close < 0 ? out + SCRIPT_TAG : out.substring(0, close) + SCRIPT_TAG + out.substring(close);
    }

    private static String box(List<Problem> problems, String siteError) {
        StringBuilder s = new StringBuilder("<div class=\"baogao-problems\" ").append(BOX_STYLE).append('>');
        if (siteError != null) s.append(escape(Messages.get("serve.page.site-failed", siteError))).append('\n');
        for (Problem p : problems) s.append(escape(p.toString())).append('\n');
        return s.append("</div>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
