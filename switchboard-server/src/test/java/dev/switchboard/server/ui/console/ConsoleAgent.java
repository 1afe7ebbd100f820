package dev.switchboard.server.ui.console;

import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent's desk in the console as an agent uses it: availability, the queue, my chats, the
 * conversation and its actions, the visitor's details. Elements are found by their {@code data-testid}.
 * Every action waits for its visible result, so tests read as a person's steps. Not thread-safe: one
 * test thread drives one browser.
 */
public class ConsoleAgent extends ConsolePage {
    public ConsoleAgent(WidgetBrowser browser, String serverUrl) {
        super(browser, serverUrl);
    }

    /** Signs in and waits until the desk is connected to the RTM API. */
    @Override
    public ConsoleAgent signIn(String user, String password) {
        super.signIn(user, password);
        waitUntil(() -> "online".equals(attribute("[data-testid=\"connection\"]", "data-state")));
        return this;
    }

    /** Switches the availability toggle to accepting chats (true) or not, and waits until it shows so. */
    public void setAccepting(boolean accepting) {
        String wanted = accepting ? "accepting_chats" : "not_accepting_chats";
        waitUntil(() -> attribute("[data-testid=\"availability\"]", "data-status") != null);
        if (!wanted.equals(attribute("[data-testid=\"availability\"]", "data-status"))) browser.click("[data-testid=\"availability\"]");
        waitUntil(() -> wanted.equals(attribute("[data-testid=\"availability\"]", "data-status")));
    }

    /** The status the toggle shows: {@code accepting_chats}, {@code not_accepting_chats} or {@code offline}. */
    public String availability() { return attribute("[data-testid=\"availability\"]", "data-status"); }

    /** Waits until the visitor's chat waits in the queue; returns its row's text (name and waiting time). */
    public String waitForQueued(String visitorName) { return settled(() -> waitForRow("queue-row", visitorName).getText()); }

    /** Whether the visitor's chat is in the queue now. */
    public boolean isQueued(String visitorName) { return row("queue-row", visitorName) != null; }

    /** Takes the visitor's queued chat and waits until its conversation is open. */
    public void take(String visitorName) {
        settled(() -> {
            waitForRow("queue-row", visitorName).findElement(By.cssSelector("[data-testid=\"take\"]")).click();
            return true;
        });
        waitForConversation(visitorName);
    }

    /** Waits until the visitor's chat is among my chats; returns its row's text. */
    public String waitForMyChat(String visitorName) { return settled(() -> waitForRow("my-chat", visitorName).getText()); }

    /** Opens one of my chats and waits until its conversation shows. */
    public void openChat(String visitorName) {
        settled(() -> {
            waitForRow("my-chat", visitorName).findElement(By.cssSelector("button")).click();
            return true;
        });
        waitForConversation(visitorName);
    }

    /** The unread count my chats show for the visitor (0 when there is none). */
    public int unreadCount(String visitorName) {
        return settled(() -> {
            WebElement badge = waitForRow("my-chat", visitorName).findElement(By.cssSelector("[data-testid=\"unread\"]"));
            return badge.isDisplayed() ? Integer.parseInt(badge.getText().trim()) : 0;
        });
    }

    /** Waits until the open conversation shows the text; returns the conversation's text. */
    public String waitForMessage(String text) {
        waitUntil(() -> eventsText().contains(text));
        return eventsText();
    }

    /** The open conversation's events as text. */
    public String eventsText() { return textOf("[data-testid=\"events\"]"); }

    /** Types a reply and sends it with Enter. */
    public void reply(String text) {
        typeWithoutSending(text);
        browser.driver().findElement(By.cssSelector("[data-testid=\"reply\"]")).sendKeys(Keys.ENTER);
    }

    /** Types into the composer without sending. */
    public void typeWithoutSending(String text) { browser.type("[data-testid=\"reply\"]", text); }

    /** Waits until the conversation says the visitor is typing; returns that line. */
    public String waitForVisitorTyping() {
        waitUntil(() -> !textOf("[data-testid=\"typing\"]").isBlank());
        return textOf("[data-testid=\"typing\"]");
    }

    /** Sends a file from the composer's file picker. */
    public void sendFile(Path file) {
        browser.driver().findElement(By.cssSelector("[data-testid=\"file-input\"]")).sendKeys(file.toAbsolutePath().toString());
        waitForMessage(file.getFileName().toString());
    }

