package org.baogao.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did to one draft and what it inferred, for the person who checks the result.
 *
 * @param input     the draft, untouched
 * @param output    the report written
 * @param format    how the draft was read
 * @param title     the title, and {@code titleLine} where it was found (0: a Word document)
 * @param type      the type, and {@code typeReason} why
 * @param level1    level-1 headings recognised
 * @param level2    level-2 headings recognised
 * @param runIn     headings kept run into their paragraph
 * @param changes   each kind of change made, with how often: {@code masked-word ×4}
 * @param inferred  front matter fields taken from the draft's signature: {@code author: 李明}
 * @param toFill    front matter fields left empty for the writer
 * @param left      what 'baogao lint' still finds at error level (placeholders…), as it prints it
 * @param notImported what the draft holds that the report does not (pictures, footnotes…), to add by hand
 */
public record ImportReport(Path input, Path output, String format, String title, int titleLine, String type,
        String typeReason, int level1, int level2, int runIn, List<String> changes, List<String> inferred,
        List<String> toFill, List<String> left, List<String> notImported) {

    public ImportReport {
        changes = List.copyOf(changes);
        inferred = List.copyOf(inferred);
        toFill = List.copyOf(toFill);
        left = List.copyOf(left);
        notImported = List.copyOf(notImported);
    }

    /** How many errors lint still finds. */
    public int errors() {
        return left.size();
    }

    /** The report as printed by {@code baogao import}, one fact per line. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        out.add("imported " + input + " → " + output);
        out.add("  read as " + format);
        out.add("  title" + (titleLine > 0 ? " (line " + titleLine + ")" : "") + ": " + title);
        out.add("  type " + type + ": " + typeReason);
        out.add("  structure: " + level1 + " level-1 and " + level2 + " level-2 headings"
                + (runIn > 0 ? "; " + runIn + " run into their paragraph, kept so" : ""));
        out.add("  changed: " + (changes.isEmpty() ? "nothing" : String.join(", ", changes)));
        if (!inferred.isEmpty()) out.add("  from the signature: " + String.join(", ", inferred));
        if (!toFill.isEmpty()) out.add("  front matter to fill in: " + String.join(", ", toFill));
        if (!notImported.isEmpty()) {
            out.add("  not imported, add by hand if needed: " + String.join("; ", notImported));
        }
        if (errors() > 0) {
            out.add("  left for you: " + errors() + (errors() == 1 ? " error" : " errors")
                    + " (placeholders such as xx): baogao lint " + output);
        }
        return out;
    }
}
