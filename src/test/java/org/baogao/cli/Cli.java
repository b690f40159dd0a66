package org.baogao.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.baogao.text.Language;
import org.baogao.text.Messages;

import picocli.CommandLine;

/** Runs a command as the launcher would, and keeps what it printed. */
record Cli(int status, String out, String err) {

    static Cli run(Object command, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int status = command == null ? Main.run(args) : new CommandLine(command).execute(args);
            return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            // the next test, which may call the pipeline directly, hears the default language
            Messages.use(Language.EN);
        }
    }

    static Cli main(String... args) {
        return run(null, args);
    }
}
