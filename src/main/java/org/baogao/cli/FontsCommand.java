package org.baogao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;

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
        return f.converted() ? "CFF, converted" : "TrueType";
    }

    private static String standing(FontRegistry.Assignment a) {
        if (a.standing() == null) return a.face() == null ? "" : "fallback";
        return switch (a.standing()) {
            case OFFICE -> "standard";
            case FREE -> "free " + a.label();
            case STAND_IN -> "stand-in";
        };
    }

    @Override
    public Integer call() {
        List<Path> dirs = fonts.folders(project.project());
        FontRegistry registry = FontRegistry.discover(dirs).prepared(m -> System.err.println("baogao: " + m));
        Columns table = new Columns().add("role", "", "family", "outlines", "standing", "file");
        List<String> better = new ArrayList<>();
        for (FontRegistry.Assignment a : registry.assignments()) {
            FontFace f = a.face();
            table.add(a.role(), a.label(), f == null ? "(none found)" : f.family(), f == null ? "" : outlines(f),
                    standing(a), f == null ? "" : f.file().toString());
            if (a.better() != null) better.add("  " + a.label() + ": " + a.better());
        }
        System.out.print(table.render());
        if (!better.isEmpty()) {
            System.out.println("for a face closer to the standard, install:");
            better.forEach(System.out::println);
        }
        System.out.printf("%d usable faces found, %d font files skipped%s%n", registry.scanned(),
                registry.skipped().size(), verbose || registry.skipped().isEmpty() ? "" : " (-v lists them)");
        if (verbose) registry.skipped().forEach(s -> System.out.println("skipped  " + s));
        try {
            registry.requireChinese();
            return 0;
        } catch (FontsMissingException e) {
            System.err.println("baogao: " + e.getMessage());
            return 2;
        }
    }
}
