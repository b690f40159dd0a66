package org.baogao.fonts;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

/**
 * Where each operating system keeps a user's caches: {@code %LOCALAPPDATA%} on Windows,
 * {@code ~/Library/Caches} on macOS, {@code $XDG_CACHE_HOME} (else {@code ~/.cache}) elsewhere.
 * What is kept there can be deleted at any time; it is made again.
 */
final class UserCacheFolder {

    private UserCacheFolder() {}

    static Path of(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Paths.get(local) : Paths.get(home, "AppData", "Local"))
                    .resolve("baogao").resolve("cache");
        }
        if (os.contains("mac")) return Paths.get(home, "Library", "Caches", "baogao");
        String xdg = env.get("XDG_CACHE_HOME");
        // the XDG specification ignores a relative path
        if (xdg != null && Paths.get(xdg).isAbsolute()) return Paths.get(xdg, "baogao");
        return Paths.get(home, ".cache", "baogao");
    }

    /** This machine's, for this user. */
    static Path current() {
        return of(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }
}
