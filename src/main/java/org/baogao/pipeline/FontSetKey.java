package org.baogao.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import org.baogao.fonts.FontRegistry;
import org.baogao.hash.Sha256;

/**
 * A key of the fonts a build could pick: the name within its folder, size and modification time
 * of every font file in the folders the font search looks at, folder by folder in search order.
 * Reading the files' names and dates takes milliseconds where parsing the fonts takes a second,
 * so an unchanged build need not parse them. Any font added, removed or replaced changes it, and
 * so re-renders every report. Folders count by their place in the search, not by how they are
 * written: a build run from a subfolder ({@code ../../fonts}) or of a project moved elsewhere
 * finds the same fonts and must not render everything again.
 */
final class FontSetKey {
    private FontSetKey() {}

    static String of(List<Path> userFolders) {
        Sha256 h = new Sha256();
        List<Path> folders = FontRegistry.folders(userFolders);
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            h.add("folder " + i);
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                for (Path f : walk.filter(FontRegistry::isFontFile).sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (!a.isRegularFile()) continue;
                    h.add(folder.relativize(f).toString()).add(a.size()).add(a.lastModifiedTime().toMillis());
                }
            } catch (IOException | UncheckedIOException e) {
                // a folder that cannot be listed now may list later: the key must differ from both
                h.add("unreadable: " + e.getMessage());
            }
        }
        return h.hex();
    }
}
