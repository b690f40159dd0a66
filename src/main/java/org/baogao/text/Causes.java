package org.baogao.text;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;

/**
 * What went wrong underneath, in the user's language: the file system's and the JDK's failures
 * (no such file, no permission, a read-only disk, a full disk, a file another program holds
 * open) told by their type, or by the operating system's reason where Java gives only that, with
 * what to do. baogao's own exceptions already carry a catalogue message, which is said as it is.
 */
public final class Causes {

    /**
     * The reasons an operating system gives (Linux's {@code strerror}, Windows' system messages),
     * each with its catalogue phrase; Java passes them on as English text, and a Chinese user
     * should not have to read them.
     */
    enum Reason {
        NOT_FOUND("cause.not-found", "no such file or directory", "cannot find the file", "cannot find the path"),
        DENIED("cause.denied", "permission denied", "operation not permitted", "access is denied"),
        IN_USE("cause.in-use", "being used by another process", "locked a portion of the file", "text file busy"),
        READ_ONLY("cause.read-only", "read-only file system", "write-protected"),
        FULL("cause.full", "no space left on device", "not enough space on the disk", "disk quota exceeded"),
        IS_FOLDER("cause.is-folder", "is a directory"),
        NOT_FOLDER("cause.not-folder", "not a directory", "directory name is invalid"),
        EXISTS("cause.exists", "file exists", "already exists"),
        NOT_EMPTY("cause.not-empty", "directory not empty", "directory is not empty"),
        NAME_TOO_LONG("cause.name-too-long", "file name too long", "filename or extension is too long"),
        LOOP("cause.loop", "too many levels of symbolic links");

        final String key;
        private final List<String> words;

        Reason(String key, String... words) {
            this.key = key;
            this.words = List.of(words);
        }

        /** The reason that {@code text} (the system's words) gives, or null when it is none of these. */
        static Reason in(String text) {
            if (text == null) return null;
            String t = text.toLowerCase(Locale.ROOT);
            for (Reason r : values()) {
                for (String w : r.words) if (t.contains(w)) return r;
            }
            return null;
        }
    }

    private Causes() {}

    /** {@code e} said for people: which file, what is wrong with it, what to do. */
    public static String of(Throwable e) {
        // new UncheckedIOException(cause) says only the cause; one with a message of baogao's says more
        if (e instanceof UncheckedIOException u && (u.getMessage() == null || u.getMessage().equals(String.valueOf(u.getCause())))) {
            return of(u.getCause());
        }
        if (e instanceof UncheckedIOException u) return u.getMessage();
        if (e instanceof NoSuchFileException n) return at(n.getFile(), Reason.NOT_FOUND);
        if (e instanceof AccessDeniedException a) return at(a.getFile(), Reason.DENIED);
        if (e instanceof FileAlreadyExistsException f) return at(f.getFile(), Reason.EXISTS);
        if (e instanceof NotDirectoryException n) return at(n.getFile(), Reason.NOT_FOLDER);
        if (e instanceof DirectoryNotEmptyException d) return at(d.getFile(), Reason.NOT_EMPTY);
        if (e instanceof FileSystemLoopException l) return at(l.getFile(), Reason.LOOP);
        if (e instanceof FileSystemException f) {
            Reason r = Reason.in(f.getReason());
            String file = f.getOtherFile() == null ? f.getFile() : f.getFile() + " \u2192 " + f.getOtherFile();
            if (r != null) return at(file, r);
            // a reason baogao does not know: the system's own words, marked as such
            return Messages.get("cause.system", file == null ? "" : file, f.getReason() == null ? "" : f.getReason());
        }
        if (e instanceof CharacterCodingException) return Messages.get("cause.encoding");
        if (e instanceof StackOverflowError) return Messages.get("cause.too-deep");
        if (e instanceof InterruptedException) return Messages.get("cause.interrupted");
        String m = e.getMessage();
        // java.io names the file, then the reason in parentheses: "a.md (Permission denied)"
        if (e instanceof FileNotFoundException && m != null && m.endsWith(")") && m.contains(" (")) {
            Reason r = Reason.in(m.substring(m.lastIndexOf(" (")));
            if (r != null) return at(m.substring(0, m.lastIndexOf(" (")), r);
        }
        if (e instanceof IOException) {
            Reason r = Reason.in(m);
            if (r != null) return Messages.get(r.key);
        }
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        // baogao's own failures are worded in the catalogue already; so are the input and output
        // failures it raises, and a reader's (a damaged font's) are said beside the file they name
        if (e instanceof IOException || e.getClass().getName().startsWith("org.baogao.")) return m;
        return Messages.get("cause.internal", e.getClass().getSimpleName(), m);
    }

    private static String at(String file, Reason r) {
        return file == null || file.isEmpty() ? Messages.get(r.key) : Messages.get("cause.at", file, Messages.get(r.key));
    }
}
