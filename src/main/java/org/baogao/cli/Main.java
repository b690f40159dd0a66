package org.baogao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.baogao.logs.LibraryLogs;
import org.baogao.text.Invocation;
import org.baogao.text.Language;
import org.baogao.text.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code baogao} command. Its help, like every message, comes from the catalogue ({@link Messages}). */
@Command(name = "baogao",
        mixinStandardHelpOptions = true,
        version = "baogao 0.1.0",
        subcommands = {BuildCommand.class, NewCommand.class, ImportCommand.class, LintCommand.class, SimilarCommand.class, ServeCommand.class,
            FontsCommand.class, InitCommand.class, TemplatesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Read before parsing (the help must already be in the language); declared here for the help and the checks. */
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang", scope = ScopeType.INHERIT,
            converter = LanguageConverter.class)
    Language lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What {@code System.out} and {@code System.err} encode in; picocli's writers must agree. */
    private static Charset charset = StandardCharsets.UTF_8;

    /** The charset of the console, for reading the answers to prompts too. */
    static Charset charset() {
        return charset;
    }

    public static void main(String[] args) {
        charset = ConsoleCharset.forThisProcess();
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset));
        System.exit(run(args));
    }

    public static int run(String... args) {
        LibraryLogs.silence();
        Messages.use(Language.choose(langArgument(args), System.getenv(), Locale.getDefault(Locale.Category.DISPLAY)));
        String name = Invocation.command();
        return new CommandLine(new Main())
                .setCommandName(name)
                .setResourceBundle(new HelpBundle(Messages.bundle(), name))
                .setUsageHelpAutoWidth(true)
                .setAdjustLineBreaksForWideCJKCharacters(true)
                .setParameterExceptionHandler(Main::usageError)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, charset), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, charset), true))
                .execute(args);
    }

    /** The value of {@code --lang X} or {@code --lang=X}, before {@code --}; null when not given. */
    static String langArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].startsWith("--lang=")) return args[i].substring("--lang=".length());
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return null;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintStream err = System.err;
        err.println(Messages.get("cli.usage-error", UsageError.describe(e)));
        err.println(Messages.get("cli.usage-hint", cmd.getCommandSpec().qualifiedName()));
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code zh} or {@code en}, in any case, or a locale name such as {@code zh_CN.UTF-8}. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    Messages.get("cli.unknown-language", value)));
        }
    }
}
