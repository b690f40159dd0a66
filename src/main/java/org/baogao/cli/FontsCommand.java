package org.baogao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;
import org.baogao.text.Causes;
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

    private static String outlines(FontFace f) {
        return Messages.get(f.converted() ? "fonts.outlines.converted" : "fonts.outlines.truetype");
    }

    private static String standing(FontRegistry.Assignment a) {
        if (a.standing() == null) return a.face() == null ? "" : Messages.get("fonts.standing.fallback");
        return switch (a.standing()) {
            case OFFICE -> Messages.get("fonts.standing.office");
            case FREE -> Messages.get("fonts.standing.free", a.label());
            case STAND_IN -> Messages.get("fonts.standing.stand-in");
        };
    }

    @Override
    public Integer call() {
        List<Path> dirs = fonts.folders(project.project());
        FontRegistry registry = FontRegistry.discover(dirs).prepared(m -> System.err.println(Messages.get("cli.error", m)));
        Columns table = new Columns().add(Messages.get("fonts.column.role"), "", Messages.get("fonts.column.family"),
                Messages.get("fonts.column.outlines"), Messages.get("fonts.column.standing"), Messages.get("fonts.column.file"));
        List<String> better = new ArrayList<>();
        for (FontRegistry.Assignment a : registry.assignments()) {
            FontFace f = a.face();
            table.add(a.role(), a.label(), f == null ? Messages.get("fonts.none-found") : f.family(), f == null ? "" : outlines(f),
                    standing(a), f == null ? "" : f.file().toString());
            if (a.better() != null) better.add("  " + a.label() + ": " + a.better());
        }
        System.out.print(table.render());
        if (!better.isEmpty()) {
            System.out.println(Messages.get("fonts.better-heading"));
            better.forEach(System.out::println);
        }
        System.out.println(Messages.get("fonts.summary", registry.scanned(), registry.skipped().size())
                + (verbose || registry.skipped().isEmpty() ? "" : Messages.get("fonts.summary.list-hint")));
        if (verbose) registry.skipped().forEach(s -> System.out.println(Messages.get("fonts.skipped", s)));
        try {
            registry.requireChinese();
            return 0;
        } catch (FontsMissingException e) {
            System.err.println(Messages.get("cli.error", Causes.of(e)));
            return 2;
        }
    }
}
