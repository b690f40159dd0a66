package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.docx.WordTemplates;
import org.baogao.hash.Sha256;
import org.baogao.layout.Layouts;
import org.baogao.project.TemplateSet;

/**
 * Hashes of a project's templates (its folder over the built-ins, {@link TemplateSet}), so that a change re-renders only what it affects: a type's key
 * covers its template and every partial it imports or includes, followed transitively; the
 * site's key covers the archive's page templates, their partials and the assets.
 *
 * <p>Dependencies are read from the {@code <#import "…">} and {@code <#include "…">} directives.
 * A directive whose target is not a string literal cannot be followed; a template with one
 * depends on every template of the folder, which is safe and only slower.
 */
final class TemplateKeys {

    private static final Pattern DIRECTIVE = Pattern.compile("[<\\[]#(import|include)\\s+([^\\s>\\]]+)");
    private static final Pattern LITERAL = Pattern.compile("^[\"']([^\"']+)[\"']$");
    static final String SITE = "site/";
    static final String ASSETS = "assets/";
    static final String VOLUME = "volume/";

    private final Map<String, String> hashes = new TreeMap<>();
    private final Map<String, Set<String>> dependencies = new TreeMap<>();
    private final Map<String, String> typeKeys = new TreeMap<>();
    private final String siteKey;
    private final String volumeKey;
    private final String folderKey;

    private TemplateKeys(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        // each name as the build sees it: the project's file where it has one, else the built-in
        // one, so that adding, changing or removing an override changes the keys it affects
        for (Map.Entry<String, Path> f : TemplateSet.of(folder).files().entrySet()) {
            String name = f.getKey();
            byte[] bytes = Files.readAllBytes(f.getValue());
            hashes.put(name, Sha256.of(bytes));
            if (name.endsWith(Layouts.EXTENSION)) texts.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        texts.forEach((name, text) -> dependencies.put(name, directDependencies(name, text)));
        Sha256 all = new Sha256();
        hashes.forEach((n, h) -> all.add(n).add(h));
        folderKey = all.hex();
        for (String name : texts.keySet()) {
            if (!name.contains("/") && !name.startsWith("_")) {
                String type = name.substring(0, name.length() - Layouts.EXTENSION.length());
                typeKeys.put(type, key(closure(Set.of(name))));
            }
        }
        Set<String> site = new TreeSet<>();
        Set<String> volume = new TreeSet<>();
        for (String name : hashes.keySet()) {
            // the site's pages link to the volumes: a build that binds them anew rewrites the pages
            if (name.startsWith(SITE) || name.startsWith(ASSETS) || name.startsWith(VOLUME)) site.add(name);
            if (name.startsWith(VOLUME)) volume.add(name);
        }
        siteKey = key(closure(site));
        volumeKey = key(closure(volume));
    }

    static TemplateKeys of(Path folder) throws IOException {
        return new TemplateKeys(folder);
    }

    /** The key of a type's template and everything it pulls in; a fixed key when there is no such template. */
    String typeKey(String type) {
        return typeKeys.getOrDefault(type, "no-template");
    }

    /**
     * The key of the Word template a type's documents are written into: the unit's own
     * ({@code <type>.docx}, else {@code _base.docx}), or baogao's when it has none.
     */
    String wordKey(String type) {
        for (String name : WordTemplates.names(type)) {
            String hash = hashes.get(name);
            if (hash != null) return Sha256.of(name, hash);
        }
        return "built-in";
    }

    /** The key of the archive's own pages: their templates, the partials they use, the assets. */
    String siteKey() {
        return siteKey;
    }

    /** The key of the meetings' volumes' templates (the cover, the 目录) and the partials they use. */
    String volumeKey() {
        return volumeKey;
    }

    /** The key of every file of the folder: any change changes it. */
    String folderKey() {
        return folderKey;
    }

    /** The templates {@code roots} depend on, themselves included. */
    Set<String> closure(Set<String> roots) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!seen.add(t)) continue;
            todo.addAll(dependencies.getOrDefault(t, Set.of()));
        }
        return seen;
    }

    private String key(Set<String> names) {
        Sha256 h = new Sha256();
        for (String n : names) h.add(n).add(hashes.getOrDefault(n, "missing"));
        return h.hex();
    }

    /** What a template names in its directives, resolved as FreeMarker resolves them: relative to its own folder. */
    private Set<String> directDependencies(String name, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = DIRECTIVE.matcher(text);
        String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        while (m.find()) {
            Matcher literal = LITERAL.matcher(m.group(2));
            if (!literal.matches()) {
                // a computed name: it may be any template
                for (String other : hashes.keySet()) if (other.endsWith(Layouts.EXTENSION)) out.add(other);
                continue;
            }
            String target = literal.group(1);
            out.add(normalise(target.startsWith("/") ? target.substring(1) : dir + target));
        }
        return out;
    }

    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
