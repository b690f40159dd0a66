package org.baogao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baogao.project.Project;

import picocli.CommandLine.Option;

/** {@code --fonts DIR}, shared by the commands that look for fonts. */
final class FontsOption {

    @Option(names = "--fonts", paramLabel = "DIR", descriptionKey = "option.fonts")
    List<Path> given = new ArrayList<>();

    /** The folders to search before the system's: those given, then the project's {@code fonts/}. */
    List<Path> folders(Project project) {
        List<Path> dirs = new ArrayList<>(given);
        dirs.add(project.fonts());
        return dirs;
    }
}
