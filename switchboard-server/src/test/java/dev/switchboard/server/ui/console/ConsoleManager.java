package dev.switchboard.server.ui.console;

import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manager's views of the console as a manager uses them: agents, departments with business hours,
 * routing and capacity, widget appearance and embed snippet, the live dashboard. Every action waits
 * for the view's own confirmation (its status line), so a method returns once the server has the
 * change. Not thread-safe: one test thread drives one browser.
 */
public class ConsoleManager extends ConsolePage {
    /** The dashboard's tiles by their {@code data-testid}. */
    public static final List<String> DASHBOARD_TILES = List.of("dash-queue", "dash-in-progress", "dash-avg-wait", "dash-first-response");

    public ConsoleManager(WidgetBrowser browser, String serverUrl) {
        super(browser, serverUrl);
    }

    @Override
    public ConsoleManager signIn(String user, String password) {
        super.signIn(user, password);
        return this;
    }

    // ---- agents ----

    public ConsoleManager openAgents() {
        openView("Agents", "sb-manager-agents");
        return this;
    }

    /** Adds an existing user as agent; returns once it is listed. */
    public ConsoleManager addAgent(String username) {
        openAgents();
        browser.type("[data-testid=\"agent-username\"]", username);
        browser.click("[data-testid=\"add-agent\"]");
        waitFor("[data-testid=\"agent-row\"][data-username=\"" + username + "\"]");
        return this;
    }

    /** The usernames the agents table lists. */
    public List<String> agentUsernames() {
        return browser.driver().findElements(By.cssSelector("[data-testid=\"agent-row\"]")).stream()
                .map(r -> r.getAttribute("data-username")).toList();
    }

    // ---- departments ----

    public ConsoleManager openDepartments() {
        openView("Departments", "sb-manager-departments");
        return this;
    }

    /** Creates a department with these agents (by username) and saves it; the editor stays open on it. */
    public ConsoleManager createDepartment(String name, String... agentUsernames) {
        openDepartments();
        browser.click("[data-testid=\"new-department\"]");
        waitFor("[data-testid=\"department-form\"]");
        browser.type("[data-testid=\"department-name\"]", name);
        for (String username : agentUsernames) {
            browser.click("[data-testid=\"department-agents\"] input[data-username=\"" + username + "\"]");
        }
        browser.click("[data-testid=\"save-department\"]");
        waitForNotice("Saved " + name);
        return this;
    }

