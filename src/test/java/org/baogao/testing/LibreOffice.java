package org.baogao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless, converting Word documents to PDF as a reader without Word would see them.
 * It is slow to start (seconds), so a test converts all its documents in one call; each call has
 * a profile of its own, so that it neither reads nor disturbs a user's LibreOffice settings.
 */
public final class LibreOffice {

    public static final Path SOFFICE = Path.of(System.getProperty("baogao.soffice", "/usr/bin/soffice"));
    static final String INSTALL = "install LibreOffice Writer (sudo apt-get install libreoffice-writer-nogui) or pass"
            + " -Dbaogao.soffice=…";
    /** Far above the few seconds a conversion takes, even on a loaded machine. */
    static final long TIMEOUT_SECONDS = 300;

    private LibreOffice() {}

    /** Skips the calling test (fails it under CI) when LibreOffice is not installed. */
    public static void require() {
        if (Files.isExecutable(SOFFICE)) return;
        String message = "no " + SOFFICE + ": " + INSTALL;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; under CI the LibreOffice tests must run");
        }
        Assumptions.abort(message);
    }

    /**
     * Converts each .docx to a PDF of the same name in {@code out}, in one run of LibreOffice.
     *
     * @param environment added to the process's environment (e.g. {@code FONTCONFIG_FILE})
     */
    public static List<Path> toPdf(List<Path> docx, Path out, Map<String, String> environment)
            throws IOException, InterruptedException {
        require();
        Path profile = Files.createTempDirectory("baogao-soffice-");
        try {
            List<String> command = new ArrayList<>(List.of(SOFFICE.toString(),
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", out.toString()));
            for (Path d : docx) command.add(d.toString());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.resolve("soffice.log").toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("LibreOffice did not finish in " + TIMEOUT_SECONDS + " s");
            }
            List<Path> pdfs = new ArrayList<>();
            for (Path d : docx) {
                Path pdf = out.resolve(d.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
                if (!Files.isRegularFile(pdf)) {
                    throw new AssertionError("LibreOffice made no " + pdf + ": " + Files.readString(out.resolve("soffice.log")));
                }
                pdfs.add(pdf);
            }
            return pdfs;
        } finally {
            org.baogao.publish.OutputFolder.deleteQuietly(profile);
        }
    }
}
