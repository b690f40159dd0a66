package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.baogao.docx.WordTemplates;
import org.baogao.hash.Sha256;
import org.baogao.layout.Layouts;
import org.baogao.project.TemplateSet;

/**
 * Hashes of a project's templates (its folder over the built-ins, {@link TemplateSet}), so that a
 * change re-renders only what it affects: a type's key covers every template that rendering its
 * reports used; the site's key covers the archive's page templates, what rendering them used, and
 * the assets.
 *
 * <p>What a rendering used is what FreeMarker actually looked up while rendering it, recorded by
 * the layouts ({@link org.baogao.layout.TemplateUse}) and kept in the build cache: every way of
 * loading a template counts, and so does a name looked up that did not exist. A template with no
 * record yet (a new type, a first build) depends on every file of the folder, which is safe and
 * only slower.
 */
final class TemplateKeys {

    static final String SITE = "site/";
    static final String ASSETS = "assets/";
    static final String VOLUME = "volume/";

    private final Map<String, String> hashes;
    private final Map<String, Set<String>> used;
    private final String folderKey;
    /** Each type's key once made: every report's keys ask for it, a thousand times a build. */
    private final Map<String, String> typeKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private TemplateKeys(Map<String, String> hashes, Map<String, Set<String>> used, String folderKey) {
        this.hashes = hashes;
        this.used = used;
        this.folderKey = folderKey;
    }

    /** @param used what the renderings of each template used, as the last build recorded it */
    static TemplateKeys of(Path folder, Map<String, Set<String>> used) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        // each name as the build sees it: the project's file where it has one, else the built-in
        // one, so that adding, changing or removing an override changes the keys it affects
        for (Map.Entry<String, Path> f : TemplateSet.of(folder).files().entrySet()) {
            hashes.put(f.getKey(), Sha256.of(Files.readAllBytes(f.getValue())));
        }
        Sha256 all = new Sha256();
        hashes.forEach((n, h) -> all.add(n).add(h));
        return new TemplateKeys(Map.copyOf(hashes), copy(used), all.hex());
    }

    /**
     * The same files with what this build's renderings used added to the record: the keys the
     * cache is to remember. Added, not replaced: a report kept from an earlier build was rendered
     * with what that build recorded.
     */
    TemplateKeys with(Map<String, Set<String>> usedNow) {
        Map<String, Set<String>> merged = new TreeMap<>();
        used.forEach((root, names) -> merged.put(root, new TreeSet<>(names)));
        usedNow.forEach((root, names) -> merged.computeIfAbsent(root, r -> new TreeSet<>()).addAll(names));
        return new TemplateKeys(hashes, copy(merged), folderKey);
    }

    /** The record the keys are made from, by the template rendered. */
    Map<String, Set<String>> used() {
        return used;
    }

    /** The key of a type's template and everything rendering it used. */
    String typeKey(String type) {
        return typeKeys.computeIfAbsent(type, t -> key(used.getOrDefault(t + Layouts.EXTENSION, hashes.keySet())));
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

    /**
     * The key of the archive's own pages: their templates, what rendering them used, the assets,
     * and the volumes' templates (the pages link to the volumes: a build that binds them anew
     * rewrites the pages).
     */
    String siteKey() {
        return recordedKey(name -> name.startsWith(SITE) || name.startsWith(ASSETS) || name.startsWith(VOLUME),
                name -> name.startsWith(SITE));
    }

    /**
     * The key of what the meetings' volumes' templates (the cover, the 目录) may load: every
     * FreeMarker template but the types' layouts and the archive's pages. Not made from the record
     * of what they used, as the other keys are: a volume's key is taken before it is bound, so the
     * first binding could not be in it, and the second build would bind every volume again.
     */
    String volumeKey() {
        Set<String> names = new TreeSet<>();
        for (String name : hashes.keySet()) {
            boolean typeLayout = !name.contains("/") && !name.startsWith("_");
            boolean sitePage = name.startsWith(SITE) && !name.substring(SITE.length()).startsWith("_");
            if (name.endsWith(Layouts.EXTENSION) && !typeLayout && !sitePage) names.add(name);
        }
        return key(names);
    }

    /**
     * The key of the files {@code own} selects and of what the renderings of the templates
     * {@code roots} selects used; without any such record, of every file.
     */
    private String recordedKey(java.util.function.Predicate<String> own, java.util.function.Predicate<String> roots) {
        Set<String> names = new TreeSet<>();
        boolean recorded = false;
        for (Map.Entry<String, Set<String>> e : used.entrySet()) {
            if (!roots.test(e.getKey())) continue;
            recorded = true;
            names.addAll(e.getValue());
        }
        if (!recorded) return key(hashes.keySet());
        for (String name : hashes.keySet()) if (own.test(name)) names.add(name);
        return key(names);
    }

    /** The key of every file of the folder: any change changes it. */
    String folderKey() {
        return folderKey;
    }

    private String key(Set<String> names) {
        Sha256 h = new Sha256();
        for (String n : new TreeSet<>(names)) h.add(n).add(hashes.getOrDefault(n, "missing"));
        return h.hex();
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> used) {
        Map<String, Set<String>> out = new TreeMap<>();
        used.forEach((root, names) -> out.put(root, Set.copyOf(names)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
