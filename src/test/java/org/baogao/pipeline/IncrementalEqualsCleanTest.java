package org.baogao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.baogao.testing.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One archive built incrementally through a sequence of edits, each kind a user makes, and after
 * every edit compared with a clean build of the same sources: every file the same, the PDFs apart
 * from their dates and document ids (issue 12), compared as written again uncompressed. The build cache itself is left out (its keys and
 * its list of the fonts found): it records history, what earlier builds' renderings used and
 * found, which a clean build has not.
 */
class IncrementalEqualsCleanTest {

    @TempDir
    Path dir;

    /** The edits, in order; each is applied to the project, then both builds are compared. */
    interface Edit {
        void apply(Path project) throws IOException;
    }

    @Test
    void everyEditGivesWhatACleanBuildGives() throws Exception {
        Path project = Projects.create(dir.resolve("p"));
        Projects.write(project.resolve("content/2023/a.md"), report("甲对照检查材料", "甲", "2024-01-05", "学习不够深入。"));
        Projects.write(project.resolve("content/2023/b.md"), report("乙对照检查材料", "乙", "2024-01-04", "调研不够经常。"));
        BuildOptions options = Projects.options(project);
        Projects.build(options);

        Map<String, Edit> edits = new java.util.LinkedHashMap<>();
        edits.put("a body changed", p -> Projects.write(p.resolve("content/2023/a.md"),
                report("甲对照检查材料", "甲", "2024-01-05", "学习不够深入，担当不够。")));
        edits.put("a title changed", p -> Projects.write(p.resolve("content/2023/b.md"),
                report("乙同志对照检查材料", "乙", "2024-01-04", "调研不够经常。")));
        edits.put("a report added", p -> Projects.write(p.resolve("content/2024/c.md"),
                report("丙对照检查材料", "丙", "2024-02-01", "作风不够扎实。")));
        edits.put("the base layout changed", p -> Files.writeString(p.resolve("templates/_base.ftlh"),
                "<#-- 版式注释 -->\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND));
        edits.put("a partial loaded by name created", p -> {
            Path type = p.resolve("templates/individual.ftlh");
            Files.writeString(type, Files.readString(type).replace("<@base.page", "<#assign extra = .get_optional_template(\"_extra.ftlh\")>"
                    + "<#if extra.exists><@extra.include/></#if><@base.page"));
            Projects.write(p.resolve("templates/_extra.ftlh"), "<!-- 附注 -->\n");
        });
        edits.put("that partial edited", p -> Projects.write(p.resolve("templates/_extra.ftlh"), "<!-- 附注二 -->\n"));
        edits.put("the archive's settings changed", p -> Projects.write(p.resolve("baogao.yml"), "name: 测试档案\n"));
        edits.put("a report made a draft", p -> Projects.write(p.resolve("content/2024/c.md"),
                report("丙对照检查材料", "丙", "2024-02-01", "作风不够扎实。").replace("---\n\n", "draft: true\n---\n\n")));
        edits.put("a report renamed", p -> Files.move(p.resolve("content/2023/b.md"), p.resolve("content/2023/bb.md")));
        edits.put("a report deleted", p -> Files.delete(p.resolve("content/2023/a.md")));

        for (var e : edits.entrySet()) {
            e.getValue().apply(project);
            Projects.build(options);
            Path clean = dir.resolve("clean");
            org.baogao.publish.OutputFolder.deleteTree(clean);
            try (Builder b = new Builder(options.withOut(clean))) {
                b.build(BuildRequest.incremental(BuildListener.NONE).withClean(true));
            }
            Map<String, String> incremental = files(project.resolve("site"));
            Map<String, String> fromScratch = files(clean);
            java.util.Set<String> differ = new java.util.TreeSet<>(incremental.keySet());
            differ.addAll(fromScratch.keySet());
            differ.removeIf(f -> java.util.Objects.equals(incremental.get(f), fromScratch.get(f)));
            assertThat(differ).as("files that differ from a clean build after '%s'", e.getKey()).isEmpty();
        }
    }

    private static final Pattern PDF_DATE = Pattern.compile("D:\\d{14}[^)]*");
    private static final Pattern XMP_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[^<\"]*");
    private static final Pattern PDF_ID = Pattern.compile("/ID ?\\[ ?<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+> ?\\]");

    /**
     * A PDF as text, written again without compression so that nothing is hidden in a compressed
     * object stream, with its dates (information dictionary and XMP) and its document id taken out.
     */
    static String pdfWithoutDates(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            doc.getDocumentInformation().setCreationDate(null);
            doc.getDocumentInformation().setModificationDate(null);
            doc.getDocument().getTrailer().removeItem(org.apache.pdfbox.cos.COSName.ID);
            var bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            return PDF_ID.matcher(XMP_DATE.matcher(PDF_DATE.matcher(text).replaceAll("D:")).replaceAll("DATE")).replaceAll("/ID[]");
        }
    }

    /** Every file below the site but the cache's two, as text; a PDF with its dates and id taken out. */
    static Map<String, String> files(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (rel.equals(BuildCache.FILE) || rel.equals(FontListFile.FILE)) continue;
                out.put(rel, rel.endsWith(".pdf") ? pdfWithoutDates(f) : new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private static String report(String title, String author, String date, String body) {
        return Projects.report(title, "individual", author, date, body);
    }
}
