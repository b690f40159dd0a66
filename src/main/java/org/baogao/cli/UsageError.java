package org.baogao.cli;

import java.util.List;

import org.baogao.text.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line picocli could not take, said from the catalogue: picocli's own messages are
 * English and fixed ({@code Unknown option: '--bogus'}), so each kind of mistake is told by the
 * exception's type and the option or argument it names, with what to write instead.
 */
final class UsageError {

    private UsageError() {}

    /** What is wrong with the command line, in the user's language. */
    static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u);
        if (e instanceof CommandLine.MissingParameterException m) return missing(m.getMissing());
        if (e instanceof CommandLine.OverwrittenOptionException o) return Messages.get("cli.given-twice", name(o.getOverwritten()));
        if (e instanceof CommandLine.MaxValuesExceededException) return Messages.get("cli.too-many", e.getCommandLine().getCommandName());
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getCause() instanceof Exception) return badValue(arg, e.getValue(), e.getCause());
        return Messages.get("cli.other", e.getMessage());
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        CommandLine cmd = u.getCommandLine();
        String what;
        if (u.isUnknownOption()) what = Messages.get("cli.unknown-option", first);
        else if (!cmd.getSubcommands().isEmpty() && cmd.getCommandSpec().positionalParameters().isEmpty()) {
            what = Messages.get("cli.unknown-command", first);
        } else what = Messages.get("cli.extra-argument", first);
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty() ? what
                : what + Messages.get("cli.did-you-mean", String.join(Messages.get("cli.or"), suggestions.subList(0, Math.min(3, suggestions.size()))));
    }

    private static String missing(List<ArgSpec> missing) {
        ArgSpec a = missing.get(0);
        if (a.isOption()) return Messages.get("cli.missing-value", name(a), a.paramLabel());
        // the argument's help says what it is: FILE alone would not
        return Messages.get("cli.missing-argument", a.paramLabel(), String.join(" ", a.description()).strip().replaceAll("[。.]$", ""));
    }

    private static String badValue(ArgSpec arg, String value, Throwable cause) {
        // baogao's own converters (--lang) say what is wrong in the catalogue's words
        if (arg.converters().length > 0) return cause.getMessage();
        Class<?> type = arg.type();
        String expected;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expected = Messages.get("cli.expected.whole-number");
        } else if (type == boolean.class || type == Boolean.class) {
            expected = Messages.get("cli.expected.boolean");
        } else {
            expected = Messages.get("cli.expected.other", arg.paramLabel());
        }
        return Messages.get("cli.bad-value", name(arg), value == null ? "" : value, expected);
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
