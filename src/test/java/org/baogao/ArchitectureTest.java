package org.baogao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages are the stages of the pipeline, and a package uses only those before it: the order
 * below is the one in README's project layout and in each package's {@code package-info.java}.
 */
class ArchitectureTest {

    /** A package and the packages it may use; every package of baogao is one of these. */
    record Stage(String name, String... mayUse) {}

    static final List<Stage> STAGES = List.of(
            // leaves: what several stages share; every stage may speak through the catalogue
            new Stage("text"),
            new Stage("files"),
            new Stage("project", "text", "files"),
            new Stage("chinese", "text"),
            new Stage("yaml", "text"),
            new Stage("print", "text", "yaml"),
            new Stage("fonts", "text", "files"),
            new Stage("publish", "text", "files"),
            new Stage("hash", "text"),
            new Stage("logs", "text"),
            new Stage("config", "text", "yaml", "print"),
            // the stages of one report, in the order a report goes through them
            new Stage("content", "text", "project", "yaml", "chinese", "print", "files"),
            new Stage("markdown", "text", "chinese", "content"),
            new Stage("layout", "text", "project", "chinese", "print", "fonts", "content", "markdown"),
            new Stage("lint", "text", "project", "yaml", "chinese", "print", "fonts", "content", "markdown", "files"),
            new Stage("similar", "text", "config", "content"),
            new Stage("pdf", "text", "fonts"),
            new Stage("docx", "text", "chinese", "print", "fonts", "content", "layout"),
            // all reports
            new Stage("site", "text", "project", "chinese", "print", "hash", "config", "content", "layout", "similar", "publish"),
            new Stage("volume", "text", "files", "chinese", "fonts", "publish", "hash", "config", "content", "layout", "pdf", "site"),
            new Stage("pipeline", "text", "project", "chinese", "print", "fonts", "publish", "hash", "config", "content", "markdown", "layout",
                    "lint", "similar", "pdf", "docx", "site", "volume"),
            // what the commands are made of
            new Stage("importer", "text", "project", "yaml", "chinese", "content", "markdown", "lint", "docx", "files"),
            new Stage("serve", "text", "project", "chinese", "print", "fonts", "publish", "hash", "config", "content", "markdown", "layout",
                    "lint", "pdf", "docx", "site", "pipeline"),
            new Stage("bench", "text", "project", "chinese", "print", "fonts", "publish", "hash", "logs", "config", "content", "markdown",
                    "layout", "lint", "similar", "pdf", "docx", "site", "pipeline", "serve"),
            new Stage("cli", "text", "project", "chinese", "print", "fonts", "publish", "hash", "logs", "config", "content", "markdown",
                    "layout", "lint", "similar", "pdf", "docx", "site", "pipeline", "importer", "serve"));

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // the compiled main classes alone: scanning every jar of the class path for the package took half a minute
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void eachPackageUsesOnlyTheStagesBeforeIt() {
        layers().check(main);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.baogao.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        String[] known = STAGES.stream().map(s -> "org.baogao." + s.name() + "..").toArray(String[]::new);
        classes().should().resideInAnyPackage(known).check(main);
    }

    @Test
    void markdownsInternalsAreItsOwn() {
        noClasses().that().resideOutsideOfPackage("org.baogao.markdown..")
                .should().dependOnClassesThat().resideInAPackage("org.baogao.markdown.internal..")
                .check(main);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Path root = Path.of("src/main/java/org/baogao");
        try (Stream<Path> folders = Files.walk(root)) {
            List<Path> withCode = folders.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
            assertThat(withCode).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.resolve("package-info.java")).as("%s says its job", d).isRegularFile());
        }
    }

    static LayeredArchitecture layers() {
        LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Stage s : STAGES) layers = layers.layer(s.name()).definedBy("org.baogao." + s.name() + "..");
        for (Stage s : STAGES) {
            layers = s.mayUse().length == 0
                    ? layers.whereLayer(s.name()).mayNotAccessAnyLayer()
                    : layers.whereLayer(s.name()).mayOnlyAccessLayers(s.mayUse());
        }
        return layers;
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
