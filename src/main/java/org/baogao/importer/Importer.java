package org.baogao.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baogao.content.FrontMatterWriter;
import org.baogao.content.NewReport;
import org.baogao.content.ReportException;
import org.baogao.content.UnreadableFileException;
import org.baogao.content.Skeleton;
import org.baogao.content.Source;
import org.baogao.content.SourceReader;
import org.baogao.lint.Fixer;
import org.baogao.lint.Glossary;
import org.baogao.lint.LintSettings;
import org.baogao.lint.Linter;
import org.baogao.lint.Rule;
import org.baogao.text.Causes;
import org.baogao.text.Messages;
import org.baogao.files.WholeFile;

/**
 * Turns a draft as it circulates (plain text in any of the encodings offices use, loose Markdown,
 * or a Word document) into a clean report: front matter with the title and the inferred type, the
 * Chinese numbering as Markdown headings, and the linter's safe fixes applied (masked words,
 * quotes, the form of numbers). The input is only read; the output never replaces a file unless
 * asked to, and never the input itself.
 */
public final class Importer {

    /** Word documents with pictures are larger than text; this is still far above any report. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private final LintSettings settings;
    private final Linter linter;
    private final SourceReader reader = new SourceReader();

    public Importer(LintSettings settings) {
        this.settings = settings;
        this.linter = new Linter(settings);
    }

    /** Where a draft is written: {@code <out>/<its name>.md}. */
    public static Path target(Path input, Path outDir) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = NewReport.slug(dot > 0 ? name.substring(0, dot) : name);
        return outDir.resolve((stem.isEmpty() ? "imported" : stem) + ".md");
    }

    public ImportReport importFile(Path input, Path outDir, boolean force) throws ImportException {
        Path output = target(input, outDir);
        checkTarget(input, output, force);
        Draft draft = read(input);
        Composed composed = MarkdownComposer.compose(draft);
        if (composed.title().isEmpty() && composed.body().isBlank()) {
            throw new ImportException(Messages.get("import.no-text", input));
        }
        String title = composed.title().isEmpty() ? input.getFileName().toString() : composed.title();
        TypeGuess type = TypeGuess.of(title, composed.body());

        List<Skeleton.Field> fields = new ArrayList<>();
        List<String> inferred = new ArrayList<>();
        List<String> toFill = new ArrayList<>();
        FoundFields found = composed.found();
        List<String> keys = fieldsOf(type.type());
        for (String key : keys) {
            // the tags, a list, follow the fields with one value
            if (key.equals("tags")) continue;
            String value = switch (key) {
                case "title" -> title;
                case "type" -> type.type();
                default -> found.value(key);
            };
            if (value != null && FoundFields.KEYS.contains(key)) inferred.add(key + ": " + value);
            if (value == null && !Skeleton.OPTIONAL.contains(key)) toFill.add(key);
            if (value != null || !Skeleton.OPTIONAL.contains(key)) fields.add(new Skeleton.Field(key, value));
        }
        // what the draft says that its type's skeleton has no line for (a handling mark, a closing line)
        for (String key : FoundFields.KEYS) {
            String value = found.value(key);
            if (keys.contains(key) || value == null) continue;
            inferred.add(key + ": " + value);
            fields.add(new Skeleton.Field(key, value));
        }
        if (!found.document().tags().isEmpty()) fields.add(Skeleton.Field.list("tags", found.document().tags()));
        String text = FrontMatterWriter.write(fields) + "\n" + composed.body();

        Map<String, Integer> unmasked = new LinkedHashMap<>();
        for (Glossary.Match m : settings.glossary().find(text)) {
            unmasked.merge(m.masked() + " → " + m.word(), 1, Integer::sum);
        }
        Fixer.Fixed fixed = new Fixer(linter).fix(new Source(output, output.getFileName().toString(), text, "UTF-8"));
        List<String> changes = new ArrayList<>();
        unmasked.forEach((what, n) -> changes.add(what + " ×" + n));
        if (composed.renumbered() > 0) changes.add(Messages.get("import.change.renumbered") + " ×" + composed.renumbered());
        fixed.applied().forEach((rule, n) -> {
            if (rule == Rule.MASKED_WORD) return;
            changes.add(describe(rule) + " ×" + n);
        });
        write(output, fixed.text(), force);
        return new ImportReport(input, output, draft.format(), unmask(title), composed.titleLine(), type.type(),
                type.reason(), composed.level1(), composed.level2(), composed.runIn(), changes, inferred, toFill,
                fixed.after().findings().stream().filter(f -> f.isError()).map(Object::toString).toList(), draft.left());
    }

    private String unmask(String s) {
        return settings.glossary().unmask(s);
    }

    private static String describe(Rule rule) {
        return switch (rule) {
            case ASCII_QUOTES -> "\"…\" → “…”";
            case ASCII_PUNCTUATION -> Messages.get("import.change.ascii-punctuation");
            case HALF_WIDTH_PARENTHESES -> "(…) → （…）";
            case NUMBERING_PUNCTUATION -> Messages.get("import.change.numbering");
            default -> rule.id();
        };
    }

    private List<String> fieldsOf(String type) {
        try {
            Optional<Skeleton> s = settings.templates() == null ? Optional.empty() : Skeleton.find(settings.templates(), type);
            if (s.isPresent()) return s.get().keys();
        } catch (ReportException e) {
            // a broken skeleton: the fields every report has will do
        }
        return List.of("title", "type", "author", "date");
    }

    private Draft read(Path input) throws ImportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(input)) throw new ImportException(Messages.get("import.folder", input));
            if (!Files.isRegularFile(input)) throw new ImportException(Messages.get("import.no-such-file", input));
            if (Files.size(input) > MAX_BYTES) {
                throw new ImportException(Messages.get("import.too-big", input, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(input);
        } catch (IOException e) {
            throw new ImportException(Messages.get("import.unreadable", input, Causes.of(e)), e);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) return DocxDraftReader.read(input, bytes);
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportException(Messages.get("import.doc", input));
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            throw new ImportException(Messages.get("import.rtf", input));
        }
        Source source;
        try {
            source = reader.decode(input, input.getFileName().toString(), bytes);
        } catch (UnreadableFileException e) {
            // a binary file that is neither Word format above: the build's advice (import it) does not apply
            String why = e.reason() == UnreadableFileException.Reason.BINARY ? Messages.get("import.not-text") : e.problem().message();
            throw new ImportException(Messages.get("import.failed", input, why), e);
        }
        return TextDraftReader.read(input, source, new String(bytes, 0, Math.min(bytes.length, 1 << 16),
                StandardCharsets.ISO_8859_1).contains("\r\n"));
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((bytes[i] & 0xFF) != magic[i]) return false;
        return true;
    }

    private static void checkTarget(Path input, Path output, boolean force) throws ImportException {
        try {
            if (Files.exists(output) && Files.isSameFile(input, output)) {
                throw new ImportException(Messages.get("import.replaces-draft", input));
            }
        } catch (IOException e) {
            throw new ImportException(Messages.get("import.cannot-check", output, Causes.of(e)), e);
        }
        if (Files.exists(output) && !force) {
            throw new ImportException(Messages.get("import.exists", output));
        }
    }

    /** Through a temporary file, so that an interrupted import leaves no half report. */
    private static void write(Path output, String text, boolean force) throws ImportException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (force) WholeFile.replace(output, bytes);
            else WholeFile.create(output, bytes);
        } catch (FileAlreadyExistsException e) {
            throw new ImportException(Messages.get("import.exists", output), e);
        } catch (IOException e) {
            throw new ImportException(Messages.get("import.cannot-write", output, Causes.of(e)), e);
        }
    }
}
