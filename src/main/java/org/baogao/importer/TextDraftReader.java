package org.baogao.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.baogao.chinese.Numbering;
import org.baogao.content.Source;
import org.baogao.text.Messages;

/**
 * A plain-text or loose-Markdown draft into blocks. Drafts copied out of Word have one paragraph
 * per line and hardly any blank lines; Markdown drafts separate paragraphs with blank lines and may
 * wrap a paragraph over several lines. Which of the two a draft is shows in how many of its lines
 * are separated by blank lines, and decides whether consecutive lines are one paragraph.
 */
final class TextDraftReader {

    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+\\S");
    private static final Pattern ATX = Pattern.compile("^#{1,6}\\s+\\S.*");

    private TextDraftReader() {}

    static Draft read(Path file, Source source, boolean crlf) {
        String[] lines = source.text().split("\n", -1);
        boolean markdown = separatedByBlankLines(lines);
        List<DraftBlock> blocks = new ArrayList<>();
        StringBuilder current = null;
        DraftBlock.Kind kind = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = indentStripped(lines[i]);
            int number = i + 1;
            if (line.isEmpty()) {
                flush(blocks, current, kind, start);
                current = null;
                continue;
            }
            boolean table = line.startsWith("|");
            boolean bullet = BULLET.matcher(line).find();
            if ((table || bullet) && kind == DraftBlock.Kind.VERBATIM && current != null) {
                current.append('\n').append(line);
                continue;
            }
            if (table || bullet) {
                flush(blocks, current, kind, start);
                current = new StringBuilder(line);
                kind = DraftBlock.Kind.VERBATIM;
                start = number;
                continue;
            }
            if (ATX.matcher(line).matches()) {
                flush(blocks, current, kind, start);
                current = null;
                blocks.add(new DraftBlock(line.replaceFirst("^#+\\s+", "").replaceFirst("\\s+#+$", ""),
                        DraftBlock.Kind.PARAGRAPH, number, true));
                continue;
            }
            if (current != null && kind == DraftBlock.Kind.PARAGRAPH && markdown && !startsNumbered(line)) {
                join(current, line);
                continue;
            }
            flush(blocks, current, kind, start);
            current = new StringBuilder(line);
            kind = DraftBlock.Kind.PARAGRAPH;
            start = number;
        }
        flush(blocks, current, kind, start);
        String format = Messages.get("import.format.text", source.encoding(), crlf ? "CRLF" : "LF",
                Messages.get(markdown ? "import.format.blank-lines" : "import.format.one-per-line"));
        return new Draft(file, format, blocks);
    }

    /** Whether blank lines separate most lines from each other: the draft is Markdown-like. */
    static boolean separatedByBlankLines(String[] lines) {
        int content = 0;
        int separators = 0;
        boolean seenContent = false;
        boolean pendingBlank = false;
        for (String l : lines) {
            if (indentStripped(l).isEmpty()) {
                pendingBlank = seenContent;
            } else {
                if (pendingBlank) separators++;
                pendingBlank = false;
                seenContent = true;
                content++;
            }
        }
        return content > 1 && separators * 2 >= content - 1;
    }

    /** Chinese drafts indent first lines with ideographic or non-breaking spaces; none of it is content. */
    static String indentStripped(String line) {
        int i = 0;
        while (i < line.length() && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u3000'
                || line.charAt(i) == '\u00A0' || line.charAt(i) == '\uFEFF')) i++;
        return line.substring(i).stripTrailing();
    }

    private static boolean startsNumbered(String line) {
        return Numbering.levelOf(line.replaceFirst("^[*_]+", "")) > 0;
    }

    private static void flush(List<DraftBlock> blocks, StringBuilder current, DraftBlock.Kind kind, int start) {
        if (current != null) blocks.add(new DraftBlock(current.toString(), kind, start, false));
    }

    /** Lines of one paragraph join without a space between Chinese, as the renderer would print them. */
    private static void join(StringBuilder paragraph, String line) {
        char last = paragraph.charAt(paragraph.length() - 1);
        if (!isWide(last) && !isWide(line.charAt(0))) paragraph.append(' ');
        paragraph.append(line);
    }

    static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x3000 && c <= 0x303F || "“”‘’…—".indexOf(c) >= 0 || Character.isSurrogate(c);
    }
}
