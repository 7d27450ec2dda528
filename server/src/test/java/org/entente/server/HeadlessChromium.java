package org.entente.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its chromedriver (Selenium; nothing is downloaded), with a
 * fresh profile and download folder, for the web form's tests.
 *
 * <p>Without Chromium and chromedriver the tests that use it are skipped, unless
 * ENTENTE_REQUIRE_BROWSER=1 (as in CI), which makes their absence a failure. Paths:
 * /usr/bin/chromium and /usr/bin/chromedriver, or ENTENTE_CHROMIUM and ENTENTE_CHROMEDRIVER.
 */
final class HeadlessChromium implements AutoCloseable {
    final WebDriver driver;
    final Path downloads;
    final Path profile;

    private HeadlessChromium(WebDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    /** Starts the browser, or skips (or fails, with ENTENTE_REQUIRE_BROWSER) the calling test class. */
    static HeadlessChromium startOrSkip() throws IOException {
        Path chromium = executable("ENTENTE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path chromedriver = executable("ENTENTE_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null) {
            String what = "the browser tests of the web form need Chromium and chromedriver (apt-get install chromium "
                    + "chromium-driver); found " + (chromium == null ? "no Chromium" : chromium) + " and "
                    + (chromedriver == null ? "no chromedriver" : chromedriver);
            if (requireBrowser()) {
                fail(what + ", and ENTENTE_REQUIRE_BROWSER is set");
            }
            assumeTrue(false, "skipped: " + what);
        }
        Path downloads = Files.createTempDirectory("entente-downloads");
        Path profile = Files.createTempDirectory("entente-chromium");

        // Never let Selenium Manager look for (or download) a driver or a browser: name both.
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new HeadlessChromium(driver, downloads, profile);
    }

    static boolean requireBrowser() {
        String v = System.getenv("ENTENTE_REQUIRE_BROWSER");
        return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    static Path executable(String env, String... candidates) {
        List<String> all = new ArrayList<>();
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            all.add(fromEnv);
        }
        all.addAll(List.of(candidates));
        for (String c : all) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** The console's warnings and errors since the last call (a CSP violation would be one). */
    List<String> severeConsoleMessages() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                out.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public void close() {
        driver.quit();
        TestData.delete(downloads);
        TestData.delete(profile);
    }
}
