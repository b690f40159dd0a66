package org.baogao.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes front matter that {@link FrontMatterParser} reads back as written: {@code key: value}
 * lines between {@code ---} fences, a value quoted only where YAML would otherwise read it as
 * something else (a leading {@code [}, a {@code : } inside, {@code true}), an empty value left empty.
 */
public final class FrontMatterWriter {

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|\\s$|: |:$| #|[\\n\\t\\\\]|^(?i:true|false|null|yes|no|on|off|~)$");

    private FrontMatterWriter() {}

    public static String write(List<Skeleton.Field> fields) {
        StringBuilder s = new StringBuilder("---\n");
        for (Skeleton.Field f : fields) {
            s.append(f.key()).append(':');
            String v = f.value() == null ? "" : f.value();
            if (!v.isEmpty()) s.append(' ').append(scalar(v));
            s.append('\n');
        }
        return s.append("---\n").toString();
    }

    static String scalar(String value) {
        if (!PLAIN_UNSAFE.matcher(value).find()) return value;
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
