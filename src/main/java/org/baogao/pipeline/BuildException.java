package org.baogao.pipeline;

/** The build as a whole cannot go on; the published archive is left as it was. */
public final class BuildException extends Exception {
    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
