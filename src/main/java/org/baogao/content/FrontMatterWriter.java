package org.baogao.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes front matter that {@link FrontMatterParser} reads back as written: {@code key: value}
 * lines between {@code ---} fences, a value quoted only where YAML would otherwise read it as
 * something else (a leading {@code [}, a {@code : } inside, {@code true}), an empty value left empty,
 * a list as a flow sequence ({@code [主题教育, 理论学习]}).
 */
public final class FrontMatterWriter {

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|\\s$|: |:$| #|[\\n\\t\\\\]|^(?i:true|false|null|yes|no|on|off|~)$"
            // and what YAML does not allow in a file at all: control characters, written as escapes
            + "|[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]");

    /** What ends an item in a flow sequence. */
    private static final Pattern FLOW_UNSAFE = Pattern.compile("[,\\[\\]{}]");

    private FrontMatterWriter() {}

    public static String write(List<Skeleton.Field> fields) {
        StringBuilder s = new StringBuilder("---\n");
        for (Skeleton.Field f : fields) {
            s.append(f.key()).append(':');
            if (f.items() != null) {
                s.append(" [").append(String.join(", ", f.items().stream().map(FrontMatterWriter::item).toList())).append(']');
            } else {
                String v = f.value() == null ? "" : f.value();
                if (!v.isEmpty()) s.append(' ').append(scalar(v));
            }
            s.append('\n');
        }
        return s.append("---\n").toString();
    }

    /** An item of a flow sequence: quoted also where a comma or bracket would end it. */
    private static String item(String value) {
        return FLOW_UNSAFE.matcher(value).find() ? quoted(value) : scalar(value);
    }

    static String scalar(String value) {
        return PLAIN_UNSAFE.matcher(value).find() ? quoted(value) : value;
    }

    private static String quoted(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (printable(c)) q.append(c);
                    else q.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return q.append('"').toString();
    }

    /** YAML 1.2's printable set, for one UTF-16 unit (surrogates come in pairs here). */
    private static boolean printable(char c) {
        return c >= 0x20 && c < 0x7F || c == 0x85 || c >= 0xA0 && c != 0xFFFE && c != 0xFFFF;
    }
}
