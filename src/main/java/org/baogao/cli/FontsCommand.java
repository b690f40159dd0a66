package org.baogao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.baogao.fonts.FontFace;
import org.baogao.fonts.FontRegistry;
import org.baogao.fonts.FontsMissingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fonts",
        header = "Show which font file serves each role (title 小标宋, body 仿宋, 黑体, 楷体, 宋体).",
        description = {"",
            "Fonts are looked for in the folders given with --fonts, in ./fonts, then in the",
            "system's font folders. Only fonts with TrueType outlines can be embedded.", ""},
        mixinStandardHelpOptions = true)
final class FontsCommand implements Callable<Integer> {

    @Mixin
    FontsOption fonts = new FontsOption();

    @Option(names = {"-v", "--verbose"}, description = "Also list the font files that were skipped, and why.")
    boolean verbose;

    @Override
    public Integer call() {
        List<Path> dirs = fonts.folders();
        FontRegistry registry = FontRegistry.discover(dirs);
        Columns table = new Columns().add("role", "", "family", "file");
        for (FontRegistry.Assignment a : registry.assignments()) {
            FontFace f = a.face();
            table.add(a.role(), a.label(), f == null ? "(none found)" : f.family(), f == null ? "" : f.file().toString());
        }
        System.out.print(table.render());
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
