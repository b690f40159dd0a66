package org.baogao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;
import org.baogao.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fonts",
        mixinStandardHelpOptions = true)
final class FontsCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project = new ProjectOption();

    @Mixin
    FontsOption fonts = new FontsOption();

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Override
    public Integer call() {
        List<Path> dirs = fonts.folders(project.project());
        FontRegistry registry = FontRegistry.discover(dirs);
        Columns table = new Columns().add(Messages.get("fonts.column.role"), "", Messages.get("fonts.column.family"),
                Messages.get("fonts.column.file"));
        for (FontRegistry.Assignment a : registry.assignments()) {
            FontFace f = a.face();
            table.add(a.role(), a.label(), f == null ? Messages.get("fonts.none-found") : f.family(), f == null ? "" : f.file().toString());
        }
        System.out.print(table.render());
        System.out.println(Messages.get("fonts.summary", registry.scanned(), registry.skipped().size())
                + (verbose || registry.skipped().isEmpty() ? "" : Messages.get("fonts.summary.list-hint")));
        if (verbose) registry.skipped().forEach(s -> System.out.println(Messages.get("fonts.skipped", s)));
        try {
            registry.requireChinese();
            return 0;
        } catch (FontsMissingException e) {
            System.err.println(Messages.get("cli.error", e.getMessage()));
            return 2;
        }
    }
}
