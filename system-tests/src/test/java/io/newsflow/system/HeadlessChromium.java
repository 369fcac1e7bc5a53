package io.newsflow.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver, for one test class: both from fixed
 * paths, so Selenium Manager never looks for (or downloads) a browser. Where either is missing, the
 * class is skipped with a message saying what to install. Register it before the pipeline, so a
 * machine without Chromium does not start the pipeline for nothing.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String NOT_INSTALLED = "Chromium not installed: apt-get install chromium chromium-driver"
            + " (" + BROWSER + ", " + DRIVER + ")";
    /** The size of the screenshots in docs/screenshots. */
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern EXPECTED_ANSWERS = Pattern.compile(
            "Failed to load resource: the server responded with a status of (401|404)");

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            // Surefire counts a class aborted before its tests as "Tests run: 0" and shows no reason: say it here.
            System.err.printf("%s SKIPPED: %s%n", context.getDisplayName(), NOT_INSTALLED);
        }
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), NOT_INSTALLED);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT,
                "--force-device-scale-factor=1", "--hide-scrollbars", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // The window's frame takes some of --window-size: grow it until the page itself has the size.
        Dimension outer = driver.manage().window().getSize();
        long innerHeight = (Long) driver.executeScript("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(outer.getWidth(), outer.getHeight() + (int) (HEIGHT - innerHeight)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Loads {@code url} afresh and waits until its view has drawn itself (or shown its error). Through a
     * blank page, because a URL that differs from the current one only in its hash would not reload.
     */
    void open(String url) {
        driver.get("about:blank");
        driver.get(url);
        awaitView();
    }

    /** Waits until the current view has finished drawing: main.js marks it data-ready. */
    WebElement awaitView() {
        return await(d -> d.findElements(By.cssSelector("#view > .view[data-ready]")).stream().findFirst()
                .orElse(null));
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The window as it is, under target/screenshots; the good ones are copied to docs/screenshots by hand. */
    void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = RunningPipeline.repository().resolve("system-tests/target/screenshots").resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What went wrong in the page since the last call: script errors and Content-Security-Policy
     * refusals. Chromium also reports every 4xx answer; the page expects a 404 (is the article
     * queryable yet?) and a 401 (a wrong key) and shows them, so those are no error of the page.
     */
    List<String> pageErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !EXPECTED_ANSWERS.matcher(message).find())
                .toList();
    }
}
