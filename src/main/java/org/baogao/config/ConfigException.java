package org.baogao.config;

/** {@code baogao.yml} cannot be used; the message names the file and line, and what to write instead. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
