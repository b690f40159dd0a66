package org.baogao.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reports a builder kept across builds has parsed, by file and hash of the bytes parsed, so
 * that a rebuild parses only the files that changed (parsing every report again was half a second
 * of each rebuild of 1,000). A reading holds only while the templates it was checked against are
 * those of the report builder that made it.
 */
final class ReadingMemo {

    private record Entry(String hash, ReportBuilder by, ReportBuilder.Reading reading) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The reading of {@code file} with these bytes by this report builder, or null. */
    ReportBuilder.Reading get(Path file, String hash, ReportBuilder by) {
        Entry e = entries.get(file);
        return e != null && e.by() == by && e.hash().equals(hash) ? e.reading() : null;
    }

    void put(Path file, String hash, ReportBuilder by, ReportBuilder.Reading reading) {
        entries.put(file, new Entry(hash, by, reading));
    }

    /** Forgets the files that are gone. */
    void retain(Collection<Path> files) {
        entries.keySet().retainAll(files instanceof java.util.Set<?> ? files : new java.util.HashSet<>(files));
    }
}
