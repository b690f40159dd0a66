package org.baogao.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.baogao.project.Project;
import org.baogao.text.Invocation;
import org.baogao.text.Messages;

import picocli.CommandLine.Option;

/**
 * {@code --project DIR}, shared by the commands that work on a project. Without it the project
 * is found from the working folder upward, so that a command works from any folder inside it.
 */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", descriptionKey = "option.project")
    Path given;

    /** The project given, else the one the working folder is in, else the working folder itself. */
    Project project() {
        if (given != null) return Project.at(given);
        return Project.find(Path.of("")).orElse(Project.at(Path.of("")));
    }

    /**
     * The project whose settings ({@code baogao.yml}, {@code glossary.yml}, {@code fonts/}) go with the
     * reports of {@code content}: the one given, else the folder that holds {@code content} (the
     * working folder's project when that is it, so that paths in messages stay short). Never the
     * working folder's project merely because the command was run from there.
     */
    Project holding(Path content) {
        if (given != null) return Project.at(given);
        Path folder = content.toAbsolutePath().normalize().getParent();
        if (folder == null) return project();
        Project here = project();
        return here.root().toAbsolutePath().normalize().equals(folder) ? here : Project.at(folder);
    }

    /** Says that the working folder is in no project, and how to make one; the exit status to return. */
    static int notFound(PrintStream err) {
        err.println(Messages.get("project.not-found", Path.of("").toAbsolutePath(), Invocation.command()));
        return 2;
    }

    /** Whether there is a project to work on: given, or found from the working folder. */
    boolean found() {
        return given != null || Project.find(Path.of("")).isPresent();
    }
}