    /**
     * Sets the open department's business hours: these weekdays ({@code "monday"} …) from {@code start} to
     * {@code end} ({@code "HH:MM"}) in the time zone, the other days closed, and saves.
     */
    public ConsoleManager setBusinessHours(String timeZone, String start, String end, String... days) {
        replaceText("[data-testid=\"hours-zone\"]", timeZone);
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            WebElement open = browser.driver().findElement(By.cssSelector("[data-testid=\"hours-open-" + day + "\"]"));
            if (open.isSelected() != List.of(days).contains(day)) open.click();
            if (open.isSelected()) {
                setValue("[data-testid=\"hours-start-" + day + "\"]", start);
                setValue("[data-testid=\"hours-end-" + day + "\"]", end);
            }
        }
        browser.click("[data-testid=\"save-department\"]");
        waitForNotice("business hours");
        return this;
    }

    // ---- routing ----

    public ConsoleManager openRouting() {
        openView("Routing", "sb-manager-routing");
        return this;
    }

    /** Picks a routing method ({@code Manual_Selection}, {@code Auto_Selection}, …) and saves it. */
    public ConsoleManager setRoutingMethod(String method) {
        openRouting();
        new Select(waitFor("[data-testid=\"routing-method\"]")).selectByValue(method);
        return saveRouting();
    }

    /** Sets the most simultaneous chats per agent (0: no limit) and saves it. */
    public ConsoleManager setCapacity(int chatsPerAgent) {
        openRouting();
        replaceText("[data-testid=\"capacity\"]", Integer.toString(chatsPerAgent));
        return saveRouting();
    }

    private ConsoleManager saveRouting() {
        clearNotice();
        browser.click("[data-testid=\"save-routing\"]");
        waitForNotice("Routing saved");
        return this;
    }

    // ---- widget appearance ----

    public ConsoleManager openAppearance() {
        openView("Widget", "sb-manager-appearance");
        return this;
    }

    /** Replaces the widget's title and saves; returns once saved. */
    public ConsoleManager setAppearanceTitle(String title) {
        openAppearance();
        replaceText("[data-testid=\"Livechat_title\"]", title);
        clearNotice();
        browser.click("[data-testid=\"save-appearance\"]");
        waitForNotice("Appearance saved");
        return this;
    }

    /** The title the preview shows right now. */
    public String previewTitle() { return waitFor("[data-testid=\"preview-title\"]").getText(); }

    /** The embed snippet, for any department or the one with this name (nullable). */
    public String embedSnippet(String departmentNameOrNull) {
        openAppearance();
        if (departmentNameOrNull != null) {
            new Select(waitFor("[data-testid=\"embed-department\"]")).selectByVisibleText(departmentNameOrNull);
        }
        return waitFor("[data-testid=\"embed-snippet\"]").getText();
    }

    public String embedSnippet() { return embedSnippet(null); }

    // ---- dashboard ----

    public ConsoleManager openDashboard() {
        openView("Dashboard", "sb-manager-dashboard");
        return this;
    }

    /**
     * The numbers the dashboard shows, by tile ({@link #DASHBOARD_TILES}; times in seconds), plus
     * {@code "dash-per-hour"}: the chats the per-hour chart counts. Waits for its first refresh.
     */
    public Map<String, String> dashboard() {
        openDashboard();
        new WebDriverWait(browser.driver(), WAIT).until(d ->
                !d.findElement(By.cssSelector("[data-testid=\"dash-updated\"]")).getText().equals("never"));
        Map<String, String> out = new LinkedHashMap<>();
        for (String tile : DASHBOARD_TILES) {
            out.put(tile, browser.driver().findElement(By.cssSelector("[data-testid=\"" + tile + "\"]")).getAttribute("data-value"));
        }
        out.put("dash-per-hour", browser.driver().findElement(By.cssSelector("[data-testid=\"dash-per-hour\"]")).getAttribute("data-total"));
        return out;
    }

    /** Waits until a dashboard tile shows this number (the dashboard refreshes itself every few seconds). */
    public ConsoleManager waitForDashboard(String tile, String value) {
        openDashboard();
        new WebDriverWait(browser.driver(), WAIT).until(d -> value.equals(
                d.findElement(By.cssSelector("[data-testid=\"" + tile + "\"]")).getAttribute("data-value")));
        return this;
    }

    /** The tile's text as a person reads it. */
    public String dashboardText(String tile) {
        return waitFor("[data-testid=\"" + tile + "\"] .value").getText();
    }

    // ---- shared ----

    /** The current view's status line. */
    public String notice() { return browser.driver().findElement(By.cssSelector("[data-testid=\"notice\"]")).getText(); }

    /** Follows the navigation to the view unless it shows already, then waits for its first load. */
    private void openView(String label, String tag) {
        if (browser.driver().findElements(By.cssSelector(tag)).isEmpty()) go(label);
        new WebDriverWait(browser.driver(), WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(tag + "[data-ready]")));
    }

    private void waitForNotice(String part) {
        try {
            new WebDriverWait(browser.driver(), WAIT).until(d -> {
                WebElement n = d.findElement(By.cssSelector("[data-testid=\"notice\"]"));
                if (n.getAttribute("class").contains("problem")) throw new AssertionError("the console said: " + n.getText());
                return n.getText().contains(part);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // Say what the view showed: a pending request (disabled button), a form the browser refused, or nothing.
            Object state = ((JavascriptExecutor) browser.driver()).executeScript("""
                    const n = document.querySelector('[data-testid="notice"]');
                    return [...document.querySelectorAll('form:not([hidden])')].map((f) => ({
                      valid: f.checkValidity(), busy: [...f.querySelectorAll('[type=submit]')].some((b) => b.disabled),
                      fields: [...f.elements].filter((el) => el.name).map((el) => el.name + '=' + el.value) }))
                      .concat([{ notice: n ? n.textContent : null }]);""");
            browser.saveLogs("console-manager-notice-timeout");
            throw new AssertionError("no notice containing \"" + part + "\" within " + WAIT + "; the view: " + state, e);
        }
    }

    private void clearNotice() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('[data-testid=\"notice\"]').textContent = ''");
    }

    /** Selects a field's text and types over it, as a person replacing a value does. */
    private void replaceText(String css, String text) {
        WebElement field = waitFor(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Inputs of type time take typed keys per locale; setting the value as a person's picker would is stable. */
    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
                browser.driver().findElement(By.cssSelector(css)), value);
    }
}
