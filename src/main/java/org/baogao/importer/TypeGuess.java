package org.baogao.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baogao.content.FrontMatterParser;
import org.baogao.text.Messages;

/**
 * Which type a draft is, and why: a title that names a leadership body (班子, 常委会) is a group
 * report; otherwise the voice decides: a group writes 班子 / 班子成员 / 有的同志, a person 本人 / 我.
 *
 * @param type   {@code individual} or {@code group}
 * @param reason what decided it, for the import report
 */
record TypeGuess(String type, String reason) {

    private static final Pattern GROUP_VOICE = Pattern.compile("班子|有的同志|常委同志");
    private static final Pattern PERSONAL_VOICE = Pattern.compile("本人|我(?!们)");

    static TypeGuess of(String title, String body) {
        String byTitle = FrontMatterParser.inferType(title);
        if (byTitle.equals("group")) return new TypeGuess("group", Messages.get("import.type.by-title"));
        int group = count(GROUP_VOICE, body);
        int personal = count(PERSONAL_VOICE, body);
        String voice = Messages.get("import.type.by-voice", group, personal);
        return new TypeGuess(group > personal ? "group" : "individual", voice);
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
