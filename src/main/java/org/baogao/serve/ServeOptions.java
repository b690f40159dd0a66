package org.baogao.serve;

import java.nio.file.Path;
import java.util.List;

import org.baogao.pipeline.BuildOptions;

/**
 * How to run the preview server.
 *
 * @param build        the build's options; {@code out} is the folder served
 * @param port         the port to listen on; when it is taken, a free one is used; 0: any free port
 * @param glossaryFile the project's glossary file, watched and reloaded; null: built-in entries only
 * @param configFiles  further files of the project whose change rebuilds everything (baogao.yml)
 */
public record ServeOptions(BuildOptions build, int port, Path glossaryFile, List<Path> configFiles) {

    public ServeOptions {
        configFiles = List.copyOf(configFiles);
    }
}
