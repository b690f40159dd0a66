package org.baogao.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A draft as read from its file: its blocks, and how it was read.
 *
 * @param file   the input file
 * @param format how it was read, for the import report: {@code GB18030 text, CRLF, one paragraph per line}
 * @param blocks its blocks in order
 */
record Draft(Path file, String format, List<DraftBlock> blocks) {

    Draft {
        blocks = List.copyOf(blocks);
    }
}
