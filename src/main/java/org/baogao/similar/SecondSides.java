package org.baogao.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The second sides of the pairs a check searches once ({@link PairSearch#both}): what a later
 * document shares with an earlier one, found by the earlier one's search, held until the later
 * one's block of results is made. On an archive of stock phrases these are a large part of all
 * its pairs (at the archive's midpoint, a quarter), so holding them would make memory grow with
 * the square of the archive: beyond {@code budget} numbers held they are written to a temporary
 * file, and read back when their block's turn comes.
 *
 * <p>Each side is kept as numbers: the document it is for, the source, the passages' count, then
 * each passage's start, end, source start and source end.
 */
final class SecondSides implements AutoCloseable {

    /** Numbers held in memory before they are written out: 16 MB. */
    static final long BUDGET = 4L << 20;

    private final int[] blockOf;
    private final IntList[] held;
    /** For each block, where its numbers written out are: offset in bytes and count of numbers, two longs each. */
    private final long[][] chunks;
    private final int[] chunkCount;
    private final long budget;
    private long heldNumbers;
    private Path file;
    private FileChannel channel;
    private long written;

    /**
     * @param blockOf for each document of the archive, the block its results are made in; −1: none
     * @param blocks  how many blocks there are
     */
    SecondSides(int[] blockOf, int blocks, long budget) {
        this.blockOf = blockOf;
        this.held = new IntList[blocks];
        this.chunks = new long[blocks][];
        this.chunkCount = new int[blocks];
        this.budget = budget;
    }

    /** Keeps the sides of {@code sides}, each for the document {@link PairPassages#doc()}. */
    synchronized void add(List<PairPassages> sides) {
        for (PairPassages p : sides) {
            int block = blockOf[p.doc()];
            if (block < 0) throw new IllegalArgumentException("no block for document " + p.doc());
            IntList h = held[block];
            if (h == null) h = held[block] = new IntList(64);
            h.add(p.doc());
            h.add(p.source());
            h.add(p.passages().size());
            for (int[] q : p.passages()) {
                h.add(q[0]);
                h.add(q[1]);
                h.add(q[2]);
                h.add(q[3]);
            }
            heldNumbers += 3 + 4L * p.passages().size();
        }
        if (heldNumbers > budget) writeOut();
    }

    /** The sides kept for the documents of {@code block}, which are then forgotten; each document's in the order they were added. */
    synchronized List<PairPassages> take(int block) {
        List<PairPassages> out = new ArrayList<>();
        try {
            for (int c = 0; c < chunkCount[block]; c++) {
                long offset = chunks[block][2 * c];
                int count = (int) chunks[block][2 * c + 1];
                ByteBuffer bytes = ByteBuffer.allocate(count * Integer.BYTES);
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes, offset + bytes.position()) < 0) throw new IOException("short read: " + file);
                }
                bytes.flip();
                IntBuffer numbers = bytes.asIntBuffer();
                int[] a = new int[count];
                numbers.get(a);
                decode(a, count, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunks[block] = null;
        chunkCount[block] = 0;
        IntList h = held[block];
        if (h != null) {
            int[] a = h.toArray();
            decode(a, a.length, out);
            heldNumbers -= a.length;
            held[block] = null;
        }
        return out;
    }

    /** Whether anything was written out to the file. */
    synchronized boolean wroteOut() {
        return written > 0;
    }

    private static void decode(int[] a, int length, List<PairPassages> out) {
        for (int i = 0; i < length; ) {
            int doc = a[i];
            int source = a[i + 1];
            int count = a[i + 2];
            i += 3;
            List<int[]> passages = new ArrayList<>(count);
            for (int k = 0; k < count; k++, i += 4) passages.add(Arrays.copyOfRange(a, i, i + 4));
            out.add(new PairPassages(doc, source, passages));
        }
    }

    /** Writes every block's held numbers to the file, one stretch after another. */
    private void writeOut() {
        try {
            if (channel == null) {
                file = Files.createTempFile("baogao-similar-", ".bin");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            }
            ByteBuffer out = ByteBuffer.allocate(1 << 20);
            for (int block = 0; block < held.length; block++) {
                IntList h = held[block];
                if (h == null || h.isEmpty()) continue;
                if (chunks[block] == null) chunks[block] = new long[8];
                if (2 * chunkCount[block] + 2 > chunks[block].length) chunks[block] = Arrays.copyOf(chunks[block], chunks[block].length * 2);
                chunks[block][2 * chunkCount[block]] = written;
                chunks[block][2 * chunkCount[block] + 1] = h.size();
                chunkCount[block]++;
                for (int i = 0; i < h.size(); i++) {
                    if (!out.hasRemaining()) drain(out);
                    out.putInt(h.get(i));
                }
                written += (long) h.size() * Integer.BYTES;
                heldNumbers -= h.size();
                held[block] = null;
            }
            drain(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain(ByteBuffer out) throws IOException {
        out.flip();
        while (out.hasRemaining()) channel.write(out);
        out.clear();
    }

    /** Deletes the file, if one was written. */
    @Override
    public synchronized void close() {
        try {
            if (channel != null) channel.close();
            if (file != null) Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is the system's to clear; the check's results stand
        }
        channel = null;
    }
}
