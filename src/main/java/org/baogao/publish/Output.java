package org.baogao.publish;

import java.io.IOException;

/** Where a build's files go: a build's staging folder, or the folder a preview server serves. */
@FunctionalInterface
public interface Output {
    /** Writes a file below the output folder; {@code relative} uses forward slashes and cannot leave it. */
    void write(String relative, byte[] bytes) throws IOException;
}
