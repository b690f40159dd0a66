package org.baogao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** Asks the person at the terminal for a value, offering a default that Enter accepts. */
interface Prompter {

    /** @return the answer, or {@code defaultValue} when the answer is empty or input has ended */
    String ask(String label, String defaultValue);

    /** For when nobody is there to answer: every default is taken. */
    Prompter NONE = (label, defaultValue) -> defaultValue;

    /** Reads answers line by line from {@code in}, asking on {@code out}. */
    static Prompter reading(BufferedReader in, PrintStream out) {
        return (label, defaultValue) -> {
            out.print(label + (defaultValue.isEmpty() ? "" : " [" + defaultValue + "]") + ": ");
            out.flush();
            try {
                String line = in.readLine();
                return line == null || line.isBlank() ? defaultValue : line.strip();
            } catch (IOException e) {
                return defaultValue;
            }
        };
    }
}
