package org.baogao.markdown.internal;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Lets {@code *}/{@code **} open and close next to Chinese punctuation. CommonMark's flanking rules
 * assume words are separated by spaces: {@code **（一）在思想方面。**虽然……} is not bold there,
 * because the closing {@code **} follows punctuation and precedes a letter, and
 * {@code 他说**"好"**} is not bold because the opening one precedes punctuation and follows a letter.
 * Chinese has no spaces, so a run that touches a Han (or other wide) character on its outer side
 * is treated as if that side were a space, as the CJK-friendly emphasis proposals do.
 */
public final class CjkEmphasisExtension implements Parser.ParserExtension {

    public static CjkEmphasisExtension create() {
        return new CjkEmphasisExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // replaced by the processor below
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new Processor(Parser.STRONG_WRAPS_EMPHASIS.get(builder)));
    }

    private static final class Processor extends AsteriskDelimiterProcessor {
        Processor(boolean strongWrapsEmphasis) {
            super(strongWrapsEmphasis);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation,
                boolean beforeIsWhitespace, boolean afterIsWhitespace) {
            return leftFlanking || !afterIsWhitespace && isWide(before);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation,
                boolean beforeIsWhitespace, boolean afterIsWhitespace) {
            return rightFlanking || !beforeIsWhitespace && isWide(after);
        }

        private static boolean isWide(String s) {
            return s.length() == 1 && CjkSoftBreakExtension.isWide(s.charAt(0));
        }
    }
}
