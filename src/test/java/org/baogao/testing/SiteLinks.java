package org.baogao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks every link of a built site as a browser would follow it from a folder on disk. */
public final class SiteLinks {
    private SiteLinks() {}

    /** Every page's links, stylesheets, scripts and forms are relative and lead to a file; fragments to an element. */
    public static List<Path> assertAllRelativeAndResolving(Path site) throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src], form[action]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (url.startsWith("#")) {
                    assertThat(doc.getElementById(url.substring(1))).as(p + " → " + url).isNotNull();
                    continue;
                }
                assertThat(url).as(p + ": " + e).doesNotStartWith("/").doesNotContain("://").doesNotStartWith("data:");
                // resolved as a browser resolves it: the query and fragment are not part of the file
                URI resolved = p.toUri().resolve(url);
                Path file = Path.of(new URI("file", null, resolved.getPath(), null));
                assertThat(file).as(p + " → " + url).isRegularFile();
            }
        }
        return pages;
    }
}
