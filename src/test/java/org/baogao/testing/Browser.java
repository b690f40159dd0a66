package org.baogao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven through its own chromedriver. Nothing is downloaded: both
 * binaries are named explicitly, so Selenium Manager has nothing to look for.
 *
 * <p>Without them the browser tests are skipped with a message saying what to install, except
 * under CI ({@code CI=true}), where a skipped browser test would hide a broken archive.
 */
public final class Browser implements AutoCloseable {

    public static final String INSTALL = "install chromium and chromium-driver (apt-get install chromium chromium-driver)";

    private static final Path CHROMIUM = Path.of(System.getProperty("baogao.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("baogao.chromedriver", "/usr/bin/chromedriver"));

    private static final Json JSON = new Json();

    /** Selenium warns that it has no DevTools bindings for this Chromium; they are not used. Held so the level sticks. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Why the browser tests cannot run here, or null when they can.
     *
     * @throws AssertionError under CI, where a skipped browser test would hide a broken archive
     */
    public static String unavailable() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) return null;
        String message = "no " + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM) + ": " + INSTALL;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; under CI the browser tests must run");
        }
        return message;
    }

    /** Starts Chromium, or skips the calling test (fails it under CI) when it is not installed. */
    public static Browser start() {
        String missing = unavailable();
        if (missing != null) Assumptions.abort(missing);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("baogao-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000");
            // chromedriver's performance log carries the DevTools network events: every request the page makes
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The URLs of the requests the browser made since the last call. */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = JSON.toType(e.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            if (!"Network.requestWillBeSent".equals(inner.get("method"))) continue;
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) inner.get("params")).get("request");
            urls.add((String) request.get("url"));
        }
        return urls;
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Chromium may still be letting go of its profile; a temporary folder left behind is harmless
        }
    }
}
