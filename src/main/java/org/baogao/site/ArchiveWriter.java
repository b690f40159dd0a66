package org.baogao.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.baogao.layout.LayoutException;
import org.baogao.layout.Layouts;

/** Writes the archive's own pages and assets from the templates folder's {@code site/} and {@code assets/}. */
public final class ArchiveWriter {

    /** The model of the archive's pages. */
    public record ArchiveModel(String root, List<ArchiveEntry> reports) {
        public ArchiveModel {
            reports = List.copyOf(reports);
        }
    }

    private static final Comparator<ArchiveEntry> NEWEST_FIRST = Comparator
            .comparing((ArchiveEntry e) -> e.date() == null ? "" : e.date()).reversed()
            .thenComparing(ArchiveEntry::href);

    private final Layouts layouts;

    public ArchiveWriter(Layouts layouts) {
        this.layouts = layouts;
    }

    public void write(List<ArchiveEntry> entries, OutputFolder out) throws LayoutException, IOException {
        List<ArchiveEntry> sorted = entries.stream().sorted(NEWEST_FIRST).toList();
        String index = layouts.render("site/index.ftlh", new ArchiveModel("", sorted));
        out.write("index.html", index.getBytes(StandardCharsets.UTF_8));
        copyAssets(out);
    }

    private void copyAssets(OutputFolder out) throws IOException {
        Path assets = layouts.folder().resolve("assets");
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = "assets/" + assets.relativize(f).toString().replace('\\', '/');
                out.write(rel, Files.readAllBytes(f));
            }
        }
    }
}
