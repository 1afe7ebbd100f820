package dev.switchboard.server.ui.widget;

import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor using Switchboard's own widget ({@code /widget.js}) on a host page, driven like a person:
 * clicks, typing, Enter. Elements are found by their {@code data-testid} inside the widget's two
 * Shadow DOMs (the loader's {@code <switchboard-widget>}, then the panel's {@code <switchboard-chat>}).
 * Every wait gives up after 20 s with the panel's text in the failure. Not thread-safe: one test
 * thread drives it.
 */
public final class VisitorWidget {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Defines {@code find(testId)}: the element in the panel's shadow root, else in the loader's, else null. */
    private static final String FIND = """
            const find = (id) => {
              const host = document.querySelector('switchboard-widget');
              if (!host) return null;
              const sel = '[data-testid="' + id + '"]';
              const chat = host.shadowRoot.querySelector('switchboard-chat');
              return (chat && chat.shadowRoot && chat.shadowRoot.querySelector(sel)) || host.shadowRoot.querySelector(sel);
            };
            """;
    private final WidgetBrowser browser;

    public VisitorWidget(WidgetBrowser browser) { this.browser = browser; }

    public WidgetBrowser browser() { return browser; }

    /** Loads the host page and waits for the launcher. */
    public VisitorWidget open(String hostPageUrl) {
        browser.open(hostPageUrl);
        element("launcher");
        return this;
    }

    /** Clicks the launcher and waits until the panel shows its first screen. */
    public void openLauncher() {
        element("launcher").click();
        until("the panel to open", () -> Boolean.TRUE.equals(on("panel",
                "return !!e && !e.hidden && e.querySelector('main').childElementCount > 0;")));
    }

    /** Fills and submits the pre-chat form; waits for the composer. */
    public void fillPreChat(String name, String email, String departmentOrNull) {
        if (name != null) element("name").sendKeys(name);
        if (email != null) element("email").sendKeys(email);
        if (departmentOrNull != null) {
            js("const s = arguments[0]; const o = [...s.options].find(o => o.text === arguments[1] || o.value === arguments[1]);"
                    + " s.value = o.value; s.dispatchEvent(new Event('change'));", element("department"), departmentOrNull);
        }
        element("prechat-submit").click();
        until("the composer after the pre-chat form", () -> visible("composer-input"));
    }

    /** Types a message and presses Enter. */
    public void send(String text) {
        element("composer-input").sendKeys(text, Keys.ENTER);
    }

    /** Types into the composer without sending (the agent should see the visitor typing). */
    public void typeWithoutSending(String text) { element("composer-input").sendKeys(text); }

    /** Waits until the panel shows a text; returns all it shows. */
    public String waitForText(String text) {
        until("the text '" + text + "'", () -> text().contains(text));
        return text();
    }

    /** Waits until the header names the agent. */
    public void waitForAgentName(String name) {
        until("agent " + name, () -> name.equals(textOf("agent-name")));
    }

    /** Waits for the agent-typing line; returns it. */
    public String waitForTyping() {
        until("the typing indicator", () -> !textOf("typing").isEmpty());
        return textOf("typing");
    }

    /** Picks a file for upload (the hidden file input behind the attach button). */
    public void attach(Path file) { element("file-input").sendKeys(file.toAbsolutePath().toString()); }

    /** Waits for the queue position line; returns it. */
    public String waitForQueuePosition() {
        until("a queue position", () -> textOf("status").contains("in the queue"));
        return textOf("status");
    }

    /** Waits for the end-of-chat screen (survey and transcript). */
    public void waitForClosed() { element("finished"); }

    /** Rates the chat (1–5) and waits for the thanks. */
    public void answerSurvey(int rating) {
        element("rating-" + rating).click();
        element("survey-submit").click();
        element("survey-done");
    }

    /** Asks for the transcript at an address and waits for the confirmation. */
    public void requestTranscript(String email) {
        WebElement field = element("transcript-email");
        field.clear();
        field.sendKeys(email);
        element("transcript-submit").click();
        element("transcript-done");
    }

    /** The texts of the messages in the log, in order. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> messageTexts() {
        return (java.util.List<String>) on("messages", "return e ? [...e.querySelectorAll('[data-testid=message-text]')]"
                + ".map(t => t.textContent) : [];");
    }

    /** Saves {@code target/screenshots/widget-<name>.png}. */
    public Path screenshot(String name) { return browser.screenshot(name.startsWith("widget-") ? name : "widget-" + name); }

    /** What the panel shows (its {@code innerText}), or "" while closed. */
    public String text() {
        Object t = on("panel", "return e ? e.innerText : '';");
        return t == null ? "" : t.toString();
    }

    /** The text of one element by {@code data-testid}, "" when absent. */
    public String textOf(String testId) {
        Object t = on(testId, "return e ? e.innerText.trim() : '';");
        return t == null ? "" : t.toString();
    }

    /** Waits for an element by {@code data-testid} and returns it. */
    public WebElement element(String testId) {
        until("[data-testid=" + testId + "]", () -> find(testId) != null);
        return find(testId);
    }

    /** The element by {@code data-testid} now, or null. */
    public WebElement find(String testId) { return (WebElement) on(testId, "return e;"); }

    /** Runs {@code body} with {@code e} bound to the element by {@code data-testid} (or null), in one round trip. */
    public Object on(String testId, String body) { return js(FIND + "const e = find(arguments[0]);\n" + body, testId); }

    /** Whether an element is rendered (present and not hidden by itself or an ancestor). */
    public boolean visible(String testId) {
        return Boolean.TRUE.equals(on(testId, "return !!e && e.checkVisibility();"));
    }

    /** Runs a script in the host page. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** Waits for a condition; the failure says what was awaited and what the panel showed. */
    public void until(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the widget shows:\n" + text()
                    + "\nbrowser console:\n" + String.join("\n", browser.console())
                    + "\nfailed requests:\n" + String.join("\n", browser.network().stream()
                            .filter(l -> l.startsWith("failed") || l.startsWith("http ") || l.startsWith("request")).toList()), e);
        }
    }
}
