package org.baogao.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import org.baogao.content.SourceReader;
import org.baogao.hash.ContentHash;
import org.baogao.publish.Output;

/**
 * The read phase: every report file read into a report, so that each one's page can link to its
 * neighbours. A PDF depends on its report alone: those that must be rendered are checked and
 * rendered as soon as their report is read, beside the reading of the others (see
 * {@link RenderPhase#pdf}), changed files first so that their PDFs start at once.
 */
final class ReadPhase {

    private final ReportReader reader;
    private final ReadingMemo memo;

    ReadPhase(ReportReader reader, ReadingMemo memo) {
        this.reader = reader;
        this.memo = memo;
    }

    /**
     * Every report read, in the files' order; a report that fails, and was published before, as
     * its last good version (see {@link LastGood}).
     *
     * @param render   the PDFs' renderer, or null when no PDFs are built
     * @param listener told of each PDF as it is made
     */
    List<Read> run(Inputs inputs, BuildCache previous, RenderPhase render, LastGood lastGood, Output out,
            ExecutorService pool, boolean failFast, BuildListener listener) throws IOException, BuildException {
        // what rendering a PDF writes, the PDF alone, is told to the listener as soon as it is written
        Output pdfs = (relative, bytes) -> {
            out.write(relative, bytes);
            listener.pdfMade(relative, bytes);
        };
        List<Callable<Read>> tasks = new ArrayList<>();
        List<Integer> order = changedFirst(inputs, previous);
        for (int i : order) {
            Path f = inputs.files().get(i);
            String relative = inputs.relative(f);
            String sourceHash = inputs.sourceHashes().get(f);
            SourceFiles.Snapshot snapshot = inputs.snapshots().get(f);
            CachedReport before = previous.reports.get(relative);
            tasks.add(() -> {
                Reading r = read(f, relative, snapshot);
                Read read;
                if (r.settled() != null) {
                    read = new Read(r, null, null);
                } else {
                    String printKey = inputs.printKey(sourceHash, r.report().meta().type());
                    boolean keep = before != null && !before.draft() && before.printKey().equals(printKey)
                            && before.path().equals(r.report().path());
                    ReportRenderer.Rendered pdf = render != null && !keep ? render.pdf(r.report(), pdfs) : null;
                    read = new Read(r, printKey, pdf);
                }
                ReportOutcome failure = read.outcome();
                if (failure == null || !failure.failed()) return read;
                LastGood.Stale stale = lastGood.of(f, relative, failure);
                return stale == null ? read : Read.of(stale);
            });
        }
        List<Read> results = Tasks.runAll(pool, tasks, failFast ? ReadPhase::failure : null);
        Read[] inFileOrder = new Read[results.size()];
        for (int k = 0; k < order.size(); k++) inFileOrder[order.get(k)] = results.get(k);
        return List.of(inFileOrder);
    }

    private static ReportOutcome failure(Read r) {
        if (r.stale() != null) return r.stale().failure();
        ReportOutcome o = r.outcome();
        return o != null && o.failed() ? o : null;
    }

    /** The files' indexes, those that changed since the last build first. */
    private static List<Integer> changedFirst(Inputs inputs, BuildCache previous) {
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < inputs.files().size(); i++) {
                Path f = inputs.files().get(i);
                CachedReport before = previous.reports.get(inputs.relative(f));
                boolean changed = before == null || !before.sourceHash().equals(inputs.sourceHashes().get(f));
                if (changed == (pass == 0)) order.add(i);
            }
        }
        return order;
    }

    /** A report read, from the memo when its bytes were read before by the same reader. */
    Reading read(Path file, String relative, SourceFiles.Snapshot snapshot) {
        Reading r = memo.get(file, snapshot.hash(), reader);
        if (r != null) return r;
        byte[] bytes = snapshot.bytes();
        String hash = snapshot.hash();
        if (bytes == null) {
            // hashed by an earlier build, or too large to be a report: read it now, hash what was read
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return reader.read(file, relative, null);
            }
            if (bytes.length > SourceReader.MAX_BYTES) return reader.read(file, relative, null);
            hash = ContentHash.of(bytes);
        }
        r = reader.read(file, relative, bytes);
        memo.put(file, hash, reader, r);
        return r;
    }

    /** A report read from bytes just read, remembered so that the build that follows finds it read. */
    Reading read(Path file, String relative, byte[] bytes) {
        Reading r = reader.read(file, relative, bytes);
        memo.put(file, ContentHash.of(bytes), reader, r);
        return r;
    }
}
