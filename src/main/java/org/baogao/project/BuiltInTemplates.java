package org.baogao.project;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The layouts, site templates, assets and skeletons that come with baogao, inside its jar (the
 * repository's top-level {@code templates/}, packaged by Maven as resources under
 * {@value #RESOURCE}). They are a folder like a project's: a {@link Path} in the jar's file system,
 * or in {@code target/classes} when baogao runs from its build.
 */
public final class BuiltInTemplates {

    /** Where the built-in templates are on the class path. */
    public static final String RESOURCE = "baogao-templates";

    /** Where the example reports that {@code init} writes are: the repository's {@code content/2023/}. */
    static final String EXAMPLES = "baogao-examples";

    private static volatile Path folder;
    private static volatile Path examples;

    private BuiltInTemplates() {}

    /** The folder of the built-in templates. */
    public static Path folder() {
        Path f = folder;
        if (f == null) {
            synchronized (BuiltInTemplates.class) {
                if (folder == null) folder = locate();
                f = folder;
            }
        }
        return f;
    }

    /** The folder of the example reports. */
    static Path examples() {
        Path f = examples;
        if (f == null) {
            synchronized (BuiltInTemplates.class) {
                if (examples == null) examples = locate("/" + EXAMPLES + "/2023/li-ming.md").getParent();
                f = examples;
            }
        }
        return f;
    }

    private static Path locate() {
        return locate("/" + RESOURCE + "/_base.ftlh");
    }

    /** The folder of {@code markerName}, a file that is always there, both in a jar and in classes/. */
    private static Path locate(String markerName) {
        URL marker = BuiltInTemplates.class.getResource(markerName);
        if (marker == null) throw new IllegalStateException(markerName + " is missing from the class path");
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before (by another class loader's copy, say): the same file system serves
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in templates at " + marker + ": " + e.getMessage(), e);
        }
    }
}
