package org.baogao.cli;

import java.nio.file.Path;

import org.baogao.lint.Glossary;
import org.baogao.lint.GlossaryException;
import org.baogao.lint.GlossaryFile;

import org.baogao.project.Project;

import picocli.CommandLine.Option;

/** {@code --glossary FILE}, shared by the commands that look for masked words. */
final class GlossaryOption {

    @Option(names = "--glossary", paramLabel = "FILE", descriptionKey = "option.glossary")
    Path file;

    /** The file to read: the one given, or glossary.yml in the project. */
    Path path(Project project) {
        return file != null ? file : project.root().resolve(GlossaryFile.NAME);
    }

    /** The built-in glossary with the file's words added; a file given on the command line must exist. */
    Glossary load(Project project) throws GlossaryException {
        return GlossaryFile.load(path(project), file != null);
    }
}
