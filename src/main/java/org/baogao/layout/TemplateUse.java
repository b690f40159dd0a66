package org.baogao.layout;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which templates FreeMarker asked for while rendering each template: the dependencies a cache
 * must know, as they really were, however they were loaded ({@code #import}, {@code #include},
 * {@code .get_optional_template}, a computed name) and including the names asked for that did not
 * exist, whose creation changes the output too.
 *
 * <p>Each rendering thread records under the template it is rendering; the names are relative
 * to the templates folder, with forward slashes, as FreeMarker resolves them.
 */
public final class TemplateUse {

    private final Map<String, Set<String>> asked = new ConcurrentHashMap<>();
    private final ThreadLocal<String> rendering = new ThreadLocal<>();

    /** Starts recording for {@code root} on this thread; returns what was being recorded before, for {@link #end}. */
    String begin(String root) {
        String before = rendering.get();
        rendering.set(root);
        asked.computeIfAbsent(root, r -> ConcurrentHashMap.newKeySet()).add(root);
        return before;
    }

    void end(String before) {
        if (before == null) rendering.remove();
        else rendering.set(before);
    }

    /** FreeMarker asked the loader for {@code name}. */
    void asked(String name) {
        String root = rendering.get();
        if (root != null) asked.computeIfAbsent(root, r -> ConcurrentHashMap.newKeySet()).add(name);
    }

    /** What was recorded since the last call, by the template rendered, sorted; the record starts afresh. */
    public Map<String, Set<String>> drain() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String root : Set.copyOf(asked.keySet())) {
            Set<String> names = asked.remove(root);
            if (names != null) out.put(root, new TreeSet<>(names));
        }
        return out;
    }
}
