package org.baogao.importer;

import java.util.List;

import org.baogao.content.SignaturePlace;
import org.baogao.yaml.YamlReader;

/**
 * The front matter a draft gives besides its title and type: what its text says around the body
 * (the signature, a handling mark, a closing line) and what its document properties hold.
 *
 * @param author     the signature's name; null when the draft ends with none
 * @param post       the post before the name ({@code 县委副书记　李明}); else null
 * @param date       the signature's date as YYYY-MM-DD; else null
 * @param marking    the handling mark above the title (a .docx's 版头标识); else null
 * @param closing    the closing line after the body (a .docx's 结束语); else null
 * @param underTitle the signature stands under the title (a .docx's 题下署名)
 * @param document   what the document's properties hold
 */
record FoundFields(String author, String post, String date, String marking, String closing, boolean underTitle,
        DocumentFields document) {

    /** The keys a value may be found for, in the order the front matter writes those a skeleton lacks. */
    static final List<String> KEYS = List.of("author", "post", "unit", "meeting", "date", "marking", "signature", "closing");

    static final FoundFields NONE = new FoundFields(null, null, null, null, null, false, DocumentFields.NONE);

    /** The value found for a front matter key, as it is written; null when none was found. */
    String value(String key) {
        return switch (key) {
            case "author" -> author;
            case "post" -> post;
            case "date" -> date;
            case "marking" -> marking;
            case "closing" -> closing;
            case "signature" -> underTitle ? YamlReader.name(SignaturePlace.UNDER_TITLE) : null;
            case "unit" -> document.unit();
            case "meeting" -> document.meeting();
            default -> null;
        };
    }
}
