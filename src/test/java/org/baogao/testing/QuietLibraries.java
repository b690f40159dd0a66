package org.baogao.testing;

import org.baogao.logs.LibraryLogs;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tests' setup, registered for every test class (see {@code junit-platform.properties}): the
 * libraries' logging off before any test runs, as every command does first. SLF4J, which only the
 * test libraries bring, is told not to say that it has no backend.
 */
public final class QuietLibraries implements BeforeAllCallback {

    static {
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
        LibraryLogs.silence();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // the static initialiser did the work, when JUnit loaded the extension
    }
}
