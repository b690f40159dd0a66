package org.baogao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.baogao.logs.LibraryLogs;

/**
 * Writes the benchmark's corpus: {@code java -cp target/baogao.jar org.baogao.bench.GenerateCorpus N DIR [SEED] [--plant P [--fresh]]}
 * writes N reports into {@code DIR/content}, the same ones for the same N and seed on every machine.
 * {@code --plant P} also copies P passages between reports (see {@link Plants}) and lists them in
 * {@code DIR/plants.tsv}, for measuring {@code baogao similar}; the reports are otherwise the same.
 * {@code --fresh} plants text of the sources' own instead of the generator's phrase-bank sentences.
 */
public final class GenerateCorpus {
    private GenerateCorpus() {}

    public static void main(String[] args) throws Exception {
        LibraryLogs.silence();
        List<String> rest = new ArrayList<>();
        int plants = 0;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--plant") && i + 1 < args.length) plants = Integer.parseInt(args[++i]);
            else if (args[i].equals("--fresh")) fresh = true;
            else rest.add(args[i]);
        }
        if (rest.size() < 2) {
            System.err.println("usage: GenerateCorpus N PROJECT_DIR [SEED] [--plant P [--fresh]]   writes N reports into PROJECT_DIR/content"
                    + " (and P copied passages, listed in PROJECT_DIR/" + Plants.FILE + ")");
            System.exit(2);
        }
        int count = Integer.parseInt(rest.get(0));
        long seed = rest.size() > 2 ? Long.parseLong(rest.get(2)) : 20240118L;
        Path project = Path.of(rest.get(1));
        List<Plants.Plant> planted = new Corpus(seed).write(project.resolve("content"), count, 2017, 8, plants, fresh);
        if (plants > 0) Plants.write(project.resolve(Plants.FILE), planted);
    }
}
