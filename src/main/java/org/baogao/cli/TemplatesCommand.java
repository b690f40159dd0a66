package org.baogao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.baogao.project.NewProject;
import org.baogao.project.Project;
import org.baogao.project.TemplateSet;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project = new ProjectOption();

    @Option(names = "--copy")
    boolean copy;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Project p = project.project();
        Path folder = templates != null ? templates : p.templates();
        try {
            if (copy) {
                int written = 0;
                int kept = 0;
                for (NewProject.Entry e : NewProject.copyTemplates(folder)) {
                    if (e.outcome() == NewProject.Outcome.WRITTEN) written++;
                    else kept++;
                }
                out.println(Messages.get("templates.copied", written, folder, kept));
                return 0;
            }
            Columns table = new Columns().add(Messages.get("templates.column.name"), Messages.get("templates.column.from"));
            for (Map.Entry<String, Path> e : TemplateSet.of(folder).files().entrySet()) {
                table.add(e.getKey(), TemplateSet.isBuiltIn(e.getValue()) ? Messages.get("templates.built-in") : e.getValue().toString());
            }
            out.print(table.render());
            out.println(Messages.get("templates.hint", folder));
            return 0;
        } catch (IOException e) {
            System.err.println(Messages.get("templates.failed", folder, Causes.of(e)));
            return 2;
        }
    }
}
