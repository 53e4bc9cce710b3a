package io.github.dlckit.mock.ui;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver. Both paths are given to Selenium explicitly
 * (override with {@code -Ddlc.chromium=…} and {@code -Ddlc.chromedriver=…}), so Selenium Manager never looks for
 * or downloads a browser. Without them the tests fail, saying what to install: a browser test that skips would
 * let a broken page pass CI.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("dlc.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("dlc.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    HeadlessChromium(int width, int height) {
        requireExecutable(CHROMIUM, "the browser");
        requireExecutable(CHROMEDRIVER, "its driver");
        try {
            profile = Files.createTempDirectory("dlc-ui-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    private static void requireExecutable(String path, String what) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("The web page's browser tests need " + what + " at " + path
                    + ". Install Debian's packages: apt-get install -y chromium chromium-driver "
                    + "(or point -Ddlc.chromium / -Ddlc.chromedriver at other copies).");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** @return what the page wrote to the console at level SEVERE (errors, failed loads) since the last call */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows as a PNG, creating the folder. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile harms nothing
            }
        }
    }
}
