package dev.switchboard.server.e2e.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through Debian's chromedriver, showing a host page with the official
 * widget (rocketchat-livechat.md §6.6). The driver and browser paths are set explicitly, so Selenium
 * Manager never runs, and host resolution is pinned to the loopback, so the browser makes no outside
 * lookups. Each instance has a fresh profile (a clean visitor: no widget state in localStorage).
 * Collects the browser's console and the page's WebSocket and failed-request activity for diagnosis.
 * Not thread-safe: one test thread drives one browser.
 */
public final class WidgetBrowser implements AutoCloseable {
    public static final String WIDGET_IFRAME = "#rocketchat-iframe";
    public static final String LAUNCHER = "[class*=\"screen__chat-button\"]";
    public static final String COMPOSER = "[contenteditable=\"true\"]";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path profile;
    private final ChromeDriver driver;
    private final List<String> console = new ArrayList<>();
    private final List<String> network = new ArrayList<>();

    private WidgetBrowser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts the browser; call {@link BrowserPrerequisites#require()} first. */
    public static WidgetBrowser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("switchboard-chromium");
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserPrerequisites.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                // The widget's cross-origin iframe then shares the page's renderer, so its console and
                // network events reach the logs collected here; the same-origin policy is unchanged.
                "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserPrerequisites.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        return new WidgetBrowser(profile, new ChromeDriver(service, options));
    }

    /** The driver itself, for page objects of Switchboard's own console and widget. */
    public ChromeDriver driver() { return driver; }

    /** Loads a page in the top-level window. */
    public void open(String url) {
        driver.switchTo().defaultContent();
        driver.get(url);
    }

    /** Waits for the widget's iframe on the host page and moves into it. */
    public void enterWidget() {
        driver.switchTo().defaultContent();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(WIDGET_IFRAME)));
    }

    /** Clicks the minimized widget's launcher (inside the widget). */
    public void clickLauncher() { click(LAUNCHER); }

    /**
     * Waits until an element is clickable and clicks it. The widget re-renders while it starts (its
     * configuration arrives after the first paint), so an element found a moment ago may be replaced
     * before the click: then it is looked up again, as a person would simply click the new one.
     */
    public void click(String css) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) return false;
            element.click();
            return true;
        });
    }

    /** Whether an element is on the current page or frame now. */
    public boolean present(String css) { return !driver.findElements(By.cssSelector(css)).isEmpty(); }

    /** Waits for a visible element and types into it. */
    public void type(String css, String text) {
        WebElement field = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        field.click();
        field.sendKeys(text);
    }

    /** Types a message into the widget's composer and presses Enter, which sends it. */
    public void sendMessage(String text) {
        type(COMPOSER, text);
        driver.findElement(By.cssSelector(COMPOSER)).sendKeys(Keys.ENTER);
    }

    /** The text the current frame shows ({@code document.body.innerText}). */
    public String text() {
        Object text = ((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    /** Waits until the current frame shows a text; returns everything it shows. */
    public String waitForText(String expected) {
        new WebDriverWait(driver, WAIT).until(d -> text().contains(expected));
        return text();
    }

    /** Waits for the widget's typing indicator (its animated dots); returns the indicator's markup. */
    public String waitForTyping() {
        WebElement dots = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[class*=\"typing-dots\"]")));
        return dots.getAttribute("outerHTML");
    }

    /** Waits until the widget shows its "Chat Finished" screen, where it goes on a {@code livechat-close}. */
    public String waitForClosedChat() { return waitForText("Chat Finished"); }

    /** Saves what the browser window shows to {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path out = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(out.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser console so far: {@code LEVEL message} lines. */
    public List<String> console() {
        drainLogs();
        return List.copyOf(console);
    }

    /** WebSocket events (created, handshake, frames sent and received, errors, closed) and failed requests so far. */
    public List<String> network() {
        drainLogs();
        return List.copyOf(network);
    }

    /** Writes the console and network lines to {@code target/browser-logs/<name>.txt}; returns the file. */
    public Path saveLogs(String name) {
        try {
            Path out = Path.of("target", "browser-logs", name + ".txt");
            Files.createDirectories(out.getParent());
            List<String> lines = new ArrayList<>();
            lines.add("== console");
            lines.addAll(console());
            lines.add("== network");
            lines.addAll(network());
            Files.write(out, lines);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drainLogs() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) console.add(e.getLevel() + " " + e.getMessage());
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String line = networkLine(e.getMessage());
            if (line != null) network.add(line);
        }
    }

    /** Keeps what matters for the realtime endpoint and the hosting: WebSocket traffic and failures. */
    private static String networkLine(String raw) {
        try {
            JsonNode message = JSON.readTree(raw).path("message");
            String method = message.path("method").asText();
            JsonNode p = message.path("params");
            return switch (method) {
                case "Network.webSocketCreated" -> "ws created " + p.path("url").asText();
                case "Network.webSocketHandshakeResponseReceived" -> "ws handshake " + p.at("/response/status").asText();
                case "Network.webSocketFrameSent" -> "ws sent " + p.at("/response/payloadData").asText();
                case "Network.webSocketFrameReceived" -> "ws received " + p.at("/response/payloadData").asText();
                case "Network.webSocketFrameError" -> "ws error " + p.path("errorMessage").asText();
                case "Network.webSocketClosed" -> "ws closed";
                case "Network.loadingFailed" -> "failed " + p.path("errorText").asText() + " " + p.path("type").asText()
                        + " " + p.path("requestId").asText();
                case "Network.responseReceived" -> p.at("/response/status").asInt() >= 400
                        ? "http " + p.at("/response/status").asInt() + " " + p.at("/response/url").asText() : null;
                case "Network.requestWillBeSent" -> p.at("/request/url").asText().startsWith("http")
                        ? "request " + p.at("/request/method").asText() + " " + p.at("/request/url").asText()
                        + (p.at("/request/postData").isTextual() ? " " + p.at("/request/postData").asText() : "") : null;
                default -> null;
            };
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temp profile is harmless.
            }
        }
    }
}
