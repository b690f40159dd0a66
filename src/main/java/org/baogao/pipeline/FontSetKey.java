package org.baogao.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import org.baogao.fonts.FontRegistry;

/**
 * A key of the fonts a build could pick: the path, size and modification time of every font file
 * in the folders the font search looks at. Reading the files' names and dates takes milliseconds
 * where parsing the fonts takes a second, so an unchanged build need not parse them. Any font
 * added, removed or replaced changes it, and so re-renders every report.
 */
final class FontSetKey {
    private FontSetKey() {}

    static String of(List<Path> userFolders) {
        Sha256 h = new Sha256();
        for (Path folder : FontRegistry.folders(userFolders)) {
            h.add(folder.toString());
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                for (Path f : walk.filter(FontRegistry::isFontFile).sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (!a.isRegularFile()) continue;
                    h.add(f.toString()).add(a.size()).add(a.lastModifiedTime().toMillis());
                }
            } catch (IOException | UncheckedIOException e) {
                // a folder that cannot be listed now may list later: the key must differ from both
                h.add("unreadable: " + e.getMessage());
            }
        }
        return h.hex();
    }
}
