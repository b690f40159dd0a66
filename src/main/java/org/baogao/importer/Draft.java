package org.baogao.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A draft as read from its file: its blocks, and how it was read.
 *
 * @param file   the input file
 * @param format how it was read, for the import report: {@code GB18030 text, CRLF, one paragraph per line}
 * @param blocks its blocks in order
 * @param left   what the draft holds that the report does not: {@code 2 pictures (…本人先后走访了…)}
 * @param fields the front matter its document properties hold (a .docx that baogao wrote)
 */
record Draft(Path file, String format, List<DraftBlock> blocks, List<String> left, DocumentFields fields) {

    Draft {
        blocks = List.copyOf(blocks);
        left = List.copyOf(left);
    }

    Draft(Path file, String format, List<DraftBlock> blocks) {
        this(file, format, blocks, List.of(), DocumentFields.NONE);
    }
}
