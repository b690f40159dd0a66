package org.baogao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.baogao.project.NewProject;
import org.baogao.text.Causes;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "dir")
    Path dir = Path.of("");

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<NewProject.Entry> entries;
        try {
            entries = NewProject.create(dir);
        } catch (IOException e) {
            System.err.println(Messages.get("init.failed", shown(dir), Causes.of(e)));
            return 2;
        }
        long written = entries.stream().filter(e -> e.outcome() == NewProject.Outcome.WRITTEN).count();
        out.println(Messages.get(written == 0 ? "init.nothing-new" : "init.created", shown(dir)));
        Columns table = new Columns();
        for (NewProject.Entry e : entries) {
            table.add("  " + e.file(), Messages.get(e.outcome() == NewProject.Outcome.WRITTEN ? "init.written" : "init.kept"));
        }
        out.print(table.render());
        String command = commandFrom(Invocation.command(), dir);
        if (dir.toString().isEmpty()) out.println(Messages.get("init.next-here", command));
        else out.println(Messages.get("init.next", dir, command));
        return 0;
    }

    private static String shown(Path dir) {
        return dir.toString().isEmpty() ? "." : dir.toString();
    }

    /**
     * The command as it is typed from inside {@code dir}: {@code bin/baogao} typed beside
     * {@code 档案} is {@code ../bin/baogao} there; a command found on the PATH, or given as an
     * absolute path, is the same everywhere.
     */
    static String commandFrom(String typed, Path dir) {
        boolean relative = (typed.contains("/") || typed.contains("\\")) && !Path.of(typed).isAbsolute();
        if (!relative || dir.toString().isEmpty() || dir.isAbsolute()) return typed;
        Path there = dir.normalize();
        String up = "../".repeat(there.getNameCount());
        String rest = typed.startsWith("./") || typed.startsWith(".\\") ? typed.substring(2) : typed;
        String joined = up + rest;
        return typed.contains("\\") ? joined.replace('/', '\\') : joined;
    }
}
