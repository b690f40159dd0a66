package org.baogao.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The build cache, {@code .baogao/cache.tsv} in the output folder: what the last build made of
 * each report and of the archive's pages, and the keys of their inputs, so that the next build
 * redoes only what changed. It is written into the staging folder with the rest of the archive,
 * so it always describes the archive beside it. A missing, foreign or damaged cache is ignored:
 * the build is then a full one.
 *
 * <p>A tab-separated text file: a header with the format's version, then one row per line, its
 * first field naming what it is. Tabs, line ends and backslashes in fields are escaped.
 */
final class BuildCache {

    static final String FOLDER = ".baogao";
    static final String FILE = FOLDER + "/cache.tsv";
    static final String TEXTS = FOLDER + "/text/";
    private static final String HEADER = "baogao build cache\t5";

    /** The key of everything every report depends on: version, settings, fonts, options. */
    final String settingsKey;
    /** Its parts, {@link SettingsKey#UNKNOWN} in a cache written before they were kept. */
    final SettingsKey settings;
    /** The key of the archive's page templates and assets. */
    final String siteKey;
    /** The key of the archive's pages: the site key and every published report's metadata. */
    final String archiveKey;
    /** The key of the search index: every published report's metadata and text. */
    final String indexKey;
    /** The archive's own pages, as written by the last build, with the key of what each shows. */
    final Map<String, String> archiveFiles;
    /** The meetings' bound volumes, as written by the last build, with the key of what each binds and where its reports are. */
    final Map<String, org.baogao.volume.BoundVolume> volumeFiles;
    final Map<String, CachedReport> reports;
    /** The templates that rendering each template used, as FreeMarker looked them up: what the template keys cover. */
    final Map<String, Set<String>> templatesUsed;

    BuildCache(String settingsKey, String siteKey, String archiveKey, String indexKey, Map<String, String> archiveFiles,
            Map<String, CachedReport> reports) {
        this(settingsKey, siteKey, archiveKey, indexKey, archiveFiles, Map.of(), reports, Map.of());
    }

    BuildCache(String settingsKey, String siteKey, String archiveKey, String indexKey, Map<String, String> archiveFiles,
            Map<String, org.baogao.volume.BoundVolume> volumeFiles, Map<String, CachedReport> reports,
            Map<String, Set<String>> templatesUsed) {
        this(settingsKey, SettingsKey.UNKNOWN, siteKey, archiveKey, indexKey, archiveFiles, volumeFiles, reports, templatesUsed);
    }