    public void transferToAgent(String agentName) { transfer("transfer-agent", agentName); }

    public void transferToDepartment(String departmentName) { transfer("transfer-department", departmentName); }

    /** Adds a tag to the open chat and waits until it shows. */
    public void addTag(String tag) {
        browser.type("[data-testid=\"tag-input\"]", tag);
        browser.driver().findElement(By.cssSelector("[data-testid=\"tag-input\"]")).sendKeys(Keys.ENTER);
        waitUntil(() -> tags().contains(tag));
    }

    /** The open chat's tags. */
    public List<String> tags() {
        return browser.driver().findElements(By.cssSelector("[data-testid=\"tag\"]")).stream()
                .map(t -> t.getText().replace("×", "").trim()).toList();
    }

    /** Closes the open chat with a comment and waits until it shows as closed. */
    public void close(String comment) {
        browser.click("[data-testid=\"close-chat\"]");
        browser.type("[data-testid=\"close-comment\"]", comment);
        browser.click("[data-testid=\"close-confirm\"]");
        waitUntil(() -> "Closed".equals(textOf("[data-testid=\"chat-state\"]")));
    }

    /** The visitor's details as text, once they have loaded. */
    public String visitorDetails() { return waitFor("[data-testid=\"visitor-details\"]").getText(); }

    /** Reloads the page (the session is kept) and waits until the desk is connected again. */
    public void reload() {
        browser.driver().navigate().refresh();
        waitFor("[data-testid=\"connection\"]");
        waitForConnected();
    }

    /** Closes the RTM socket from the page, as a network drop would. */
    public void dropRealtimeConnection() {
        browser.driver().executeScript("document.querySelector('sb-agent-desk').rtm.socket.close()");
    }

    /** How many times the desk has logged in to RTM since the page loaded (1 + reconnects). */
    public long rtmLogins() {
        Object n = browser.driver().executeScript("return document.querySelector('sb-agent-desk').rtm.logins");
        return n instanceof Number number ? number.longValue() : 0;
    }

    /** How many new chats and messages the desk has signalled with its sound and notification. */
    public int notificationsShown() {
        Object n = browser.driver().executeScript("return document.documentElement.dataset.notifications || '0'");
        return Integer.parseInt(String.valueOf(n));
    }

    /** Whether the visitor's chat is among my chats now. */
    public boolean hasMyChat(String visitorName) { return row("my-chat", visitorName) != null; }

    /** How many times the open conversation shows exactly this message text. */
    public long countMessages(String text) {
        return browser.driver().findElements(By.cssSelector("[data-testid=\"event\"] .text")).stream()
                .filter(e -> e.getText().equals(text)).count();
    }

    /** Waits until the desk shows it is connected again. */
    public void waitForConnected() {
        waitUntil(() -> "online".equals(attribute("[data-testid=\"connection\"]", "data-state")));
    }

    private void transfer(String choiceTestId, String name) {
        browser.click("[data-testid=\"transfer\"]");
        WebElement choice = new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(
                By.cssSelector("[data-testid=\"" + choiceTestId + "\"]")).stream()
                .filter(e -> e.getText().trim().equals(name)).findFirst().orElse(null));
        choice.click();
        waitUntil(() -> browser.driver().findElements(By.cssSelector("[data-testid=\"transfer-dialog\"]")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    private void waitForConversation(String visitorName) {
        waitUntil(() -> visitorName.equals(textOf("[data-testid=\"conversation-title\"]")));
    }

    private WebElement waitForRow(String rowTestId, String visitorName) {
        return new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> row(rowTestId, visitorName));
    }

    private WebElement row(String rowTestId, String visitorName) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("[data-testid=\"" + rowTestId + "\"]"))) {
            if (row.findElement(By.cssSelector(".who")).getText().trim().equals(visitorName)) return row;
        }
        return null;
    }

    private String attribute(String css, String name) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }

    private String textOf(String css) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** Reads from elements the desk may re-render meanwhile: a read that meets a replaced element is retried. */
    protected <T> T settled(java.util.function.Supplier<T> read) {
        return new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> read.get());
    }

    /** Waits for a condition of the page, re-reading elements the desk re-rendered meanwhile. */
    protected void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }
}
