package org.baogao.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.baogao.testing.FontFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No library log line reaches the user. Each command runs in a JVM of its own, as a user starts it:
 * in this one the tests' setup has already switched the libraries' logging off.
 */
class LibraryLogsTest {

    /** How java.util.logging, Log4j's status logger and SLF4J write: what a user must never see. */
    private static final Pattern LIBRARY_LINE = Pattern.compile(
            "^(WARNING|SEVERE|INFO|CONFIG|FINE|WARN|ERROR|DEBUG): |^[A-Z][a-z]{2} \\d{1,2}, \\d{4} .*(AM|PM) "
                    + "|^\\d{4}-\\d\\d-\\d\\dT\\S+ \\S+ (ERROR|WARN|INFO) |(?i)slf4j|log4j|statuslogger|^\\tat |exception in thread");

    @Test
    void scanningAFontFolderWithFontsLibrariesComplainAboutPrintsNoLibraryLine(@TempDir Path dir) throws Exception {
        Path source = FontFiles.source().orElse(null);
        Assumptions.assumeTrue(source != null, "no TrueType font of the README's packages on this machine");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        FontFiles.withCffOutlines(source, fonts.resolve("cff-outlines.otf"));
        FontFiles.truncated(source, fonts.resolve("damaged.ttf"), 2048);
        FontFiles.withoutPostScriptName(source, fonts.resolve("no-postscript-name.ttf"));

        List<String> lines = run(dir, "fonts", "-v", "--fonts", fonts.toString());

        assertThat(lines).as("the command read the three fonts")
                .anySatisfy(l -> assertThat(l).contains("cff-outlines.otf").contains("CFF outlines"))
                .anySatisfy(l -> assertThat(l).contains("damaged.ttf").contains("damaged or not a font"));
        assertThat(lines).as("what the command printed").noneSatisfy(l -> assertThat(l).containsPattern(LIBRARY_LINE));
    }

    /** Runs baogao with these arguments in a new JVM in {@code dir}: its stdout and stderr, line by line. */
    static List<String> run(Path dir, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.baogao.cli.Main"));
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("baogao " + String.join(" ", args) + " did not end in 300 s");
        }
        return Files.readAllLines(output, StandardCharsets.UTF_8);
    }
}
