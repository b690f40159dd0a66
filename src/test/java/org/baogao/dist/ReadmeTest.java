package org.baogao.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The READMEs' two commands are the ones that work: the first builds the sample archive with the
 * launcher, the second is the test command CI runs. (DistributionIT runs the build from the zip;
 * CI runs the test command.)
 */
class ReadmeTest {

    private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)\\n```", Pattern.DOTALL);

    /** The code blocks of the section that starts with {@code heading}, up to the next section. */
    private static List<String> commands(Path readme, String heading) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf("\n## " + heading + "\n");
        assertThat(start).as(readme + " has a section '" + heading + "'").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        Matcher m = BLOCK.matcher(text.substring(start, end < 0 ? text.length() : end));
        List<String> blocks = new ArrayList<>();
        while (m.find()) blocks.add(m.group(1).strip());
        return blocks;
    }

    private static String ciTestCommand() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(".ci/run"));
        String last = lines.get(lines.size() - 1).strip();
        assertThat(lines.get(lines.size() - 2)).contains("the README's test command");
        return last.replace(" -B", "").replace(" -ntp", "");
    }

    @Test
    void theChineseAndTheEnglishReadmeGiveTheTwoCommandsCiRuns() throws IOException {
        String test = ciTestCommand();
        assertThat(commands(Path.of("README.md"), "两条命令")).startsWith("./baogao build", test);
        assertThat(commands(Path.of("README.en.md"), "The two commands")).startsWith("./baogao build", test);
        assertThat(Path.of("baogao")).isExecutable();
    }

    @Test
    void theChineseReadmeShowsTheDistributionsFirstSteps() throws IOException {
        // the commands DistributionIT runs in the unzipped folder
        assertThat(commands(Path.of("README.md"), "从发行包开始（不需要 Maven）").get(0))
                .contains("bin/baogao init 档案", "../bin/baogao build");
    }
}
