package org.baogao.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a report's 落款 (issuer and date) goes, as front matter's {@code signature} names it. */
public enum SignaturePlace {
    /** below the body, at the right: the default */
    END("end"),
    /** under the title, centred, as a speech's is */
    UNDER_TITLE("under-title");

    private final String yaml;

    SignaturePlace(String yaml) {
        this.yaml = yaml;
    }

    /** As front matter writes it. */
    public String yaml() {
        return yaml;
    }

    /** For the templates: {@code meta.signature.underTitle}. */
    public boolean isUnderTitle() {
        return this == UNDER_TITLE;
    }

    public static Optional<SignaturePlace> of(String yaml) {
        return Arrays.stream(values()).filter(p -> p.yaml.equals(yaml)).findFirst();
    }

    /** What front matter may write, in this order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(SignaturePlace::yaml).toList();
    }
}
