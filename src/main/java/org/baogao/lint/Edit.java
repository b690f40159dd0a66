package org.baogao.lint;

/**
 * One replacement in a file's text: the characters from {@code start} up to {@code end} become
 * {@code replacement}. Offsets are into the decoded text with {@code \n} line ends.
 */
public record Edit(int start, int end, String replacement) {

    public Edit {
        if (start < 0 || end < start) throw new IllegalArgumentException("edit " + start + ".." + end);
    }

    public boolean overlaps(Edit other) {
        return start < other.end && other.start < end || start == other.start && end == other.end;
    }
}
