package org.baogao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command line naming a subcommand gets only that one; the help, the usage and the suggestions get them all. */
class SubcommandsNeededTest {

    private static final String[] ALL = {"build", "new", "import", "lint", "similar", "serve", "fonts", "init", "templates", "help"};

    @Test
    void theSubcommandNamedAfterTheGlobalOptionsIsTheOnlyOne() {
        assertThat(Main.needed("build", "-q")).containsExactly("build");
        assertThat(Main.needed("--lang", "zh", "lint", "--strict")).containsExactly("lint");
        assertThat(Main.needed("--lang=en", "serve")).containsExactly("serve");
    }

    @Test
    void helpNoSubcommandOrAMisspeltOneGetsAllInTheHelpsOrder() {
        assertThat(Main.needed("help", "build")).containsExactly(ALL);
        assertThat(Main.needed()).containsExactly(ALL);
        assertThat(Main.needed("--help")).containsExactly(ALL);
        assertThat(Main.needed("biuld")).containsExactly(ALL);
        assertThat(Main.needed("--lang", "build")).as("--lang's value is not a subcommand").containsExactly(ALL);
    }

    @Test
    void theHelpListsEverySubcommandAsBefore() {
        var out = new java.io.ByteArrayOutputStream();
        var saved = System.out;
        int status;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            status = Main.run("--lang", "en", "--help");
        } finally {
            System.setOut(saved);
        }
        assertThat(status).isZero();
        String help = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String sub : ALL) assertThat(help).containsPattern("(?m)^\\s+" + sub + "\\s");
    }
}
