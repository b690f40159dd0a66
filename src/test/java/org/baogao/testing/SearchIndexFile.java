package org.baogao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;

/**
 * A built site's {@code search-index.js} read back: the script is one assignment of a JSON object,
 * whose bodies are decoded here with the alphabet it ships, as the browser decodes its snippets.
 */
public record SearchIndexFile(int version, List<List<Object>> reports, List<String> texts, long bytes) {

    private static final String PREFIX = "window.baogaoSearchIndex = ";

    @SuppressWarnings("unchecked")
    public static SearchIndexFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String js = new String(bytes, StandardCharsets.UTF_8);
        if (!js.startsWith("\uFEFF")) throw new AssertionError("no byte-order mark");
        int start = js.indexOf(PREFIX);
        String json = js.substring(start + PREFIX.length(), js.lastIndexOf(';'));
        Map<String, Object> index = new Json().toType(json, Json.MAP_TYPE);
        int[] chars = ((String) index.get("chars")).codePoints().toArray();
        int[] codes = ((String) index.get("codes")).codePoints().toArray();
        Map<Integer, Integer> decoding = new HashMap<>();
        for (int i = 0; i < codes.length; i++) decoding.put(codes[i], chars[i]);
        List<String> texts = ((List<String>) index.get("texts")).stream().map(t -> {
            StringBuilder s = new StringBuilder();
            t.codePoints().forEach(c -> s.appendCodePoint(decoding.get(c)));
            return s.toString();
        }).toList();
        return new SearchIndexFile(((Number) index.get("version")).intValue(),
                (List<List<Object>>) index.get("reports"), texts, bytes.length);
    }

    /** The titles of the indexed reports, in index order. */
    public List<String> titles() {
        return reports.stream().map(r -> (String) r.get(0)).toList();
    }
}
