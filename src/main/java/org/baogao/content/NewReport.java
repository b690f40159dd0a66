package org.baogao.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.text.Messages;
import org.baogao.files.WholeFile;

/**
 * A new report from its type's skeleton: the skeleton's fields filled from what the user gave, its
 * patterns ({@code {post}{author}{meeting}对照检查材料}) resolved, written to
 * {@code content/<year>/<slug>.md}. An existing file is never overwritten.
 *
 * <p>Besides the fields, a pattern may use {@code {today}} (the ISO date) and {@code {year}}, the
 * year a meeting reviews: a meeting held in the first half of a year reviews the year before.
 *
 * @param skeleton the type's skeleton
 * @param fields   the front matter, in the skeleton's order, values resolved
 * @param body     the body, patterns resolved
 * @param year     the year folder: the year the meeting names, else the date's
 */
public record NewReport(Skeleton skeleton, List<Skeleton.Field> fields, String body, int year) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_]+)}");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");

    public NewReport {
        fields = List.copyOf(fields);
    }

    /**
     * @param given values by field name; a blank or missing one takes the skeleton's default
     * @throws ReportException when the date is not a date
     */
    public static NewReport fill(Skeleton skeleton, Map<String, String> given, LocalDate today) throws ReportException {
        Map<String, String> vars = new LinkedHashMap<>();
        for (Skeleton.Field f : skeleton.fields()) {
            String v = given.get(f.key());
            vars.put(f.key(), v != null && !v.isBlank() ? v.strip() : f.value());
        }
        vars.put("today", today.toString());
        String dateText = substitute(vars.getOrDefault("date", "{today}"), vars).strip();
        LocalDate date = today;
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new ReportException(Problem.error(skeleton.file(), 0, Messages.get("new.bad-date", dateText, today)));
            }
        }
        if (vars.containsKey("date")) vars.put("date", dateText);
        vars.put("year", String.valueOf(date.getMonthValue() <= 6 ? date.getYear() - 1 : date.getYear()));
        // patterns may name each other (title names meeting, meeting names year)
        for (int pass = 0; pass < 3; pass++) vars.replaceAll((k, v) -> substitute(v, vars));
        List<Skeleton.Field> fields = new ArrayList<>();
        for (Skeleton.Field f : skeleton.fields()) fields.add(new Skeleton.Field(f.key(), vars.get(f.key())));
        String meeting = vars.getOrDefault("meeting", "");
        Matcher y = YEAR.matcher(meeting);
        int year = y.find() ? Integer.parseInt(y.group(1)) : date.getYear();
        return new NewReport(skeleton, fields, substitute(skeleton.body(), vars), year);
    }

    private static String substitute(String s, Map<String, String> vars) {
        if (s == null) return "";
        return VARIABLE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                vars.containsKey(m.group(1)) ? vars.get(m.group(1)) : m.group()));
    }

    public String value(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(Skeleton.Field::value).findFirst().orElse("");
    }

    /** The report's text: front matter, then body. */
    public String text() {
        return FrontMatterWriter.write(fields) + "\n" + body.stripLeading();
    }

    /** {@code content/<year>/<slug>.md}. */
    public Path target(Path content, String slug) {
        return content.resolve(String.valueOf(year)).resolve(slug + ".md");
    }

    /**
     * Writes the report to {@code file}, which must not exist.
     *
     * @throws FileAlreadyExistsException when it does: nothing is overwritten
     */
    public void write(Path file) throws IOException {
        WholeFile.create(file, text().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file name from a person's or unit's name: path separators and the characters Windows
     * forbids are dropped, spaces become hyphens. Empty when nothing usable is left.
     */
    public static String slug(String name) {
        String s = name == null ? "" : name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").replaceAll("\\s+", "-");
        while (s.startsWith(".")) s = s.substring(1);
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
