package org.baogao.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.function.UnaryOperator;

/**
 * The charset baogao writes its output in. A Chinese Windows console reads GBK (code page 936):
 * UTF-8 written there comes out garbled, and GBK written to a UTF-8 terminal does too, so the
 * charset is the one the console is known to read, from what the JVM found out about it.
 */
final class ConsoleCharset {

    private ConsoleCharset() {}

    /**
     * The first of: {@code stdout.encoding} (set by Java 19 and later: the console's code page,
     * or the platform's for a pipe), {@code sun.stdout.encoding} (set by Java 17 and 18 on a
     * Windows console), the console's own charset, {@code native.encoding} (the platform's:
     * GBK on Chinese Windows, the locale's on Linux). A charset that cannot write Chinese (the C
     * locale's ASCII) is replaced by UTF-8, which every terminal and editor of today reads.
     *
     * @param properties the system properties
     * @param console    the console's charset, or null when there is no console
     */
    static Charset choose(UnaryOperator<String> properties, Charset console) {
        Charset chosen = named(properties.apply("stdout.encoding"));
        if (chosen == null) chosen = named(properties.apply("sun.stdout.encoding"));
        if (chosen == null) chosen = console;
        if (chosen == null) chosen = named(properties.apply("native.encoding"));
        if (chosen == null || !chosen.newEncoder().canEncode("报告")) return StandardCharsets.UTF_8;
        return chosen;
    }

    /** The charset for this process's standard output. */
    static Charset forThisProcess() {
        java.io.Console c = System.console();
        return choose(System::getProperty, c == null ? null : c.charset());
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
