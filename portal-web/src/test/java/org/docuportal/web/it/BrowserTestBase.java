package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base class of the browser tests: each test gets a fresh headless Chromium, driven through
 * Selenium, pointed at the {@link SharedPortal}.
 *
 * <p>The browser is Debian's own Chromium with its matching chromedriver, both given by
 * path, so Selenium never downloads a browser or a driver. Where either is missing, every
 * test of the class is skipped, with a message saying what to install, before the shared
 * portal starts for nothing. Each test starts from an empty browser profile and quits the
 * browser afterwards, so no cookie or session leaks from one test into the next.
 *
 * <p>Subclasses use {@link #open(String)}, {@link #waitUntil()}, {@link #usePhoneWindow()} and
 * {@link #screenshot(String)}. Screenshots go to {@code target/screenshots}, so a person can
 * see what the test saw.
 */
@ExtendWith(BrowserTestBase.BrowserInstalled.class)
@ExtendWith(SharedPortal.class)
@ExtendWith(BrowserTestBase.ShowWhatFailed.class)
public abstract class BrowserTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static final Dimension DESKTOP = new Dimension(1280, 800);
    /** A common phone's CSS viewport (iPhone 12 to 15). */
    protected static final Dimension PHONE = new Dimension(390, 844);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DOWNLOADS = "downloads";

    /** The root of the {@link SharedPortal}, ending in a slash. */
    protected final URL base = SharedPortal.base();

    protected WebDriver driver;

    private Path profile;
    private String testName;

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        testName = getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
        profile = Files.createTempDirectory("chromium-profile");
        driver = newBrowser(profile);
    }

    /**
     * Another, independent browser (its own profile, cookies and session), for tests in which two
     * people act at once. The caller quits it and may delete its profile folder.
     */
    protected WebDriver newBrowser(Path userDataDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
                // Video tests press play from a script; the real user gesture is not what they test.
                "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + userDataDir);
        // The console is read after each test for Content-Security-Policy violations (see quitBrowser).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // Files the page hands over as attachments land here without a prompt (see downloaded(..)).
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", userDataDir.resolve(DOWNLOADS).toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * Quits the browser, and fails the test where the page broke its Content-Security-Policy: a
     * blocked script or handler often shows only as a feature that silently does nothing.
     */
    @AfterEach
    void quitBrowser() throws IOException {
        List<String> violations = List.of();
        try {
            if (driver != null) {
                violations = cspViolations(driver);
                driver.quit();
            }
        } finally {
            driver = null;
            deleteRecursively(profile);
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("the page broke its Content-Security-Policy:\n" + String.join("\n", violations));
        }
    }

    /** The console's reports of Content-Security-Policy violations since the last look. */
    protected static List<String> cspViolations(WebDriver browser) {
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
        } catch (WebDriverException e) {
            return List.of();
        }
    }

    /** Signs the main browser in on the login page and waits for the signed-in page. */
    protected void signInAs(String email, String password) {
        open("login.xhtml");
        // Waited for, not just looked up: on a loaded machine the sign-out before may still be redirecting.
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("login:email"))).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm")));
        waitUntil().until(d -> "complete".equals(script("return document.readyState;")));
    }

    /** Loads a page of the portal; {@code path} is relative to its root, e.g. {@code "title.xhtml?slug=x"}. */
    protected void open(String path) {
        load(driver, base.toString() + (path.startsWith("/") ? path.substring(1) : path));
    }

    /**
     * Loads an address in a browser and returns once the new page has replaced the old one and finished
     * loading. Chromium's driver has been seen to return from {@code get} with the previous page still
     * in place, so that the next lookup failed on a page the browser showed a moment later.
     */
    protected static void load(WebDriver browser, String url) {
        List<WebElement> old = browser.findElements(By.tagName("html"));
        browser.get(url);
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        if (!old.isEmpty()) {
            wait.ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(old.get(0)));
        }
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /**
     * Clicks what submits a whole page (a non-AJAX button or link) and returns once the browser
     * has left the page it was on. Without this, a wait for text that the old page already has
     * (or a read of an element while the old page unloads) races the navigation.
     */
    protected void clickAndWaitForNextPage(By locator) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(locator).click();
        waitUntil().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(oldPage));
        waitUntil().until(d -> "complete".equals(script("return document.readyState;")));
    }

    /**
     * The file the main browser downloaded under that name, once it is complete (Chromium writes
     * to a {@code .crdownload} file and renames it when done).
     */
    protected Path downloaded(String fileName) {
        Path file = profile.resolve(DOWNLOADS).resolve(fileName);
        waitUntil().withMessage("download of " + fileName).until(d -> Files.isRegularFile(file));
        return file;
    }

    /** A wait of up to 15 seconds, for conditions such as {@code ExpectedConditions.urlContains(..)}. */
    protected WebDriverWait waitUntil() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Resizes the window so that the page's viewport is {@link #PHONE} wide and high. */
    protected void usePhoneWindow() {
        useViewport(PHONE);
    }

    /**
     * Sizes the window so that the viewport (what CSS media queries see) gets the given size.
     * The window can be a few pixels larger than its viewport; this corrects for the difference.
     */
    protected void useViewport(Dimension viewport) {
        driver.manage().window().setSize(viewport);
        // On a loaded machine Chromium applies the new size a moment later; reading the viewport before
        // that gave a correction of -890 px and a refused window size (a negative width).
        waitUntil().until(d -> Math.abs(((Number) script("return window.innerWidth;")).intValue() - viewport.getWidth()) < 200);
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) script("return [window.innerWidth, window.innerHeight];");
        int dw = viewport.getWidth() - inner.get(0).intValue();
        int dh = viewport.getHeight() - inner.get(1).intValue();
        if (dw != 0 || dh != 0) {
            driver.manage().window().setSize(new Dimension(viewport.getWidth() + dw, viewport.getHeight() + dh));
        }
    }

    /** Runs JavaScript in the page and returns its result as Selenium converts it. */
    protected Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Whether the page is wider than the viewport, so that a reader would have to scroll sideways. */
    protected boolean scrollsHorizontally() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    /**
     * Saves the whole page (not only the visible part) as
     * {@code target/screenshots/<TestClass>-<testMethod>-<name>.png} and returns the file.
     */
    /**
     * Looks at the page as its users would: at 1280 px and at 390 px, with a screenshot of each, no
     * sideways scrolling on the phone and, where axe-core is at hand ({@link Axe#script()}), no serious
     * or critical violation at either size. Leaves the window at 1280 px.
     */
    protected void checkAccessibility(String name) {
        Optional<Path> axe = Axe.script();
        if (axe.isEmpty()) {
            System.out.println("axe-core check left out: set -D" + Axe.SCRIPT_PROPERTY + " to an axe.min.js");
        }
        axe.ifPresent(script -> assertThat(Axe.seriousViolations(driver, script)).as("axe at 1280 px: " + name).isEmpty());
        screenshot(name + "-desktop");
        usePhoneWindow();
        assertThat(scrollsHorizontally()).as("sideways scrolling at 390 px: " + name).isFalse();
        axe.ifPresent(script -> assertThat(Axe.seriousViolations(driver, script)).as("axe at 390 px: " + name).isEmpty());
        screenshot(name + "-phone");
        useViewport(DESKTOP);
    }

    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.write(file, fullPagePng());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (WebDriverException e) {
                // Chromium now and then reports a page it is still laying out as 0 pixels wide. A screenshot
                // is for people to look at: after three tries the test goes on without it, saying so.
                if (attempt == 3) {
                    System.out.println("Screenshot " + file + " not taken: " + e.getMessage().lines().findFirst().orElse(""));
                    return file;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return file;
                }
            }
        }
    }

    private byte[] fullPagePng() {
        if (driver instanceof ChromeDriver chrome) {
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                    "width", ((Number) content.get("width")).doubleValue(),
                    "height", ((Number) content.get("height")).doubleValue());
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            return Base64.getDecoder().decode((String) shot.get("data"));
        }
        return ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    protected static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Skips browser tests where Debian's Chromium or its driver is not installed. A condition
     * rather than an assumption in a set-up method: it is evaluated before the shared portal starts a
     * server, so a machine without a browser does not pay for a deployment it cannot test.
     */
    static final class BrowserInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
                if (!Files.isExecutable(required)) {
                    return ConditionEvaluationResult.disabled("Browser test skipped: " + required
                            + " is missing; install Debian's chromium and chromium-driver packages"
                            + " (apt-get install chromium chromium-driver), as .ci/run does.");
                }
            }
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
    }

    /**
     * When a browser test fails, saves what the browser showed ({@code <test>-failed.png}) and prints
     * its address and text, before the browser is closed: a failed wait alone does not say which page
     * the browser was on.
     */
    static final class ShowWhatFailed implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty() || !(context.getTestInstance().orElse(null) instanceof BrowserTestBase test)
                    || test.driver == null) {
                return;
            }
            try {
                Path shot = test.screenshot("failed");
                System.out.println("Browser at failure: " + test.driver.getCurrentUrl() + " (screenshot " + shot + ")\n"
                        + test.driver.findElement(By.tagName("body")).getText());
            } catch (RuntimeException e) {
                System.out.println("Browser at failure: could not be read (" + e.getMessage() + ")");
            }
        }
    }
}