    BuildCache(String settingsKey, SettingsKey settings, String siteKey, String archiveKey, String indexKey,
            Map<String, String> archiveFiles, Map<String, org.baogao.volume.BoundVolume> volumeFiles,
            Map<String, CachedReport> reports, Map<String, Set<String>> templatesUsed) {
        this.settingsKey = settingsKey;
        this.settings = settings;
        this.siteKey = siteKey;
        this.archiveKey = archiveKey;
        this.indexKey = indexKey;
        this.archiveFiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(archiveFiles));
        this.volumeFiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(volumeFiles));
        this.reports = Map.copyOf(reports);
        this.templatesUsed = java.util.Collections.unmodifiableMap(new TreeMap<>(templatesUsed));
    }

    static final BuildCache EMPTY = new BuildCache("", "", "", "", Map.of(), Map.of(), Map.of(), Map.of());

    /** The cache of the archive in {@code site}, or {@link #EMPTY} when there is none that this version can read. */
    static BuildCache read(Path site) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) return EMPTY;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return EMPTY;
            String settings = "", site2 = "", archive = "", index = "";
            SettingsKey parts = SettingsKey.UNKNOWN;
            Map<String, String> files = new LinkedHashMap<>();
            Map<String, org.baogao.volume.BoundVolume> volumes = new LinkedHashMap<>();
            Map<String, CachedReport> reports = new LinkedHashMap<>();
            Map<String, Set<String>> used = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) f[i] = unescape(f[i]);
                switch (f[0]) {
                    case "settings" -> {
                        settings = f[1];
                        // the parts follow the key since they are kept; a cache of before has the key alone
                        if (f.length == 8) parts = new SettingsKey(f[2], f[3], f[4], Boolean.parseBoolean(f[5]), f[6], f[7]);
                    }
                    case "site" -> site2 = f[1];
                    case "archive" -> {
                        archive = f[1];
                        index = f[2];
                    }
                    case "file" -> files.put(f[1], f[2]);
                    case "volume" -> volumes.put(f[1], volume(f));
                    case "report" -> {
                        CachedReport r = new CachedReport(f[1], f[2],
                                CachedReport.State.valueOf(f[3].toUpperCase(java.util.Locale.ROOT)), f[4], f[5], f[6], f[7],
                                f[8], Integer.parseInt(f[9]), Long.parseLong(f[10]), f[11], f[12], f[13], Long.parseLong(f[14]));
                        reports.put(r.relative(), r);
                    }
                    case "uses" -> used.put(f[1], new TreeSet<>(List.of(f).subList(2, f.length)));
                    default -> throw new IllegalArgumentException("unknown row " + f[0]);
                }
            }
            return new BuildCache(settings, parts, site2, archive, index, files, volumes, reports, used);
        } catch (IOException | RuntimeException e) {
            // damaged or half-written by hand: start afresh rather than trust any of it
            return EMPTY;
        }
    }

    byte[] bytes() {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        if (settings.equals(SettingsKey.UNKNOWN)) row(s, "settings", settingsKey);
        else row(s, "settings", settingsKey, settings.engine(), settings.config(), settings.glossary(),
                String.valueOf(settings.pdf()), settings.options(), settings.fonts());
        row(s, "site", siteKey);
        row(s, "archive", archiveKey, indexKey);
        archiveFiles.forEach((f, key) -> row(s, "file", f, key));
        volumeFiles.forEach((f, v) -> {
            List<String> fields = new java.util.ArrayList<>(List.of("volume", f, v.key(), String.valueOf(v.pages()), v.salt(),
                    v.contentsKey(), String.valueOf(v.contentsFrom()), String.valueOf(v.contents()), String.valueOf(v.front())));
            for (org.baogao.volume.BoundVolume.Part p : v.parts()) {
                fields.addAll(List.of(p.path(), p.pdfKey(), String.valueOf(p.start()), String.valueOf(p.pages())));
            }
            row(s, fields.toArray(String[]::new));
        });
        for (CachedReport r : reports.values()) {
            row(s, "report", r.relative(), r.sourceHash(), r.state().name().toLowerCase(java.util.Locale.ROOT), r.type(),
                    r.printKey(), r.webKey(), r.path(), r.pdfName(), String.valueOf(r.pages()), String.valueOf(r.pdfBytes()),
                    r.textHash(), r.docxName(), r.docxKey(), String.valueOf(r.builtAt()));
        }
        templatesUsed.forEach((root, names) -> {
            List<String> fields = new java.util.ArrayList<>(List.of("uses", root));
            fields.addAll(new TreeSet<>(names));
            row(s, fields.toArray(String[]::new));
        });
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A volume's row: its file, its key, then (since they are kept) its pages, salt, 目录 and reports, four fields each. */
    private static org.baogao.volume.BoundVolume volume(String[] f) {
        if (f.length < 9 || (f.length - 9) % 4 != 0) return org.baogao.volume.BoundVolume.keyOnly(f[2]);
        List<org.baogao.volume.BoundVolume.Part> parts = new java.util.ArrayList<>();
        for (int i = 9; i < f.length; i += 4) {
            parts.add(new org.baogao.volume.BoundVolume.Part(f[i], f[i + 1], Integer.parseInt(f[i + 2]), Integer.parseInt(f[i + 3])));
        }
        return new org.baogao.volume.BoundVolume(f[2], Integer.parseInt(f[3]), f[4], f[5], Integer.parseInt(f[6]),
                Integer.parseInt(f[7]), Integer.parseInt(f[8]), parts);
    }

    private static void row(StringBuilder s, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) s.append('\t');
            s.append(escape(fields[i]));
        }
        s.append('\n');
    }

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            out.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> n;
            });
        }
        return out.toString();
    }
}
