package org.baogao.text;

/**
 * How the user started baogao, so that a message tells them to run {@code ./baogao lint} when
 * they typed {@code ./baogao}, and {@code bin\baogao.cmd lint} on Windows. The launchers pass
 * what was typed as {@value #PROPERTY}; started any other way, baogao calls itself {@code baogao}.
 */
public final class Invocation {

    public static final String PROPERTY = "baogao.command";

    private Invocation() {}

    /** The command as the user typed it. */
    public static String command() {
        String typed = System.getProperty(PROPERTY);
        return typed == null || typed.isBlank() ? "baogao" : typed.strip();
    }
}
