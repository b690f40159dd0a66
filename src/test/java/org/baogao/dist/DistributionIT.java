package org.baogao.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.baogao.publish.OutputFolder;
import org.baogao.testing.PdfProbe;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The zip as a user gets it: unzipped into a temporary folder outside the checkout, with only
 * Java there, then {@code bin/baogao init 档案} and {@code ../bin/baogao build} in it, in Chinese.
 * Run by 'mvn verify', after 'package' has made the zip.
 */
class DistributionIT {

    private static Path unpacked;
    private static Path home;

    @BeforeAll
    static void unzip() throws IOException {
        Path zip = Path.of(System.getProperty("baogao.zip", "target/baogao-0.1.0-SNAPSHOT.zip"));
        assertThat(zip).as("made by 'mvn package'").exists();
        unpacked = Files.createTempDirectory("baogao-dist");
        assertThat(unpacked.toAbsolutePath().startsWith(Path.of("").toAbsolutePath())).isFalse();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertThat(target.startsWith(unpacked)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                // as unzip does: the modes the zip records
                if ((e.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(target));
                    p.add(PosixFilePermission.OWNER_EXECUTE);
                    Files.setPosixFilePermissions(target, p);
                }
            }
        }
        try (var top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
        }
    }

    @AfterAll
    static void remove() {
        OutputFolder.deleteQuietly(unpacked);
    }

    @Test
    void theZipHoldsTheLaunchersTheJarsTheReadmesAndTheLicences() throws IOException {
        assertThat(home.getFileName().toString()).startsWith("baogao-");
        assertThat(Files.isExecutable(home.resolve("bin/baogao"))).as("bin/baogao is executable").isTrue();
        assertThat(Files.readString(home.resolve("bin/baogao.cmd"))).contains("\r\n").contains("org.baogao.cli.Main");
        assertThat(home.resolve("lib/baogao.jar")).exists();
        assertThat(home.resolve("lib/picocli-4.7.7.jar")).exists();
        assertThat(Files.readString(home.resolve("README.md"))).contains("bin/baogao init 档案");
        assertThat(home.resolve("README.en.md")).exists();
        String thirdParty = Files.readString(home.resolve("licences/THIRD-PARTY.txt"));
        try (var jars = Files.list(home.resolve("lib"))) {
            for (Path jar : jars.filter(j -> !j.getFileName().toString().equals("baogao.jar")).toList()) {
                String name = jar.getFileName().toString();
                String artifact = name.substring(0, name.lastIndexOf('-'));
                assertThat(thirdParty).as("the licence of " + name).contains(":" + artifact + ":");
            }
        }
        assertThat(home.resolve("licences/pdfbox-3.0.7-jar/META-INF/LICENSE")).exists();
    }

    @Test
    void initAndBuildWorkFromTheUnzippedFolder() throws Exception {
        Run init = run(home, "bin/baogao", "init", "档案");
        assertThat(init.status).as(init.output).isEqualTo(0);
        assertThat(init.output).contains("已在 档案 新建 baogao 项目", "../bin/baogao build");
        Path project = home.resolve("档案");

        Run build = run(project, "../bin/baogao", "build");
        assertThat(build.status).as(build.output).isEqualTo(0);
        assertThat(build.output).contains("已生成 2 份材料", "→ site/index.html").doesNotContain("WARNING", "SLF4J", "log4j");

        Document home = Jsoup.parse(project.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(home.select("a[href$=.pdf]")).isNotEmpty();
        try (PdfProbe pdf = PdfProbe.open(project.resolve("site/2023/li-ming/li-ming.pdf"))) {
            assertThat(pdf.pages()).isGreaterThan(2);
            assertThat(pdf.text().replaceAll("\\s", "")).contains("对照检查材料", "存在的主要问题");
        }
        try (PdfProbe pdf = PdfProbe.open(project.resolve("site/2023/qingshan-changwei/qingshan-changwei.pdf"))) {
            assertThat(pdf.text().replaceAll("\\s", "")).contains("中共青山县委常委班子");
        }
    }

    @Test
    void aChineseLocaleThatIsNotInstalledStillReadsChineseArguments() throws Exception {
        // a bare server or container names zh_CN.UTF-8 without having it; Java would then read
        // 档案 as '??', and the launcher runs it in C.UTF-8 instead, in Chinese as the name asked
        Run init = run(home, Map.of("LANG", "zh_CN.UTF-8", "BAOGAO_CDS", "0"), "bin/baogao", "init", "新档案");
        assertThat(init.status).as(init.output).isEqualTo(0);
        assertThat(init.output).contains("已在 新档案 新建 baogao 项目");
        assertThat(home.resolve("新档案/content/2023/li-ming.md")).exists();
    }

    @Test
    void anInstallationInAFolderWithASpaceAndChineseStartsFromItsArchiveInTheUsersCache() throws Exception {
        // JDK 17 takes no class from an archive out of a jar whose path has a space or Chinese:
        // the launcher runs such an installation from a copy of its jars in the user's cache
        Path install = unpacked.resolve("安装 目录");
        copyTree(home, install);
        Path cache = Files.createDirectories(unpacked.resolve("cache"));
        shareFontConversions(cache);
        Map<String, String> env = Map.of("LANG", "C.UTF-8", "BAOGAO_LANG", "zh", "XDG_CACHE_HOME", cache.toString());

        Run first = run(install, env, "bin/baogao", "--version");
        assertThat(first.status).as(first.output).isEqualTo(0);
        assertThat(first.output).contains("正在为这个 jar 准备启动归档", "baogao 0.1");
        try (var made = Files.list(cache.resolve("baogao/cds"))) {
            assertThat(made.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".jsa"));
        }

        Path classes = unpacked.resolve("classes.log");
        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes);
        Run second = run(install, logged, "bin/baogao", "init", "档案");
        assertThat(second.status).as(second.output).isEqualTo(0);
        assertThat(second.output).contains("已在 档案 新建 baogao 项目").doesNotContain("准备启动归档");
        assertThat(Files.readAllLines(classes)).anyMatch(l -> l.contains("org.baogao.cli.Main source: shared objects file"));
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoFailureAndNoArchiveIsTriedAtEachStart() throws Exception {
        Path notAFolder = Files.writeString(unpacked.resolve("cache-file"), "");
        Map<String, String> env = Map.of("LANG", "C.UTF-8", "BAOGAO_LANG", "zh", "XDG_CACHE_HOME", notAFolder.toString());
        for (int i = 0; i < 2; i++) {
            Run r = run(home, env, "bin/baogao", "--version");
            assertThat(r.status).as(r.output).isEqualTo(0);
            assertThat(r.output).contains("baogao 0.1").doesNotContain("准备启动归档");
        }
    }

    /** The fonts' conversions the user's cache holds already, for a test of the archive alone. */
    private static void shareFontConversions(Path cache) throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path users = (xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("baogao/fonts");
        if (Files.isDirectory(users)) Files.createSymbolicLink(Files.createDirectories(cache.resolve("baogao")).resolve("fonts"), users);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private record Run(int status, String output) {}

    /**
     * Runs in a UTF-8 locale for file names (档案) whether or not zh_CN is installed, in Chinese;
     * without the start-up archive, which would be made in the user's cache (the test above makes
     * one in its own).
     */
    private static Run run(Path dir, String... command) throws Exception {
        return run(dir, Map.of("LANG", "C.UTF-8", "BAOGAO_LANG", "zh", "BAOGAO_CDS", "0"), command);
    }

    private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeAll(List.of("LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "BAOGAO_LANG", "BAOGAO_CDS",
                "JAVA_TOOL_OPTIONS"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
