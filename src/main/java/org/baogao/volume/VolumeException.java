package org.baogao.volume;

/** A volume could not be bound: a template failed, or a report's PDF could not be read. */
public final class VolumeException extends Exception {
    public VolumeException(String message, Throwable cause) {
        super(message, cause);
    }
}
