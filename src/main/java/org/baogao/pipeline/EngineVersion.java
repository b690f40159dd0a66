package org.baogao.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which code made an archive, for the build cache: outputs of another version of baogao are
 * rendered again. The version alone would miss a rebuilt jar of the same version during
 * development, so the jar's size and date count too.
 */
final class EngineVersion {

    static final String KEY = key();

    private EngineVersion() {}

    private static String key() {
        String version = String.valueOf(EngineVersion.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(EngineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
                return version + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            return version + " classes";
        } catch (Exception e) {
            // no code source to date (an unusual class loader): the version must do
            return version;
        }
    }
}
