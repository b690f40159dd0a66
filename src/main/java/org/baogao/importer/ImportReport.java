package org.baogao.importer;

import java.nio.file.Path;
import java.util.List;

import org.baogao.text.Invocation;
import org.baogao.text.Messages;

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
        String indent = "  ";
        String comma = Messages.get("list.separator");
        out.add(Messages.get("import.line.imported", input, output));
        out.add(indent + Messages.get("import.line.read-as", format));
        out.add(indent + (titleLine > 0 ? Messages.get("import.line.title-at", titleLine, title)
                : Messages.get("import.line.title", title)));
        out.add(indent + Messages.get("import.line.type", type, typeReason));
        out.add(indent + Messages.get("import.line.structure", level1, level2)
                + (runIn > 0 ? Messages.get("import.line.run-in", runIn) : ""));
        out.add(indent + Messages.get("import.line.changed",
                changes.isEmpty() ? Messages.get("import.line.nothing") : String.join(comma, changes)));
        if (!inferred.isEmpty()) out.add(indent + Messages.get("import.line.from-signature", String.join(comma, inferred)));
        if (!toFill.isEmpty()) out.add(indent + Messages.get("import.line.to-fill", String.join(comma, toFill)));
        if (!notImported.isEmpty()) {
            out.add(indent + Messages.get("import.line.not-imported", String.join(Messages.get("import.line.separator"),
                    notImported)));
        }
        if (errors() > 0) out.add(indent + Messages.get("import.line.left", errors(), Invocation.command(), output));
        return out;
    }
}
