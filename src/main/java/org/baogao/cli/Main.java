package org.baogao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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
        version = "baogao 0.1.0")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order the help lists them. Given to picocli in code, not in the
     * annotation, so that a command line naming one gets only that one ({@link #needed}): picocli
     * builds each subcommand's model by reflection when it is given, a tenth of a second of every
     * start for the nine a command line does not name (picocli's classes, Java 5's, are not in the
     * start-up archive).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("new", NewCommand::new);
        m.put("import", ImportCommand::new);
        m.put("lint", LintCommand::new);
        m.put("similar", SimilarCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("fonts", FontsCommand::new);
        m.put("init", InitCommand::new);
        m.put("templates", TemplatesCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /**
     * The subcommands this command line needs: the one it names (after the global {@code --lang}),
     * but all of them for {@code help}, for no subcommand or one misspelt (the usage and the
     * suggestions list them all).
     */
    static List<String> needed(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
                continue;
            }
            if (args[i].startsWith("--lang=")) continue;
            if (SUBCOMMANDS.containsKey(args[i]) && !args[i].equals("help")) return List.of(args[i]);
            break;
        }
        return List.copyOf(SUBCOMMANDS.keySet());
    }

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
        CommandLine cli = new CommandLine(new Main());
        // before the settings below, which picocli gives the subcommands it has at the time
        for (String sub : needed(args)) cli.addSubcommand(sub, SUBCOMMANDS.get(sub).get());
        return cli
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
