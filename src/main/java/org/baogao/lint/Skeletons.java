package org.baogao.lint;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.baogao.content.ReportException;
import org.baogao.content.Skeleton;

/** The skeletons of a templates folder, each read once; a broken one is reported once and then ignored. */
final class Skeletons {

    private final Path templates;
    private final Map<String, Optional<Skeleton>> cache = new HashMap<>();
    private final Map<String, ReportException> broken = new HashMap<>();

    Skeletons(Path templates) {
        this.templates = templates;
    }

    /** The type's skeleton, or null when the type brings none (or there is no templates folder). */
    synchronized Skeleton of(String type) {
        if (templates == null || type == null) return null;
        return cache.computeIfAbsent(type, t -> {
            try {
                return Skeleton.find(templates, t);
            } catch (ReportException e) {
                broken.put(t, e);
                return Optional.empty();
            }
        }).orElse(null);
    }

    synchronized Map<String, ReportException> broken() {
        return Map.copyOf(broken);
    }
}
