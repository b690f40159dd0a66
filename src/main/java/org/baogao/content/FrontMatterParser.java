package org.baogao.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.text.Messages;

/**
 * Splits a source into YAML front matter and Markdown body and binds the YAML to {@link FrontMatter}.
 *
 * <p>The YAML is composed into a node tree, never constructed into objects: no tags, no classes, and
 * every value keeps its line so that a wrong field is reported where it is. A file without front
 * matter still reads: its title comes from the first {@code #} heading or first line, its type from
 * the title, and a warning says what was inferred.
 */
public final class FrontMatterParser {

    /** Front matter larger than this is not metadata. */
    public static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    /** The keys a report's front matter may have, as written in YAML. */
    public static final Set<String> KNOWN_KEYS = Set.of(
            "title", "type", "author", "post", "unit", "meeting", "date", "tags", "draft", "marking",
            "signature", "page-numbers", "cover", "bold-levels", "outputs", "closing", "order", "year");

    private static final Pattern GROUP_TITLE = Pattern.compile("班子|常委会");
    private static final Pattern ATX_TITLE = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");

    public Report parse(Source source) throws ReportException {
        Path file = source.file();
        String text = source.text();
        List<Problem> warnings = new ArrayList<>();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return inferred(source, text, 1, warnings, null);
        }
        int close = findClosingFence(text);
        if (close < 0) {
            throw new ReportException(Problem.error(file, 1, Messages.get("front-matter.not-closed")));
        }
        String yaml = text.substring(4, close);
        int afterFence = text.indexOf('\n', close);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        // the line after the closing fence, also when the file ends on the fence without a newline
        int bodyLine = countLines(text, close) + 2;
        FrontMatterFields fields = FrontMatterFields.bind(file, yaml, warnings);
        if (fields.title == null) {
            return inferred(source, body, bodyLine, warnings, fields);
        }
        String type = fields.type;
        if (type == null) {
            type = inferType(fields.title);
            warnings.add(Problem.warning(file, 1, Messages.get("front-matter.type-inferred", type)));
        }
        FrontMatter meta = fields.toFrontMatter(fields.title, type);
        Stripped stripped = stripLeadingTitle(body, bodyLine, meta.title());
        return new Report(source, meta, stripped.body, stripped.line, warnings);
    }

    /** Title from the first {@code #} heading or line; type from the title. */
    private Report inferred(Source source, String body, int bodyLine, List<Problem> warnings, FrontMatterFields fields)
            throws ReportException {
        String[] lines = body.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i == lines.length) {
            throw new ReportException(Problem.error(source.file(), bodyLine, Messages.get("front-matter.no-text")));
        }
        Matcher atx = ATX_TITLE.matcher(lines[i].strip());
        String title = atx.matches() ? atx.group(1).strip() : stripEmphasis(lines[i].strip());
        String rest = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
        String type = fields != null && fields.type != null ? fields.type : inferType(title);
        warnings.add(Problem.warning(source.file(), bodyLine + i, fields != null && fields.type != null
                ? Messages.get("front-matter.title-inferred", bodyLine + i)
                : Messages.get("front-matter.title-and-type-inferred", bodyLine + i, type)));
        FrontMatter meta = fields == null
                ? new FrontMatter(title, type, null, null, null, null, null, List.of(), false, null)
                : fields.toFrontMatter(title, type);
        return new Report(source, meta, rest, bodyLine + i + 1, warnings);
    }

    /** A group report names the body in its title: 区委常委班子, 常委会. */
    public static String inferType(String title) {
        return GROUP_TITLE.matcher(title).find() ? "group" : "individual";
    }

    private static String stripEmphasis(String line) {
        String s = line;
        while (s.length() > 4 && s.startsWith("**") && s.endsWith("**")) s = s.substring(2, s.length() - 2).strip();
        return s;
    }

    private record Stripped(String body, int line) {}

    /** A body that repeats the title as its first heading would print it twice. */
    private static Stripped stripLeadingTitle(String body, int bodyLine, String title) {
        int i = 0;
        int line = bodyLine;
        while (i < body.length()) {
            int end = body.indexOf('\n', i);
            String l = (end < 0 ? body.substring(i) : body.substring(i, end)).strip();
            if (!l.isEmpty()) {
                Matcher atx = ATX_TITLE.matcher(l);
                if (atx.matches() && atx.group(1).strip().equals(title)) {
                    return new Stripped(end < 0 ? "" : body.substring(end + 1), line + 1);
                }
                break;
            }
            if (end < 0) break;
            i = end + 1;
            line++;
        }
        return new Stripped(body, bodyLine);
    }

    private static int findClosingFence(String text) {
        int i = 4;
        while (i <= text.length()) {
            int end = text.indexOf('\n', i);
            String line = end < 0 ? text.substring(i) : text.substring(i, end);
            String l = line.stripTrailing();
            if (l.equals("---") || l.equals("...")) return i;
            if (end < 0 || i > MAX_FRONT_MATTER_CHARS) return -1;
            i = end + 1;
        }
        return -1;
    }

    private static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
