package org.baogao.bench;

import java.nio.file.Path;

import org.baogao.logs.LibraryLogs;

/**
 * Writes the benchmark's corpus: {@code java -cp target/baogao.jar org.baogao.bench.GenerateCorpus N DIR [SEED]}
 * writes N reports into {@code DIR/content}, the same ones for the same N and seed on every machine.
 */
public final class GenerateCorpus {
    private GenerateCorpus() {}

    public static void main(String[] args) throws Exception {
        LibraryLogs.silence();
        if (args.length < 2) {
            System.err.println("usage: GenerateCorpus N PROJECT_DIR [SEED]   writes N reports into PROJECT_DIR/content");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240118L;
        new Corpus(seed).write(Path.of(args[1]).resolve("content"), count, 2017, 8);
    }
}
